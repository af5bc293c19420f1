'use strict';
// A minimal Language Server Protocol client for the benchmarks: spawns `node server/out/server.js
// --stdio` and speaks JSON-RPC over its stdin/stdout with Content-Length framing, written by hand so
// the client adds as little time as possible to what is measured. Every publishDiagnostics is
// timestamped on arrival.

const { spawn } = require('node:child_process');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { REPO_ROOT } = require('./corpus');
const { procStatusKb } = require('./measure');

const SERVER = path.join(REPO_ROOT, 'server', 'out', 'server.js');

class LspClient {
  /**
   * Spawn the server. `settings` become initializationOptions.foiLint (the client does not offer
   * workspace/configuration, so these are the settings the server uses).
   */
  constructor({ settings = {}, rootDir = REPO_ROOT, serverPath = SERVER, nodeArgs = [] } = {}) {
    this.spawnedAt = performance.now();
    this.child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.rootDir = rootDir;
    this.settings = settings;
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    /** uri -> [{ at, version, count }] in arrival order. */
    this.diagnostics = new Map();
    this.waiters = [];
    this.stderr = '';
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr.on('data', (d) => {
      this.stderr = (this.stderr + d).slice(-16384);
    });
    this.child.stdout.on('data', (chunk) => this.receive(chunk));
  }

  get pid() {
    return this.child.pid;
  }

  receive(chunk) {
    const at = performance.now();
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!m) throw new Error(`bad LSP header: ${this.buffer.subarray(0, headerEnd).toString()}`);
      const length = Number(m[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8'));
      this.buffer = this.buffer.subarray(start + length);
      this.handle(message, at);
    }
  }

  handle(message, at) {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (p) (message.error ? p.reject(new Error(`${p.method}: ${message.error.message}`)) : p.resolve(message.result));
      return;
    }
    if (message.id !== undefined) {
      // A request from the server (e.g. client/registerCapability): answer it so it does not wait.
      this.write({ jsonrpc: '2.0', id: message.id, result: null });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, version, diagnostics } = message.params;
      const list = this.diagnostics.get(uri) ?? [];
      list.push({ at, version, count: diagnostics.length });
      this.diagnostics.set(uri, list);
      this.waiters = this.waiters.filter((w) => !w(uri, version, at));
    }
  }

  write(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  async initialize() {
    const root = pathToFileURL(this.rootDir).href;
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'bench' }],
      capabilities: { textDocument: { synchronization: { didSave: true }, publishDiagnostics: {} }, workspace: { workspaceFolders: true } },
      initializationOptions: { foiLint: this.settings },
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri, text, version = 1) {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'foi-response', version, text } });
  }

  change(uri, version, contentChanges) {
    const at = performance.now();
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return at;
  }

  /** Resolves with the arrival time of diagnostics for `uri` (with `version` when given). */
  waitForDiagnostics(uri, version, timeoutMs = 30000) {
    const seen = (this.diagnostics.get(uri) ?? []).find((d) => version === undefined || d.version === version);
    if (seen) return Promise.resolve(seen.at);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
      this.waiters.push((u, v, at) => {
        if (u !== uri || (version !== undefined && v !== version)) return false;
        clearTimeout(timer);
        resolve(at);
        return true;
      });
    });
  }

  /** Resident and peak memory of the server process, from /proc (Linux). */
  memory() {
    return { rssMb: (procStatusKb(this.pid, 'VmRSS') ?? NaN) / 1024, hwmMb: (procStatusKb(this.pid, 'VmHWM') ?? NaN) / 1024 };
  }

  async shutdown() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => this.child.kill(), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** A file: URI for a draft that lives only in the editor (the server never needs the file on disk). */
const uriOf = (dir, name) => pathToFileURL(path.join(dir, name)).href;

module.exports = { LspClient, SERVER, uriOf };
