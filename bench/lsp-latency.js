#!/usr/bin/env node
'use strict';
// Language server latency over the real protocol: `node server/out/server.js --stdio`, a draft opened,
// then a burst of rapid edits (incremental didChange, one character typed or deleted every
// --interval ms). For each version that gets diagnostics, latency = arrival of its publishDiagnostics
// minus the moment its didChange (the last change of that version) was sent. Versions a newer edit
// superseded get none; how many did is reported. Three patterns: one burst of keystrokes under the
// server's default quiet time (debounce), the same keystrokes as words of five with a pause after
// each (one check per word: p50/p95 over those), and no quiet time (debounceMs 0: every version is
// checked). "Beyond quiet time" = latency less the debounce: the server's own work (parse, lint,
// convert, send). For a 10-question draft, the longest letter of the real-letter corpus
// (scripts/lib/letters.js) and the 2 MB draft.
//
//   node bench/lsp-latency.js [--edits 100] [--interval 10] [--no-big] [--server FILE] [--corpus DIR] [--json-file FILE] [--quiet]
//
// --server: another build of the server (default server/out/server.js; dist/server.js is the packaged one).

const fs = require('node:fs');
const path = require('node:path');
const { bigDraft, DEFAULT_CORPUS, REPO_ROOT } = require('./lib/corpus');
const { generateDraft, SEED } = require('./lib/generate');
const { readLetters } = require('../scripts/lib/letters');
const { LspClient, SERVER, uriOf } = require('./lib/lsp-client');
const { median, percentile } = require('./lib/measure');
const { emit, fmt, main, parseFlags } = require('./lib/report');

const DEFAULT_DEBOUNCE_MS = 50; // server/src/lsp/settings.ts defaultSettings.debounceMs

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A 10-question draft in the Barnet house style, no front matter. */
function typicalDraft() {
  return generateDraft(SEED + 10, { questions: 10, style: 'barnet-plain', clean: true, crlf: false, frontMatter: false });
}

/** The longest published reply of the real-letter corpus: the most the reader does for a real letter. */
function realLetter() {
  const letters = readLetters();
  return letters.reduce((a, b) => (Buffer.byteLength(b.text) > Buffer.byteLength(a.text) ? b : a));
}

/** Where edits go: the end of the first long line of the response, as an officer typing an answer. */
function editPoint(text) {
  const lines = text.split('\n');
  const response = lines.findIndex((l) => /^(#+ )?\**Response/.test(l));
  for (let i = Math.max(0, response); i < lines.length; i++) {
    if (lines[i].length > 60 && !lines[i].startsWith('|')) return { line: i, character: lines[i].length };
  }
  return { line: lines.length - 1, character: 0 };
}

/**
 * One scenario on a fresh server. `word` keystrokes are sent `intervalMs` apart; after each word the
 * client waits for that word's diagnostics (then 20 ms) before typing on. word = edits: one burst.
 */
async function scenario({ name, text, debounceMs, edits, intervalMs, word, dir, serverPath }) {
  const client = new LspClient({ settings: debounceMs === undefined ? {} : { debounceMs }, rootDir: dir, serverPath });
  try {
    await client.initialize();
    const uri = uriOf(dir, `${name}.foi.md`);
    client.open(uri, text, 1);
    await client.waitForDiagnostics(uri, 1, 60000);
    const at = editPoint(text);
    const sent = new Map();
    for (let k = 0; k < edits; k++) {
      const version = k + 2;
      // Type a character, then delete it: the text keeps its shape through the burst.
      const change =
        k % 2 === 0
          ? { range: { start: at, end: at }, text: 'x' }
          : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      sent.set(version, client.change(uri, version, [change]));
      const endOfWord = (k + 1) % word === 0 && k + 1 < edits;
      if (endOfWord) {
        await client.waitForDiagnostics(uri, version, 120000);
        await sleep(20);
      } else if (intervalMs > 0) await sleep(intervalMs);
    }
    const last = edits + 1;
    await client.waitForDiagnostics(uri, last, 300000);
    await sleep(Math.max(200, (debounceMs ?? DEFAULT_DEBOUNCE_MS) * 2)); // stragglers
    const got = (client.diagnostics.get(uri) ?? []).filter((d) => d.version >= 2);
    const latencies = got.map((d) => d.at - sent.get(d.version));
    const quiet = debounceMs ?? DEFAULT_DEBOUNCE_MS;
    return {
      draft: name,
      bytes: Buffer.byteLength(text),
      pattern: word >= edits ? 'burst' : `words of ${word}`,
      debounceMs: quiet,
      edits,
      intervalMs,
      versionsDiagnosed: new Set(got.map((d) => d.version)).size,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
      /** Latency less the quiet time the server waits on purpose: the server's own work. */
      p50BeyondQuietMs: percentile(latencies, 50) - quiet,
      p95BeyondQuietMs: percentile(latencies, 95) - quiet,
    };
  } finally {
    await client.shutdown();
  }
}

/** The engine alone on the same text, in this process (warm, median): what the server adds is the rest. */
function engineMs(text, runs) {
  const { createFoiService } = require(path.join(REPO_ROOT, 'server/out/engine'));
  const foi = createFoiService();
  const lint = (t, s) => foi.lint(t, s);
  const schema = foi.schemas.base('foia');
  lint(text, schema);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    lint(text, schema);
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function run(argv) {
  const flags = parseFlags(argv, { edits: 'number', interval: 'number', 'no-big': 'boolean', corpus: 'string', 'json-file': 'string', quiet: 'boolean', server: 'string' });
  const edits = flags.edits ?? 100;
  const intervalMs = flags.interval ?? 10;
  const dir = path.join(flags.corpus ? path.resolve(flags.corpus) : DEFAULT_CORPUS, 'lsp');
  const serverPath = flags.server ? path.resolve(flags.server) : undefined;
  fs.mkdirSync(dir, { recursive: true });
  const real = realLetter();
  const drafts = [['10-question', typicalDraft().text], ['real letter', real.text]];
  if (!flags['no-big']) drafts.push(['2MB', bigDraft().text]);

  const results = [];
  for (const [name, text] of drafts) {
    const big = name === '2MB';
    const scenarios = [
      // 100 keystrokes 10 ms apart: the quiet time never passes until the end.
      { debounceMs: undefined, edits, word: edits },
      // The same keystrokes as words of five with a pause after each: one check per word.
      { debounceMs: undefined, edits, word: 5 },
      // No quiet time: every version is checked; on the 2 MB draft 10 edits (each check queues).
      { debounceMs: 0, edits: big ? Math.min(edits, 10) : edits, word: edits },
    ];
    for (const s of scenarios) {
      process.stderr.write(`lsp latency: ${name} draft, debounce ${s.debounceMs ?? 'default'}, ${s.word >= s.edits ? 'burst' : 'words'}\n`);
      results.push(await scenario({ name, text, intervalMs, dir, serverPath, ...s }));
    }
  }
  const engine = drafts.map(([name, text]) => ({ draft: name, engineMs: engineMs(text, name === '2MB' ? 3 : 50) }));
  const words = (name) => results.find((r) => r.draft === name && r.pattern !== 'burst');
  const goals = { typicalP95Under5Ms: words('10-question').p95BeyondQuietMs < 5, realP95Under5Ms: words('real letter').p95BeyondQuietMs < 5 };
  if (!flags['no-big']) goals.bigP95Under100Ms = words('2MB').p95BeyondQuietMs < 100;
  const rows = [['draft', 'KB', 'edits', 'debounce ms', 'versions diagnosed', 'p50 ms', 'p95 ms', 'max ms', 'p50 / p95 beyond quiet time ms']];
  for (const r of results) rows.push([r.draft, fmt(r.bytes / 1024, 1), `${r.edits} ${r.pattern}`, r.debounceMs, `${r.versionsDiagnosed}/${r.edits}`, fmt(r.p50Ms), fmt(r.p95Ms), fmt(r.maxMs), `${fmt(r.p50BeyondQuietMs)} / ${fmt(r.p95BeyondQuietMs)}`]);
  for (const e of engine) rows.push([e.draft, '', 'lint() in-process', '', '', fmt(e.engineMs), '', '', '']);
  return emit('Language server: didChange -> publishDiagnostics', { server: path.relative(REPO_ROOT, serverPath ?? SERVER), results, engine, realLetter: real.name, goals }, rows, flags);
}

if (require.main === module) main(run);
module.exports = { run, typicalDraft };
