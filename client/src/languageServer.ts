import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  readFileRequest,
  statusChangedNotification,
  type DraftStatusChanged,
  type ReadFileParams,
  type ReadFileResult,
} from 'foi-lint-protocol';
import { serverSettings } from './serverSettings';

/** The client library, loaded when a server is first started (see languageClient.ts). */
function languageClient(): typeof import('./languageClient') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./languageClient') as typeof import('./languageClient');
}

/** The language server process and its client, started on first need and restarted on demand. */
export class FoiServer implements vscode.Disposable {
  private client?: LanguageClient;
  private starting?: Promise<LanguageClient>;
  private readonly statusEmitter = new vscode.EventEmitter<DraftStatusChanged>();
  private readonly startedEmitter = new vscode.EventEmitter<LanguageClient>();
  /** `foiLint/statusChanged` from the server. */
  readonly onStatus = this.statusEmitter.event;
  /** Fired each time a server has started (first start and restarts). */
  readonly onDidStart = this.startedEmitter.event;
  /** How long the last start took, from spawning the process to the end of `initialize`. */
  lastStartMs?: number;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** The running client; starts the server when it is not running yet. */
  ready(): Promise<LanguageClient> {
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  get running(): boolean {
    return this.client?.isRunning() ?? false;
  }

  async sendRequest<R>(method: string, params: unknown): Promise<R> {
    const client = await this.ready();
    return client.sendRequest<R>(method, params);
  }

  /** Stop the server and start a new one: picks up a new document selector and a fresh schema cache. */
  async restart(): Promise<LanguageClient> {
    await this.stop();
    return this.ready();
  }

  /** Tell a running server that workspace trust changed; it asks for its settings again. */
  async trustChanged(): Promise<void> {
    if (!this.client?.isRunning()) return;
    await this.client.sendNotification('workspace/didChangeConfiguration', { settings: { foiLint: serverSettings() } });
  }

  async stop(): Promise<void> {
    const pending = this.starting;
    this.starting = undefined;
    if (!pending) return;
    const client = await pending.catch(() => undefined);
    // A start asked for while this one stopped may already have set a new client.
    if (this.client === client) this.client = undefined;
    if (client?.needsStop()) await client.stop();
  }

  dispose(): void {
    void this.stop();
    this.statusEmitter.dispose();
    this.startedEmitter.dispose();
  }

  private serverModule(): string {
    // The packaged extension runs the bundle; a development checkout may only have tsc's output.
    const bundled = this.context.asAbsolutePath('dist/server.js');
    return fs.existsSync(bundled) ? bundled : this.context.asAbsolutePath('server/out/server.js');
  }

  private async start(): Promise<LanguageClient> {
    // Activation with a draft open starts the server: let activate() return before the client library
    // is loaded, so the editor is not held for it.
    await new Promise((resolve) => setImmediate(resolve));
    const module = this.serverModule();
    const client = languageClient().createLanguageClient(module, this.output);
    client.onNotification(statusChangedNotification, (params: DraftStatusChanged) => this.statusEmitter.fire(params));
    client.onRequest(readFileRequest, (params: ReadFileParams) => readWorkspaceFile(params));
    const started = Date.now();
    await client.start();
    this.lastStartMs = Date.now() - started;
    this.output.info(`server ${module} ready in ${this.lastStartMs} ms`);
    this.client = client;
    this.startedEmitter.fire(client);
    return client;
  }
}

/**
 * A settings file the server cannot read itself (in a virtual workspace), read through the editor's
 * file system: its text, or null when it is not there or cannot be read.
 */
async function readWorkspaceFile(params: ReadFileParams): Promise<ReadFileResult> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(params.uri, true);
  } catch {
    return null;
  }
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // Settings files are small; anything else (a folder, a huge file) is not one.
    if (stat.type & vscode.FileType.Directory || stat.size > 1024 * 1024) return null;
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return null;
  }
}
