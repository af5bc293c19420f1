#!/usr/bin/env node
'use strict';
// Command-line throughput: foi-lint and markdownlint-cli2 (its default rules) over the same generated
// drafts, run alternately (foi-lint, markdownlint-cli2, read-only floor, then again) so a slow moment
// of the machine hits both; medians reported. Then how foi-lint's time grows with the number of
// drafts (1,000 -> 10,000 [-> 100,000 with --with-100k]): it must stay linear. Then --cache: a first
// run that writes the cache, and a second over the same unchanged files that reads it.
//
// --real uses the real-letter corpus (bench/lib/real-corpus.js: the published replies of
// ../shared/corpus, else test/fixtures/corpus, replicated) instead of the generated drafts.
//
//   node bench/cli-throughput.js [--drafts 10000] [--rounds 3] [--with-100k] [--no-markdownlint]
//                                [--real] [--corpus DIR] [--concurrency N|auto] [--json-file FILE] [--quiet]
//
// --concurrency is passed to every foi-lint run (without it foi-lint's default, one thread, applies).

const fs = require('node:fs');
const path = require('node:path');
const { ensureCorpus, foldersFor, REPO_ROOT, PER_FOLDER } = require('./lib/corpus');
const { ensureRealCorpus } = require('./lib/real-corpus');
const { runMeasured, median } = require('./lib/measure');
const { emit, fmt, main, parseFlags } = require('./lib/report');
const { ensureMarkdownlint } = require('./lib/tools');

const CLI = path.join(REPO_ROOT, 'server', 'out', 'cli.js');
const FLOOR = path.join(__dirname, 'lib', 'read-floor.js');

const flagSpec = {
  drafts: 'number',
  rounds: 'number',
  'with-100k': 'boolean',
  'no-markdownlint': 'boolean',
  real: 'boolean',
  corpus: 'string',
  concurrency: 'string',
  'json-file': 'string',
  quiet: 'boolean',
};

/** Accepts exit codes 0 and 1 (findings); anything else is a failed run, reported with its stderr. */
function checked(tool, run) {
  if (run.code !== 0 && run.code !== 1) throw new Error(`${tool} exited with ${run.code}:\n${run.stderr.slice(-4000)}`);
  return run;
}

/** Options given to every foi-lint run (--concurrency). */
const foiLintOptions = [];

async function runFoiLint(corpusDir, count, outFile, extra = []) {
  const folders = foldersFor(corpusDir, count).map((f) => path.relative(corpusDir, f));
  return checked('foi-lint', await runMeasured(process.execPath, [CLI, ...foiLintOptions, ...extra, ...folders], { cwd: corpusDir, stdoutFile: outFile, env: { ...process.env, NO_COLOR: '1' } }));
}

async function runMarkdownlint(script, corpusDir, count, outFile) {
  const globs = foldersFor(corpusDir, count).map((f) => `${path.relative(corpusDir, f)}/*.md`);
  const run = checked('markdownlint-cli2', await runMeasured(process.execPath, [script, ...globs], { cwd: corpusDir, stdoutFile: outFile }));
  const linted = /Linting: (\d+) file/.exec(fs.readFileSync(outFile, 'utf8'));
  if (!linted || Number(linted[1]) !== count) throw new Error(`markdownlint-cli2 linted ${linted ? linted[1] : 'an unknown number of'} files, expected ${count}`);
  return run;
}

async function runFloor(corpusDir, count, outFile) {
  const run = checked('read floor', await runMeasured(process.execPath, [FLOOR, ...foldersFor(corpusDir, count)], { cwd: corpusDir, stdoutFile: outFile }));
  const { files } = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  if (files !== count) throw new Error(`the read floor read ${files} files, expected ${count}`);
  return run;
}

/** foi-lint's JSON output lists every file checked: proof that it saw all the drafts. */
function countJsonReports(outFile) {
  const reports = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  if (!Array.isArray(reports)) throw new Error('foi-lint --format json did not print an array');
  const errors = reports.filter((r) => r.error || r.fatal).length;
  return { files: reports.length, unreadable: errors };
}

function summarise(runs, count) {
  const ms = median(runs.map((r) => r.ms));
  return {
    runs: runs.map((r) => Math.round(r.ms)),
    medianMs: Math.round(ms),
    msPerDraft: ms / count,
    peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRssMb)) * 10) / 10,
    memoryMethod: runs[0].memoryMethod,
  };
}

async function run(argv) {
  const flags = parseFlags(argv, flagSpec);
  const count = flags.drafts ?? 10000;
  const rounds = flags.rounds ?? 3;
  const withMdl = !flags['no-markdownlint'];
  if (flags.concurrency !== undefined) foiLintOptions.push('--concurrency', flags.concurrency);
  if (count > PER_FOLDER && count % PER_FOLDER !== 0) throw new Error(`--drafts must be under ${PER_FOLDER} or a multiple of it`);
  const largest = flags['with-100k'] ? Math.max(100000, count) : count;
  const log = (m) => process.stderr.write(`${m}\n`);
  const corpusDir = flags.corpus ? path.resolve(flags.corpus) : undefined;
  const corpus = flags.real ? ensureRealCorpus(largest, { corpusDir, log }) : ensureCorpus(largest, { corpusDir, big: false, log });
  if (count < largest && count % PER_FOLDER !== 0) throw new Error(`with a larger corpus --drafts must be a multiple of ${PER_FOLDER}`);
  const outDir = path.join(corpus.corpusDir, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const out = (name) => path.join(outDir, name);
  const mdl = withMdl ? ensureMarkdownlint(log) : undefined;

  // Alternate the tools within each round.
  const foi = [];
  const md = [];
  const floor = [];
  for (let r = 0; r < rounds; r++) {
    log(`round ${r + 1}/${rounds}: ${count} drafts`);
    foi.push(await runFoiLint(corpus.corpusDir, count, out('foi-lint.txt')));
    if (mdl) md.push(await runMarkdownlint(mdl.script, corpus.corpusDir, count, out('markdownlint.txt')));
    floor.push(await runFloor(corpus.corpusDir, count, out('floor.json')));
  }
  // One run in JSON format, which lists every file: proof foi-lint checked them all.
  const json = await runFoiLint(corpus.corpusDir, count, out('foi-lint.json'), ['--format', 'json']);
  const seen = countJsonReports(out('foi-lint.json'));
  if (seen.files !== count) throw new Error(`foi-lint --format json reported ${seen.files} files, expected ${count}`);

  // Start-up: one draft, so the fixed cost is visible next to the per-draft cost.
  const single = [];
  for (let r = 0; r < 5; r++) single.push(await runMeasured(process.execPath, [CLI, path.join(foldersFor(corpus.corpusDir, 1)[0], 'draft-000000.md')], { cwd: corpus.corpusDir, stdoutFile: out('single.txt') }));

  // --cache: the first run writes the cache (none before it), the second reads it; alternated rounds.
  const cacheFile = out('foi-lint-cache.json');
  const cold = [];
  const warm = [];
  for (let r = 0; r < rounds; r++) {
    log(`--cache round ${r + 1}/${rounds}: ${count} drafts`);
    fs.rmSync(cacheFile, { force: true });
    cold.push(await runFoiLint(corpus.corpusDir, count, out('foi-lint-cache-1.txt'), ['--cache', '--cache-location', cacheFile]));
    warm.push(await runFoiLint(corpus.corpusDir, count, out('foi-lint-cache-2.txt'), ['--cache', '--cache-location', cacheFile]));
    if (fs.readFileSync(out('foi-lint-cache-1.txt'), 'utf8') !== fs.readFileSync(out('foi-lint-cache-2.txt'), 'utf8')) throw new Error('the run from the cache printed other findings than the run that wrote it');
  }
  fs.rmSync(cacheFile, { force: true });

  // Growth with the number of drafts.
  const scaling = [];
  const steps = count < 1000 ? [count] : [...new Set([1000, 10000, count].filter((n) => n <= count))].sort((a, b) => a - b);
  if (flags['with-100k'] && !steps.includes(largest)) steps.push(largest);
  for (const n of steps) {
    if (n === count) {
      scaling.push({ drafts: n, ...summarise(foi, n) });
      continue;
    }
    const runs = [];
    const times = n >= 100000 ? 1 : rounds;
    for (let r = 0; r < times; r++) {
      log(`scaling: ${n} drafts (${r + 1}/${times})`);
      runs.push(await runFoiLint(corpus.corpusDir, n, out(`foi-lint-${n}.txt`)));
    }
    scaling.push({ drafts: n, ...summarise(runs, n) });
  }
  // Linear growth: the cost of each further draft (time added from one step to the next, per draft
  // added) must not rise with the number of drafts. The first step's cost per draft excludes start-up.
  const startupMs = median(single.map((s) => s.ms));
  scaling.forEach((s, i) => {
    const prev = scaling[i - 1];
    s.marginalMsPerDraft = prev ? (s.medianMs - prev.medianMs) / (s.drafts - prev.drafts) : Math.max(0, s.medianMs - startupMs) / s.drafts;
  });
  const first = scaling[0];
  for (const s of scaling) s.marginalVsFirst = s.marginalMsPerDraft / first.marginalMsPerDraft;

  const foiSum = summarise(foi, count);
  const mdlSum = mdl ? summarise(md, count) : undefined;
  const floorSum = summarise(floor, count);
  const coldSum = summarise(cold, count);
  const warmSum = summarise(warm, count);
  const result = {
    corpus: flags.real ? 'real' : 'generated',
    corpusSource: corpus.source ? path.relative(REPO_ROOT, corpus.source) : undefined,
    letters: corpus.letters,
    drafts: count,
    meanDraftBytes: Math.round(corpus.meanBytes),
    rounds,
    foiLint: { ...foiSum, jsonFormatMs: Math.round(json.ms), filesReported: seen.files, startupMs: Math.round(startupMs) },
    markdownlint: mdl ? { version: mdl.version, ...mdlSum } : null,
    floor: floorSum,
    speedup: mdlSum ? mdlSum.medianMs / foiSum.medianMs : null,
    cache: { first: coldSum, second: warmSum, speedup: coldSum.medianMs / warmSum.medianMs },
    scaling,
    goals: {
      tenTimesFasterThanMarkdownlint: mdlSum ? mdlSum.medianMs / foiSum.medianMs >= 10 : null,
      under100MbPeak: foiSum.peakRssMb < 100,
      cacheFiveTimesFaster: coldSum.medianMs / warmSum.medianMs >= 5,
      linear: scaling.every((s, i) => i === 0 || s.marginalMsPerDraft <= 1.5 * scaling[i - 1].marginalMsPerDraft),
    },
  };

  const rows = [
    ['tool', 'drafts', 'median ms', 'ms/draft', 'peak RSS MB', 'runs ms'],
    ['foi-lint', count, foiSum.medianMs, fmt(foiSum.msPerDraft, 3), fmt(foiSum.peakRssMb, 1), foiSum.runs.join(' ')],
  ];
  if (mdlSum) rows.push([`markdownlint-cli2 ${mdl.version}`, count, mdlSum.medianMs, fmt(mdlSum.msPerDraft, 3), fmt(mdlSum.peakRssMb, 1), mdlSum.runs.join(' ')]);
  rows.push(['read-only floor', count, floorSum.medianMs, fmt(floorSum.msPerDraft, 3), fmt(floorSum.peakRssMb, 1), floorSum.runs.join(' ')]);
  rows.push(['foi-lint --format json', count, Math.round(json.ms), fmt(json.ms / count, 3), fmt(json.peakRssMb, 1), '1 run']);
  rows.push(['foi-lint, one draft (start-up)', 1, result.foiLint.startupMs, '', '', '5 runs']);
  rows.push(['foi-lint --cache, first run', count, coldSum.medianMs, fmt(coldSum.msPerDraft, 3), fmt(coldSum.peakRssMb, 1), coldSum.runs.join(' ')]);
  rows.push(['foi-lint --cache, second run', count, warmSum.medianMs, fmt(warmSum.msPerDraft, 3), fmt(warmSum.peakRssMb, 1), `${warmSum.runs.join(' ')} (${fmt(result.cache.speedup, 1)}x)`]);
  for (const s of scaling) rows.push([`foi-lint scaling`, s.drafts, s.medianMs, fmt(s.msPerDraft, 3), fmt(s.peakRssMb, 1), `each added draft ${fmt(s.marginalMsPerDraft, 3)} ms`]);
  if (mdlSum) rows.push(['speed-up vs markdownlint-cli2', '', '', '', '', `${fmt(result.speedup, 1)}x`]);
  return emit(`CLI throughput, ${result.corpus} drafts (${fmt(result.meanDraftBytes / 1024, 1)} KB mean)`, result, rows, flags);
}

if (require.main === module) main(run);
module.exports = { run };
