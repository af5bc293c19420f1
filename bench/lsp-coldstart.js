#!/usr/bin/env node
'use strict';
// Language server cold start: from spawning `node dist/server.js --stdio` to the first
// publishDiagnostics of a 10-question draft opened right after initialize (spawn -> initialize ->
// initialized -> didOpen -> diagnostics). Each sample is a new process; median and worst reported.
//
//   node bench/lsp-coldstart.js [--samples 5] [--server FILE] [--corpus DIR] [--json-file FILE] [--quiet]
//
// --server: another build of the server. The default is the bundle the packaged extension runs,
// dist/server.js (what its users wait for), else server/out/server.js when no bundle was built.

const fs = require('node:fs');
const path = require('node:path');
const { DEFAULT_CORPUS, REPO_ROOT } = require('./lib/corpus');
const { LspClient, SERVER, uriOf } = require('./lib/lsp-client');
const { typicalDraft } = require('./lsp-latency');
const { median } = require('./lib/measure');
const { emit, fmt, main, parseFlags } = require('./lib/report');

async function run(argv) {
  const flags = parseFlags(argv, { samples: 'number', corpus: 'string', 'json-file': 'string', quiet: 'boolean', server: 'string' });
  const samples = flags.samples ?? 5;
  const dir = path.join(flags.corpus ? path.resolve(flags.corpus) : DEFAULT_CORPUS, 'lsp');
  fs.mkdirSync(dir, { recursive: true });
  const bundle = path.join(REPO_ROOT, 'dist', 'server.js');
  const serverPath = flags.server ? path.resolve(flags.server) : fs.existsSync(bundle) ? bundle : SERVER;
  const text = typicalDraft().text;
  const runs = [];
  for (let s = 0; s < samples; s++) {
    const client = new LspClient({ rootDir: dir, serverPath });
    try {
      await client.initialize();
      const initializedMs = performance.now() - client.spawnedAt;
      const uri = uriOf(dir, 'cold.foi.md');
      client.open(uri, text, 1);
      const at = await client.waitForDiagnostics(uri, 1, 30000);
      runs.push({ initializeMs: initializedMs, firstDiagnosticsMs: at - client.spawnedAt });
    } finally {
      await client.shutdown();
    }
  }
  const first = runs.map((r) => r.firstDiagnosticsMs);
  const result = {
    server: path.relative(REPO_ROOT, serverPath),
    samples,
    runs,
    medianInitializeMs: median(runs.map((r) => r.initializeMs)),
    medianFirstDiagnosticsMs: median(first),
    maxFirstDiagnosticsMs: Math.max(...first),
    goals: { firstDiagnosticsUnder500Ms: median(first) < 500 },
  };
  const rows = [
    ['step', 'median ms', 'max ms', 'runs ms'],
    ['spawn -> initialize result', fmt(result.medianInitializeMs, 0), fmt(Math.max(...runs.map((r) => r.initializeMs)), 0), runs.map((r) => fmt(r.initializeMs, 0)).join(' ')],
    ['spawn -> first diagnostics', fmt(result.medianFirstDiagnosticsMs, 0), fmt(result.maxFirstDiagnosticsMs, 0), first.map((x) => fmt(x, 0)).join(' ')],
  ];
  return emit('Language server cold start', result, rows, flags);
}

if (require.main === module) main(run);
module.exports = { run };
