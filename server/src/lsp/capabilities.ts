import * as lsp from 'vscode-languageserver/node';
import { codeActionKinds } from './codeActions';
import { completionTriggerCharacters } from './completion';

/** What the client can do, as far as the server cares. */
export interface ClientAbilities {
  configuration: boolean;
  /** The client asks for diagnostics (textDocument/diagnostic): then the server does not push them. */
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  markdownHover: boolean;
  workspaceFolders: boolean;
  hierarchicalSymbols: boolean;
}

export function clientAbilities(caps: lsp.ClientCapabilities): ClientAbilities {
  return {
    configuration: caps.workspace?.configuration === true,
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
    watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    markdownHover: caps.textDocument?.hover?.contentFormat?.includes(lsp.MarkupKind.Markdown) ?? false,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    hierarchicalSymbols: caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
  };
}

export function serverCapabilities(client: ClientAbilities): lsp.ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: completionTriggerCharacters, resolveProvider: false },
    hoverProvider: true,
    codeLensProvider: { resolveProvider: false },
    documentSymbolProvider: { label: 'foi-lint' },
    foldingRangeProvider: true,
    codeActionProvider: { codeActionKinds, resolveProvider: false },
    ...(client.workspaceFolders && { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }),
    ...(client.pullDiagnostics && {
      diagnosticProvider: { identifier: 'foi-lint', interFileDependencies: false, workspaceDiagnostics: false },
    }),
  };
}
