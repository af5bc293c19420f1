#!/usr/bin/env node
'use strict';
// Runs every benchmark, each in its own Node process (so one's heap and JIT state do not colour the
// next), prints their tables, then a summary of the goals, and writes all figures as one JSON file.
// Needs a build (`npx tsc -b`; dist/extension.js from scripts/bundle.js for the activation figure).
//
//   npm run bench                  full run (about 6-8 minutes on 2 cores): bench/results/latest.json
//   npm run bench -- --with-100k   also lint 100,000 drafts for the growth figure (several minutes more)
//   npm run bench:small            50 drafts, no markdownlint-cli2, no 2 MB draft: a smoke test
//
// Flags: --small, --with-100k, --corpus DIR, --results FILE, --only cli,cli-real,engine,lsp-latency,
// lsp-memory,lsp-coldstart,activation (cli: the generated drafts; cli-real: the real-letter corpus)

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT } = require('./lib/corpus');
const { emit, fmt, machine, main, parseFlags, table } = require('./lib/report');

const BENCHES = ['cli', 'cli-real', 'engine', 'lsp-latency', 'lsp-memory', 'lsp-coldstart', 'activation'];

/** Each benchmark's script and arguments, full or small. */
function plan(flags) {
  const small = Boolean(flags.small);
  const corpus = flags.corpus ? ['--corpus', path.resolve(flags.corpus)] : [];
  return {
    cli: { script: 'cli-throughput.js', args: small ? ['--drafts', '50', '--rounds', '1', '--no-markdownlint', ...corpus] : ['--drafts', '10000', '--rounds', '3', ...(flags['with-100k'] ? ['--with-100k'] : []), ...corpus] },
    'cli-real': {
      script: 'cli-throughput.js',
      args: [
        '--real',
        ...(small ? ['--drafts', '50', '--rounds', '1', '--no-markdownlint'] : ['--drafts', '10000', '--rounds', '3']),
        ...(flags.corpus ? ['--corpus', path.join(path.resolve(flags.corpus), 'real')] : []),
      ],
    },
    engine: { script: 'engine-size.js', node: ['--expose-gc'], args: small ? ['--max-kb', '64', '--corpus-drafts', '50'] : [] },
    'lsp-latency': { script: 'lsp-latency.js', args: small ? ['--edits', '20', '--no-big', ...corpus] : [...corpus] },
    'lsp-memory': { script: 'lsp-memory.js', args: small ? ['--drafts', '20', ...corpus] : [...corpus] },
    'lsp-coldstart': { script: 'lsp-coldstart.js', args: small ? ['--samples', '2', ...corpus] : [...corpus] },
    activation: { script: 'activation.js', args: small ? ['--samples', '2'] : [] },
  };
}

function runScript(name, { script, node = [], args }, jsonFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...node, path.join(__dirname, script), ...args, '--json-file', jsonFile, '--quiet'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${name} (${script}) exited with ${code}`));
      resolve(JSON.parse(fs.readFileSync(jsonFile, 'utf8')));
    });
  });
}

/** The goals of the issue, read from the results: { goal, target, measured, met: true | false | null }. */
function goalRows(r) {
  const rows = [];
  const add = (goal, target, measured, met) => rows.push({ goal, target, measured, met: met === undefined ? null : met });
  for (const [key, what] of [
    ['cli', 'generated'],
    ['cli-real', 'real-letter'],
  ]) {
    const c = r[key];
    if (!c) continue;
    add(`CLI speed vs markdownlint-cli2, ${what} drafts`, '>= 10x', c.speedup ? `${fmt(c.speedup, 1)}x` : 'not run', c.goals.tenTimesFasterThanMarkdownlint);
    add(`CLI peak memory, ${c.drafts} ${what} drafts`, '< 100 MB', `${fmt(c.foiLint.peakRssMb, 1)} MB`, c.goals.under100MbPeak);
    add(`CLI time linear in drafts, ${what} (ms per added draft)`, 'not rising > 1.5x', c.scaling.map((s) => `${s.drafts}: ${fmt(s.marginalMsPerDraft, 3)}`).join(', '), c.goals.linear);
    add(`CLI --cache, second run vs first, ${what} drafts`, '>= 5x', `${fmt(c.cache.speedup, 1)}x (${c.cache.first.medianMs} -> ${c.cache.second.medianMs} ms)`, c.goals.cacheFiveTimesFaster);
  }
  if (r.engine) {
    const worst = (shape) => Math.max(...r.engine.series.filter((s) => s.shape === shape && s.targetKb >= 64).map((s) => s.perKbVs64));
    add('Engine linear in draft size (long answers)', 'per KB < 2x 64 KB', `x${fmt(worst('long-answers'))}`, r.engine.goals.linearLongAnswers);
    add('Engine linear in draft size (many questions)', 'per KB < 2x 64 KB', `x${fmt(worst('many-questions'))}`, r.engine.goals.linearManyQuestions);
  }
  if (r['lsp-latency']) {
    const words = (d) => r['lsp-latency'].results.find((x) => x.draft === d && x.pattern !== 'burst');
    add('LSP p95 beyond quiet time, 10-question draft', '< 5 ms', `${fmt(words('10-question').p95BeyondQuietMs)} ms`, r['lsp-latency'].goals.typicalP95Under5Ms);
    if (words('real letter')) add('LSP p95 beyond quiet time, longest real letter', '< 5 ms', `${fmt(words('real letter').p95BeyondQuietMs)} ms`, r['lsp-latency'].goals.realP95Under5Ms);
    if (words('2MB')) add('LSP p95 beyond quiet time, 2 MB draft', '< 100 ms', `${fmt(words('2MB').p95BeyondQuietMs)} ms`, r['lsp-latency'].goals.bigP95Under100Ms);
  }
  if (r['lsp-memory']) add(`LSP resident memory, ${r['lsp-memory'].drafts} drafts open`, '< 100 MB', `${fmt(r['lsp-memory'].openRssMb, 1)} MB`, r['lsp-memory'].goals.under100MbWithDrafts);
  if (r['lsp-coldstart']) add('LSP spawn to first diagnostics', '< 500 ms', `${fmt(r['lsp-coldstart'].medianFirstDiagnosticsMs, 0)} ms`, r['lsp-coldstart'].goals.firstDiagnosticsUnder500Ms);
  if (r.activation) add('Extension activation (load + activate)', '< 50 ms', r.activation.skipped ? 'not built' : `${fmt(r.activation.medianTotalMs, 1)} ms`, r.activation.skipped ? null : r.activation.goals.activationUnder50Ms);
  return rows;
}

async function run(argv) {
  const flags = parseFlags(argv, { small: 'boolean', 'with-100k': 'boolean', corpus: 'string', results: 'string', only: 'string', quiet: 'boolean', 'json-file': 'string' });
  const only = flags.only ? flags.only.split(',') : BENCHES;
  for (const name of only) if (!BENCHES.includes(name)) throw new Error(`unknown benchmark '${name}': ${BENCHES.join(', ')}`);
  for (const built of ['server/out/cli.js', 'server/out/server.js', 'server/out/engine/lint.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, built))) throw new Error(`${built} is missing: build first (npx tsc -b)`);
  }
  const steps = plan(flags);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-bench-'));
  const started = Date.now();
  const loadAtStart = machine().loadAverage;
  const results = {};
  try {
    for (const name of only) {
      process.stdout.write(`\n== ${name}\n`);
      results[name] = await runScript(name, steps[name], path.join(tmp, `${name}.json`));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const doc = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverageAtStart: loadAtStart },
    command: `node bench/run-all.js ${argv.join(' ')}`.trim(),
    small: Boolean(flags.small),
    seconds: Math.round((Date.now() - started) / 1000),
    goals: goalRows(results),
    results,
  };
  const resultsFile = flags.results ?? (flags.small ? undefined : path.join(__dirname, 'results', 'latest.json'));
  if (resultsFile) {
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, `${JSON.stringify(doc, null, 2)}\n`);
  }
  const m = doc.machine;
  process.stdout.write(
    `\n== goals (${m.cpu}, ${m.nproc} CPUs, ${m.memoryGb} GB, Node ${m.node}, load ${m.loadAverageAtStart} -> ${m.loadAverage}; ${doc.seconds} s)\n${table([['goal', 'target', 'measured', ''], ...doc.goals.map((g) => [g.goal, g.target, g.measured, g.met === null ? 'n/a' : g.met ? 'met' : 'MISSED'])])}\n`,
  );
  if (resultsFile) process.stdout.write(`\nfigures: ${path.relative(process.cwd(), resultsFile)}\n`);
  if (flags['json-file']) fs.writeFileSync(flags['json-file'], JSON.stringify(doc, null, 2));
  return doc;
}

if (require.main === module) main(run);
module.exports = { run, goalRows };
