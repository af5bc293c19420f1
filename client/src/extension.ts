import * as vscode from 'vscode';
import { exportDocx } from './commands/exportDocx';
import { createConfig } from './commands/createConfig';
import { insertParagraph } from './commands/insertParagraph';
import { newResponse } from './commands/newResponse';
import { openExample } from './commands/openExample';
import { restartServer } from './commands/restartServer';
import { READING_SCHEME, ReadingProvider, showReading } from './commands/showReading';
import { isDraft } from './documents';
import { FoiServer } from './languageServer';
import { StatusBar } from './statusBar';
import { watchWorkspaceTrust } from './trust';

/** What `activate` returns: for other extensions and for the extension's own tests. */
export interface FoiLintApi {
  server: FoiServer;
  status: StatusBar;
  /** Milliseconds spent in activate(). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): FoiLintApi {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('foi-lint', { log: true });
  const server = new FoiServer(context, output);
  const status = new StatusBar(server);
  const reading = new ReadingProvider(server);

  // The server starts with the first draft: activation on any Markdown file (for `drafts.globs`)
  // must not cost a process for people who never open one.
  const startIfDraft = (document: vscode.TextDocument) => {
    if (isDraft(document)) server.ready().catch((error: unknown) => output.error(`server did not start: ${String(error)}`));
  };

  context.subscriptions.push(
    output,
    server,
    status,
    vscode.commands.registerCommand('foiLint.newResponse', (requestText?: unknown) => newResponse(server, requestText)),
    vscode.commands.registerCommand('foiLint.insertParagraph', (id?: unknown) => insertParagraph(server, id)),
    vscode.commands.registerCommand('foiLint.restartServer', () => restartServer(server)),
    vscode.commands.registerCommand('foiLint.exportDocx', (args?: unknown) => exportDocx(server, args)),
    reading,
    vscode.workspace.registerTextDocumentContentProvider(READING_SCHEME, reading),
    vscode.commands.registerCommand('foiLint.showReading', (uri?: unknown) => showReading(reading, uri)),
    vscode.commands.registerCommand('foiLint.createConfig', (args?: unknown) => createConfig(server, args)),
    vscode.commands.registerCommand('foiLint.openExample', () => openExample(context.extensionUri)),
    vscode.workspace.onDidOpenTextDocument(startIfDraft),
    // Other `foiLint` changes reach the server through the language client (the server registers for
    // them); but the document selector is fixed when the client starts, so new globs need a new client.
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('foiLint.drafts.globs')) return;
      if (server.running) await server.restart();
      vscode.workspace.textDocuments.forEach(startIfDraft);
    }),
    watchWorkspaceTrust(context, server),
  );
  vscode.workspace.textDocuments.forEach(startIfDraft);

  const activationMs = Date.now() - started;
  output.info(`activated in ${activationMs} ms`);
  running = server;
  return { server, status, activationMs };
}

let running: FoiServer | undefined;

/** Waited for by VS Code, so the server gets its shutdown and exit messages. */
export function deactivate(): Promise<void> | undefined {
  return running?.stop();
}
