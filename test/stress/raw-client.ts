import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// A deliberately plain JSON-RPC client for the stress tests: it frames and parses messages itself,
// so it can check every byte the server sends (ids, shapes, error codes) and can drop the
// connection the rude way (pipes destroyed, process killed) that a library client would not.

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const serverPath = path.join(repoRoot, 'server', 'out', 'server.js');

/** JSON-RPC's "request cancelled": the one error response a cancelled request may get. */
export const REQUEST_CANCELLED = -32800;

interface Message {
  jsonrpc?: unknown;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Response {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

export class RawClient {
  /** Everything wrong the server said: malformed frames, stray ids, unexpected errors. */
  readonly violations: string[] = [];
  /** Notifications received, by method. */
  readonly notifications = new Map<string, number>();
  readonly logs: { type: number; message: string }[] = [];
  stderr = '';
  onNotification?: (method: string, params: unknown) => void;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { method: string; resolve: (r: Response) => void }>();
  private readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    // Writing to a server that died is reported by the checks, not thrown from a stream.
    child.stdin!.on('error', () => undefined);
  }

  static start(args: string[] = ['--stdio'], opts: { nodeArgs?: string[]; env?: Record<string, string> } = {}): RawClient {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), serverPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    return new RawClient(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  request(method: string, params: unknown): { id: number; response: Promise<Response> } {
    const id = this.nextId++;
    const response = new Promise<Response>((resolve) => this.pending.set(id, { method, resolve }));
    void this.write({ jsonrpc: '2.0', id, method, params });
    return { id, response };
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.write({ jsonrpc: '2.0', method, params });
  }

  cancel(id: number): Promise<void> {
    return this.notify('$/cancelRequest', { id });
  }

  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** Resident memory of the server process, in MB (Linux). */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private async write(message: Message): Promise<void> {
    const stdin = this.child.stdin!;
    if (stdin.destroyed || !stdin.writable) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const ok = stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    if (!ok) await new Promise<void>((resolve) => stdin.once('drain', resolve));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: (\d+)/i.exec(header);
      if (!length) {
        this.violations.push(`a frame without Content-Length: ${JSON.stringify(header.slice(0, 200))}`);
        this.buffer = this.buffer.subarray(headerEnd + 4);
        continue;
      }
      const end = headerEnd + 4 + Number(length[1]);
      if (this.buffer.length < end) return;
      const body = this.buffer.subarray(headerEnd + 4, end).toString('utf8');
      this.buffer = this.buffer.subarray(end);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch {
        this.violations.push(`a frame that is not JSON: ${body.slice(0, 200)}`);
        continue;
      }
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.jsonrpc !== '2.0') this.violations.push(`a message without jsonrpc 2.0: ${JSON.stringify(m).slice(0, 200)}`);
    if (m.method !== undefined && m.id !== undefined) {
      // A request from the server: answer as an editor with default settings would.
      const params = m.params as { items?: unknown[] } | undefined;
      const result = m.method === 'workspace/configuration' ? (params?.items ?? []).map(() => null) : null;
      void this.write({ jsonrpc: '2.0', id: m.id, result });
      return;
    }
    if (m.method !== undefined) {
      this.notifications.set(m.method, (this.notifications.get(m.method) ?? 0) + 1);
      if (m.method === 'window/logMessage') this.logs.push(m.params as { type: number; message: string });
      this.onNotification?.(m.method, m.params);
      return;
    }
    const id = typeof m.id === 'number' ? m.id : NaN;
    const waiting = this.pending.get(id);
    if (!waiting) {
      this.violations.push(`a response to no request of ours (id ${JSON.stringify(m.id)})`);
      return;
    }
    this.pending.delete(id);
    const hasResult = Object.prototype.hasOwnProperty.call(m, 'result');
    if (hasResult === (m.error !== undefined)) this.violations.push(`response ${id} (${waiting.method}) has ${hasResult ? 'both result and error' : 'neither result nor error'}`);
    if (m.error && m.error.code !== REQUEST_CANCELLED) {
      this.violations.push(`response ${id} (${waiting.method}) is an error: ${m.error.code} ${m.error.message}`);
    }
    waiting.resolve({ id, result: m.result, error: m.error });
  }
}

/** A small seeded generator (mulberry32): the same seed gives the same session. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
