import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { protocolSelector } from './documents';
import { serverSettings, withTrust } from './serverSettings';

// vscode-languageclient is nearly all of the extension's code (about 450 of its 480 KB). This module
// is the only one that imports it, and it is loaded when the first draft opens (languageServer.ts), not
// at activation: the bundler makes it a file of its own, dist/languageClient.js (scripts/bundle.js).

/** A language client for the server at `module`, not yet started. */
export function createLanguageClient(module: string, output: vscode.LogOutputChannel): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Drafts, and the schema files, so that mistakes in an open .foi.yaml show in it as you type.
    documentSelector: [...protocolSelector(), { scheme: 'file', pattern: '**/{.foi.yaml,.foi.yml,*.foi.yaml,*.foi.yml}' }],
    diagnosticCollectionName: 'foi-lint',
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { foiLint: serverSettings() },
    middleware: {
      workspace: {
        // The server pulls `foiLint` with workspace/configuration; trust is not a setting, so add it.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          return Array.isArray(result) ? result.map((value, i) => withTrust(params.items[i]?.section, value)) : result;
        },
      },
    },
  };
  return new LanguageClient('foiLint', 'foi-lint', serverOptions, clientOptions);
}
