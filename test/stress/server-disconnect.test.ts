import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { letterTexts } from '../fuzz/corpus';
import { RawClient, serverPath } from './raw-client';

// An editor that crashes or is killed never sends shutdown. The server must notice and exit on its
// own, or every crash leaves a node process behind: when its input pipe closes, and when the
// client process it was told about (initialize's processId) dies while the pipes stay open.

const EXIT_WITHIN_MS = 5000;
/** vscode-languageserver checks the client process every 3 seconds. */
const PARENT_CHECK_MS = 3000;

/** Whether a process is gone (a zombie counts as gone: its parent may be one that never reaps). */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return /^State:\s+Z/m.test(status);
}

async function waitGone(pid: number, ms: number): Promise<number> {
  const started = Date.now();
  while (!gone(pid)) {
    if (Date.now() - started > ms) return -1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

async function initialize(c: RawClient, workspace: string, processId: number | null): Promise<void> {
  const init = await c.request('initialize', { processId, rootUri: pathToFileURL(workspace).href, capabilities: {} }).response;
  assert.ok(init.result, 'initialized');
  await c.notify('initialized', {});
  await c.notify('textDocument/didOpen', {
    textDocument: { uri: pathToFileURL(path.join(workspace, 'reply.foi.md')).href, languageId: 'foi-response', version: 1, text: letterTexts[0].text },
  });
}

describe('stress: a client that disconnects abruptly', function () {
  this.timeout(30_000);
  let workspace: string;
  const started: number[] = [];

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-disconnect-'));
  });
  after(() => {
    // Whatever a failed test left running.
    for (const pid of started) if (!gone(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('exits when its input pipe is destroyed without shutdown', async () => {
    const c = RawClient.start();
    started.push(c.pid);
    await initialize(c, workspace, null);
    c.child.stdin!.destroy();
    c.child.stdout!.destroy();
    const ms = await waitGone(c.pid, EXIT_WITHIN_MS);
    assert.ok(ms >= 0, `the server (pid ${c.pid}) still runs ${EXIT_WITHIN_MS} ms after its client went away`);
  });

  it('exits when the client process is killed with SIGKILL', async () => {
    // A client of its own that starts the server, initializes, prints the server's pid, then waits.
    const script = `
      const { spawn } = require('node:child_process');
      const server = spawn(process.execPath, [${JSON.stringify(serverPath)}, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
      server.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
      server.stdout.once('data', () => console.log(server.pid));
      setInterval(() => undefined, 1000);
    `;
    const editor = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    started.push(editor.pid!);
    const serverPid = await new Promise<number>((resolve, reject) => {
      editor.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
      editor.once('exit', () => reject(new Error('the client exited early')));
    });
    started.push(serverPid);
    assert.ok(!gone(serverPid), 'the server runs');
    editor.kill('SIGKILL');
    const ms = await waitGone(serverPid, EXIT_WITHIN_MS);
    assert.ok(ms >= 0, `the server (pid ${serverPid}) is an orphan ${EXIT_WITHIN_MS} ms after its client was killed`);
  });

  it('exits when the client process it was given dies, even with its pipes still open', async () => {
    const editor = spawn('sleep', ['60']);
    started.push(editor.pid!);
    const c = RawClient.start();
    started.push(c.pid);
    await initialize(c, workspace, editor.pid!);
    editor.kill('SIGKILL');
    const ms = await waitGone(c.pid, PARENT_CHECK_MS + EXIT_WITHIN_MS);
    assert.ok(ms >= 0, `the server (pid ${c.pid}) still runs after the client process ${editor.pid} died, pipes open`);
    c.kill();
  });
});
