import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  DocumentSymbolRequest,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  type DocumentSymbol,
} from 'vscode-languageserver/node';
import { facialRecognition, readExample, serverPath, TestClient, uri, workspaceWithExamples } from './client';

/** Deterministic junk: control characters, NULs, lone surrogates, stray markup and line breaks. */
function junk(length: number, seed: number): string {
  const pieces = ['\u0000', '\uFFFD', '\uD800', '\uDFFF', '\r', '\n', '\r\n', '\t', '<!--', '-->', '---', '**', '# ', '1. ', '- ', '(', ')', '[', ']', '\u202E', 'é', '🙂'];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += x % 3 === 0 ? pieces[x % pieces.length] : String.fromCharCode(x % 256);
  }
  return out;
}

// No input may take the server down: every handler is guarded, and it still answers afterwards.
describe('language server: robustness and process lifetime', function () {
  let workspace: string;

  before(() => {
    workspace = workspaceWithExamples();
  });
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('survives binary-ish text, a huge line and odd requests, and still answers', async () => {
    const client = await TestClient.start({ workspace });
    try {
      const draft = readExample(facialRecognition);
      const binary = await client.open(path.join(workspace, 'binary.md'), junk(20_000, 7));
      await client.diagnosticsFor(binary);
      const huge = await client.open(path.join(workspace, 'huge.md'), `${draft}\n${'section 40(2) withheld [TBC] '.repeat(40_000)}\n`);
      await client.diagnosticsFor(huge, () => true, 15_000);
      const bom = await client.open(path.join(workspace, 'bom.md'), `\uFEFF${draft}`);
      await client.diagnosticsFor(bom);

      // Every feature on every odd document, at odd positions.
      for (const docUri of [binary, huge, bom, uri(path.join(workspace, 'never-opened.md'))]) {
        for (const position of [{ line: 0, character: 0 }, { line: 3, character: 999_999 }, { line: 99_999, character: 0 }]) {
          await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: docUri }, position });
          await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: docUri }, position });
          await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: docUri },
            range: { start: position, end: position },
            context: { diagnostics: [{ range: { start: position, end: position }, message: 'x', source: 'foi-lint', code: 'missing-rights', data: 'junk' }] },
          });
        }
        await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: docUri } });
        await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: docUri } });
      }
      assert.deepEqual(client.logs.filter((l) => /failed/.test(l)), [], 'no handler failed on odd documents');
      // Parameters that are not what the protocol says.
      await client.connection.sendRequest('textDocument/hover', { textDocument: null, position: 'x' }).catch(() => undefined);
      await client.connection.sendRequest('foiLint/status', null).catch(() => undefined);
      await client.connection.sendRequest('foiLint/newResponse', { requestText: 42 }).then(
        () => assert.fail('a non-text request must be refused'),
        (error: Error) => assert.match(error.message, /requestText/),
      );

      // Still alive and well.
      const good = await client.open(path.join(workspace, 'good.md'), draft);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: good } })) as DocumentSymbol[];
      assert.ok(symbols.some((s) => s.name === 'Request'));
      assert.equal(client.child.exitCode, null);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });

  it('exits with 0 after shutdown and exit', async () => {
    const client = await TestClient.start({ workspace });
    assert.equal(await client.shutdown(), 0);
  });

  it('exits when its input closes without a shutdown (the client died)', async () => {
    const client = await TestClient.start({ workspace });
    client.child.stdin?.end();
    assert.equal(await client.exitCode(), 1);
    client.kill();
  });

  it('speaks over Node IPC with --node-ipc', async () => {
    const child = fork(serverPath, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri(workspace), capabilities: {} });
      assert.ok(result.capabilities.hoverProvider);
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
