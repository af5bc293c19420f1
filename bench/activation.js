#!/usr/bin/env node
'use strict';
// Extension activation: the bundled extension (dist/extension.js, from scripts/bundle.js) loaded in a
// fresh Node process with a stub `vscode` module injected (bench/lib/vscode-stub.js, through
// Module._resolveFilename and require.cache), then activate(context) called with no document open
// (the language server starts with the first draft, so activation itself never spawns it). Reported:
// require() of the bundle (VS Code's "code loading"), activate() (its "activate call"), and both.
// Each sample is a new process, so the bundle is read and compiled cold every time. Also reported,
// apart from activation: loading dist/languageClient.js, the language client library the extension
// reads when the first draft opens (before that, everything was in dist/extension.js).
//
//   node bench/activation.js [--samples 7] [--bundle dist/extension.js] [--json-file FILE] [--quiet]

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT } = require('./lib/corpus');
const { median } = require('./lib/measure');
const { emit, fmt, main, parseFlags } = require('./lib/report');

const PROBE = path.join(__dirname, 'lib', 'activation-probe.js');

async function run(argv) {
  const flags = parseFlags(argv, { samples: 'number', bundle: 'string', 'json-file': 'string', quiet: 'boolean' });
  const samples = flags.samples ?? 7;
  const bundle = path.resolve(REPO_ROOT, flags.bundle ?? 'dist/extension.js');
  if (!fs.existsSync(bundle)) {
    const result = { skipped: `${path.relative(REPO_ROOT, bundle)} is not built: run npm run build (scripts/bundle.js) first`, goals: {} };
    return emit('Extension activation', result, [['activation', 'skipped'], ['reason', result.skipped]], flags);
  }
  const runs = [];
  for (let i = 0; i < samples; i++) {
    const out = execFileSync(process.execPath, [PROBE, bundle], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()));
  }
  const pick = (k) => runs.map((r) => r[k]);
  const result = {
    bundle: path.relative(REPO_ROOT, bundle),
    bundleKb: Math.round(fs.statSync(bundle).size / 1024),
    samples,
    medianRequireMs: median(pick('requireMs')),
    medianActivateMs: median(pick('activateMs')),
    medianTotalMs: median(pick('totalMs')),
    maxTotalMs: Math.max(...pick('totalMs')),
    /** Loading the language client library, when the first draft opens (null: it is part of the bundle). */
    medianClientLoadMs: runs[0].clientLoadMs === null ? null : median(pick('clientLoadMs')),
    commandsRegistered: runs[0].commands,
    stubbedBlindly: runs[0].unknownAccess,
    method: 'fresh node process per sample; vscode stub injected via Module._resolveFilename + require.cache; timed require(bundle) and activate(context)',
    goals: { activationUnder50Ms: median(pick('totalMs')) < 50 },
  };
  const rows = [
    ['step', 'median ms', 'max ms', 'runs ms'],
    [`require ${result.bundle} (${result.bundleKb} KB)`, fmt(result.medianRequireMs, 1), fmt(Math.max(...pick('requireMs')), 1), pick('requireMs').map((x) => fmt(x, 0)).join(' ')],
    ['activate(context)', fmt(result.medianActivateMs, 2), fmt(Math.max(...pick('activateMs')), 2), pick('activateMs').map((x) => fmt(x, 1)).join(' ')],
    ['both', fmt(result.medianTotalMs, 1), fmt(result.maxTotalMs, 1), pick('totalMs').map((x) => fmt(x, 0)).join(' ')],
  ];
  if (result.medianClientLoadMs !== null) {
    rows.push(['first draft: require languageClient.js', fmt(result.medianClientLoadMs, 1), fmt(Math.max(...pick('clientLoadMs')), 1), pick('clientLoadMs').map((x) => fmt(x, 0)).join(' ')]);
  }
  return emit('Extension activation', result, rows, flags);
}

if (require.main === module) main(run);
module.exports = { run };
