// A small LSP client for the protocol tests: starts the built server as a child process over stdio
// and speaks real JSON-RPC to it, recording what the server pushes (diagnostics, status, logs).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  DiagnosticRefreshRequest,
  type ClientCapabilities,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const repoRoot = path.resolve(__dirname, '../../..');
/** The compiled server, or another build of it (the bundle: FOI_LINT_SERVER=dist/server.js). */
export const serverPath = path.resolve(repoRoot, process.env.FOI_LINT_SERVER ?? 'server/out/server.js');
export const examplesDir = path.join(repoRoot, 'examples');
export const fixturesDir = path.join(repoRoot, 'test/fixtures/lsp');

export const pushCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: {},
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
  },
};

export const pullCapabilities: ClientCapabilities = {
  ...pushCapabilities,
  workspace: { ...pushCapabilities.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...pushCapabilities.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

export interface StartOptions {
  workspace: string;
  capabilities?: ClientCapabilities;
  /** What the client answers to workspace/configuration for `foiLint` (undefined: null, i.e. defaults). */
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  args?: string[];
}

type Waiter = { check: () => boolean; resolve: () => void };

export class TestClient {
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  readonly diagnosticsEvents: { uri: string; diagnostics: Diagnostic[]; at: number }[] = [];
  readonly statusEvents: { uri: string; [key: string]: unknown }[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  refreshRequests = 0;
  settings: Record<string, unknown> | undefined;
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private waiters: Waiter[] = [];
  private exited: Promise<number | null>;
  stderr = '';

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      this.diagnosticsEvents.push({ uri: p.uri, diagnostics: p.diagnostics, at: performance.now() });
      this.poke();
    });
    connection.onNotification('foiLint/statusChanged', (p: { uri: string }) => {
      this.statusEvents.push(p);
      this.poke();
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
      this.poke();
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'foiLint' ? (this.settings ?? null) : null)));
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      this.poke();
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.poke();
    });
  }

  static async start(opts: StartOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [serverPath, '--stdio', ...(opts.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(child.stdout!, child.stdin!);
    const client = new TestClient(child, connection);
    client.settings = opts.settings;
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri(opts.workspace),
      workspaceFolders: [{ uri: uri(opts.workspace), name: path.basename(opts.workspace) }],
      capabilities: opts.capabilities ?? pushCapabilities,
      initializationOptions: opts.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(file: string, text: string, languageId = 'foi-response'): Promise<string> {
    const u = uri(file);
    this.versions.set(u, 1);
    this.texts.set(u, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId, version: 1, text } });
    return u;
  }

  async change(u: string, text: string): Promise<number> {
    const version = (this.versions.get(u) ?? 1) + 1;
    this.versions.set(u, version);
    this.texts.set(u, text);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: u, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(u: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: u } });
  }

  text(u: string): string {
    return this.texts.get(u) ?? '';
  }

  version(u: string): number {
    return this.versions.get(u) ?? 0;
  }

  /** Apply a workspace edit the server offered to our copy of the document, and send the change. */
  async apply(edit: WorkspaceEdit | undefined): Promise<void> {
    if (!edit?.changes) throw new Error('the code action has no edit');
    for (const [u, edits] of Object.entries(edit.changes)) await this.change(u, applyTextEdits(this.text(u), edits));
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async configurationChanged(settings: Record<string, unknown> | undefined, pushed: unknown = null): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: pushed });
  }

  /** Wait until `check` holds (re-checked whenever the server sends something). */
  waitFor(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { check, resolve: () => (clearTimeout(timer), resolve()) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}; server log:\n${this.logs.join('\n')}\n${this.stderr}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The diagnostics the server pushed for the document's current version, once they match. */
  async diagnosticsFor(u: string, check: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 5000): Promise<Diagnostic[]> {
    const current = () => {
      const d = this.diagnostics.get(u);
      return d && (d.version === undefined || d.version === this.version(u)) ? d.diagnostics : undefined;
    };
    await this.waitFor(`diagnostics for ${u}`, () => {
      const d = current();
      return d !== undefined && check(d);
    }, timeoutMs);
    return current()!;
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** End the process however things stand (after-hooks). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    this.connection.dispose();
  }

  private poke(): void {
    const ready = this.waiters.filter((w) => w.check());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    ready.forEach((w) => w.resolve());
  }
}

export function uri(file: string): string {
  return pathToFileURL(file).href;
}

export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), edits);
}

/** A fresh folder with copies of the reference letters. */
export function workspaceWithExamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-lsp-'));
  for (const name of fs.readdirSync(examplesDir)) {
    if (name.endsWith('.md') && name !== 'README.md') fs.copyFileSync(path.join(examplesDir, name), path.join(dir, name));
  }
  return dir;
}

/**
 * A server over stdio on a fresh copy of the reference letters, for one suite: `files` written beside
 * them, started before the suite's tests, stopped and the folder removed after them.
 */
export function serverOnExamples(options: Omit<StartOptions, 'workspace'> & { files?: Record<string, string> } = {}): { client: TestClient; workspace: string } {
  const suite = {} as { client: TestClient; workspace: string };
  before(async () => {
    suite.workspace = workspaceWithExamples();
    for (const [name, text] of Object.entries(options.files ?? {})) fs.writeFileSync(path.join(suite.workspace, name), text);
    suite.client = await TestClient.start({ ...options, workspace: suite.workspace });
  });
  after(() => {
    suite.client?.kill();
    if (suite.workspace) fs.rmSync(suite.workspace, { recursive: true, force: true });
  });
  return suite;
}

export function readExample(name: string): string {
  return fs.readFileSync(path.join(examplesDir, name), 'utf8');
}

export const facialRecognition = 'barnet-6063588-facial-recognition.md';
export const aiRecruitment = 'barnet-6565528-ai-recruitment.md';

/** The letter without its "Your rights" section (heading to the end). */
export function withoutRights(text: string): string {
  const at = text.indexOf('### **Your rights**');
  if (at < 0) throw new Error('the example has no "Your rights" heading');
  return text.slice(0, at).trimEnd() + '\n';
}

export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, index).split('\n').length - 1;
}

export function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}
