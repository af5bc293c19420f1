import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine/lint';
import { baseSchema } from '../../server/src/engine/schema/load';
import { deep, seed } from '../fuzz/config';
import { noise, seeds } from '../fuzz/corpus';
import { prng, RawClient, type Response } from './raw-client';

// The language server under a long, seeded editing session over the real protocol: documents opened,
// edited (incrementally, as an editor sends it) and closed, with completion, hover, code action,
// symbol and folding requests interleaved, some cancelled. No response may be malformed or an error
// other than a cancellation; no handler may log a failure; the diagnostics for each document's last
// version must match what the engine says about the same text (so no edit was lost or misapplied);
// and memory must settle once the documents are closed.

const DOCUMENTS = 50;
const cycles = deep ? 10_000 : 1_000;
const WARM_UP = Math.min(200, cycles / 5);
/** Requests allowed in flight at once: an editor sends a few per keystroke and does not wait. */
const MAX_IN_FLIGHT = 16;
const ERROR = 1;

interface Doc {
  uri: string;
  open?: TextDocument;
  /** Line lengths of each version sent, to check diagnostics against the version they name. */
  versions: Map<number, number[]>;
  nextVersion: number;
}

const lineLengths = (text: string) => text.split(/\r\n|\n|\r/).map((l) => l.length);

describe('stress: the language server over stdio', function () {
  let workspace: string;
  let client: RawClient | undefined;

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-stress-'));
  });
  after(() => {
    client?.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it(`survives ${cycles.toLocaleString('en-GB')} open/change/close cycles on ${DOCUMENTS} documents with requests interleaved, and memory settles`, async function () {
    this.timeout(deep ? 600_000 : 90_000);
    const probe = path.join(workspace, 'memory.json');
    const c = (client = RawClient.start(['--stdio'], {
      nodeArgs: ['--expose-gc', '--require', path.join(__dirname, 'gc-probe.js')],
      env: { FOI_LINT_GC_PROBE: probe },
    }));
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const problems: string[] = [];
    const latest = new Map<string, { version?: number; codes: string[] }>();
    c.onNotification = (method, params) => {
      if (method !== 'textDocument/publishDiagnostics') return;
      const p = params as { uri: string; version?: number; diagnostics: { range: { start: Pos; end: Pos }; code?: string }[] };
      latest.set(p.uri, { version: p.version, codes: p.diagnostics.map((d) => String(d.code)) });
      const doc = docs.find((d) => d.uri === p.uri);
      const lines = p.version === undefined ? undefined : doc?.versions.get(p.version);
      if (p.diagnostics.length && !lines) problems.push(`diagnostics for ${p.uri} name version ${p.version}, which was never sent`);
      for (const d of lines ? p.diagnostics : []) {
        for (const pos of [d.range.start, d.range.end]) {
          if (pos.line >= lines!.length || pos.character > lines![pos.line]) {
            problems.push(`a ${d.code} diagnostic at ${pos.line}:${pos.character} is outside version ${p.version} of ${p.uri}`);
          }
        }
      }
    };

    const init = await c.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'stress' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        },
      },
    }).response;
    assert.ok(init.result && typeof init.result === 'object', 'initialize answers with capabilities');
    await c.notify('initialized', {});

    const docs: Doc[] = Array.from({ length: DOCUMENTS }, (_, i) => ({
      uri: pathToFileURL(path.join(workspace, `draft-${i}.foi.md`)).href,
      versions: new Map(),
      nextVersion: 1,
    }));
    const responses: Promise<Response>[] = [];
    let requests = 0;
    let cancelled = 0;

    const open = async (d: Doc) => {
      const text = pick(seeds).text;
      const version = d.nextVersion++;
      d.open = TextDocument.create(d.uri, 'foi-response', version, text);
      d.versions.set(version, lineLengths(text));
      await c.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'foi-response', version, text } });
    };
    const change = async (d: Doc) => {
      const doc = d.open!;
      const text = doc.getText();
      const version = d.nextVersion++;
      let change: { range?: { start: Pos; end: Pos }; text: string };
      if (random() < 0.05) {
        change = { text: pick(seeds).text };
      } else {
        // Never split a CRLF: an editor's ranges do not point between its two characters.
        const clamp = (o: number) => (o > 0 && text[o - 1] === '\r' && text[o] === '\n' ? o - 1 : o);
        const start = clamp(Math.floor(random() * (text.length + 1)));
        const end = clamp(Math.min(text.length, start + (random() < 0.5 ? 0 : Math.floor(random() * 200))));
        const inserted = random() < 0.3 ? '' : random() < 0.7 ? pick(noise) : pick(seeds).text.slice(0, Math.floor(random() * 300));
        change = { range: { start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) }, text: inserted };
      }
      d.open = TextDocument.update(doc, [change], version);
      d.versions.set(version, lineLengths(d.open.getText()));
      await c.notify('textDocument/didChange', { textDocument: { uri: d.uri, version }, contentChanges: [change] });
    };
    const close = async (d: Doc) => {
      d.open = undefined;
      await c.notify('textDocument/didClose', { textDocument: { uri: d.uri } });
    };
    const ask = (d: Doc) => {
      const doc = d.open!;
      const far = random() < 0.1;
      const line = far ? Math.floor(random() * 100_000) : Math.floor(random() * doc.lineCount);
      const position = { line, character: far ? Math.floor(random() * 10_000) : Math.floor(random() * 120) };
      const textDocument = { uri: d.uri };
      const [method, params] = pick<[string, unknown]>([
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
        ['textDocument/codeAction', { textDocument, range: { start: { line: 0, character: 0 }, end: position }, context: { diagnostics: [], only: ['source.fixAll'] } }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/foldingRange', { textDocument }],
      ]);
      const sent = c.request(method, params);
      requests++;
      responses.push(sent.response);
      if (random() < 0.1) {
        cancelled++;
        void c.cancel(sent.id);
      }
    };

    let warmRss = 0;
    let warmHeap = 0;
    for (let cycle = 0; cycle < cycles; cycle++) {
      if (cycle === WARM_UP) {
        await settle(c, responses);
        warmRss = c.rssMb();
        warmHeap = await heapAfterGc(c, probe);
      }
      const d = pick(docs);
      if (!d.open) await open(d);
      else if (random() < 0.08) await close(d);
      else await change(d);
      if (d.open && random() < 0.8) ask(d);
      while (c.inFlight > MAX_IN_FLIGHT) await delay(1);
      if (cycle % 25 === 0) await delay(1);
    }
    await settle(c, responses);

    // The server's last word on each open document is about our last version of it, and says what
    // the engine says about that text: no edit was lost, reordered or misapplied.
    const schema = baseSchema();
    for (const d of docs.filter((x) => x.open)) {
      const version = d.open!.version;
      await waitFor(() => latest.get(d.uri)?.version === version, 20_000, `diagnostics for version ${version} of ${d.uri}`);
      const expected = lint(d.open!.getText(), schema).findings.map((f) => f.ruleId).sort();
      assert.deepEqual(latest.get(d.uri)!.codes.sort(), expected, `diagnostics of ${d.uri} at version ${version}`);
    }

    for (const d of docs.filter((x) => x.open)) await close(d);
    await delay(1000);
    const endRss = c.rssMb();
    const endHeap = await heapAfterGc(c, probe);

    assert.deepEqual(c.violations, [], 'every response well formed, no error but cancellations');
    assert.deepEqual(problems, [], 'every diagnostic inside the version it names');
    const failures = c.logs.filter((l) => l.type === ERROR && /failed|internal error|threw|exception/i.test(l.message));
    assert.deepEqual(failures.map((l) => l.message.slice(0, 500)), [], 'no handler failed');
    assert.equal(c.child.exitCode, null, `the server is still running (stderr: ${c.stderr.slice(0, 500)})`);
    // What the server still holds once every document is closed (after a full collection) must not
    // have grown with the session: a leak grows with the cycles, a settled heap does not.
    const figures = `heap ${warmHeap.toFixed(0)} MB after warm-up, ${endHeap.toFixed(0)} MB at the end; RSS ${warmRss.toFixed(0)} MB after warm-up, ${endRss.toFixed(0)} MB at the end`;
    assert.ok(endHeap < 1.5 * warmHeap && endHeap < 60, `the heap settles: ${figures}`);
    // Resident memory includes heap V8 keeps for reuse rather than returning it, so its bound is looser.
    assert.ok(endRss < 2.5 * warmRss && endRss < 250, `resident memory settles: ${figures}`);
    console.log(
      `      ${cycles} cycles, ${requests} requests (${cancelled} cancelled), ${c.notifications.get('textDocument/publishDiagnostics') ?? 0} diagnostics pushes; ` +
        figures,
    );

    const shutdown = await c.request('shutdown', null).response;
    assert.equal(shutdown.error, undefined);
    await c.notify('exit', null);
    assert.equal(await withTimeout(c.exitCode(), 5000, 'exit after shutdown'), 0);
  });
});

type Pos = { line: number; character: number };

/** The server's heap after a full garbage collection, in MB (see gc-probe.ts). */
async function heapAfterGc(c: RawClient, probe: string): Promise<number> {
  fs.rmSync(probe, { force: true });
  c.child.kill('SIGUSR2');
  await waitFor(() => fs.existsSync(probe), 5000, 'the memory probe');
  return (JSON.parse(fs.readFileSync(probe, 'utf8')) as { heapUsed: number }).heapUsed / 1024 / 1024;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every request answered, then a moment for debounced checks to run. */
async function settle(c: RawClient, responses: Promise<Response>[]): Promise<void> {
  await withTimeout(Promise.all(responses), 30_000, `answers to ${c.inFlight} requests still in flight`);
  await delay(300);
}

async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await delay(20);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))),
  ]);
}
