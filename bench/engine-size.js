#!/usr/bin/env node
'use strict';
// Engine time against draft size, in-process: lint(text, baseSchema('foia')) on drafts from about
// 1 KB to 2 MB, warm, median of several runs. Time per KB must stay flat (no pass over a long letter
// that is quadratic). Two shapes: "long answers" (up to 30 questions, answers grow with tables and
// prose: what a long real reply looks like) and "many questions" (the number of questions grows with
// the size: a stress shape, beyond the 30 questions of real requests, that finds passes comparing
// every question with every block). Also the engine's time per draft over the benchmark corpus, and
// over the real published replies the reader is scored on (CORPUS.md).
//
//   node [--expose-gc] bench/engine-size.js [--max-kb 2048] [--corpus-drafts 1000] [--json-file FILE] [--quiet]

const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT } = require('./lib/corpus');
const { corpusDraft, generateDraft, SEED } = require('./lib/generate');
const { median } = require('./lib/measure');
const { emit, fmt, main, parseFlags } = require('./lib/report');

const { createFoiService } = require(path.join(REPO_ROOT, 'server/out/engine'));

const foi = createFoiService();
const lint = (text, schema) => foi.lint(text, schema);
const baseSchema = (regime) => foi.schemas.base(regime);

const SIZES_KB = [1, 4, 16, 64, 256, 1024, 2048];

function questionsFor(kb) {
  return kb <= 1 ? 1 : kb <= 4 ? 3 : kb <= 16 ? 10 : 30;
}

function draftFor(shape, kb) {
  const options = { targetBytes: kb * 1024, shape, style: 'headings', clean: true, crlf: false, frontMatter: false, brief: kb <= 1 };
  if (shape === 'long-answers') options.questions = questionsFor(kb);
  return generateDraft(SEED + kb, options);
}

/** Median ms of lint() over repeated runs after warming up: at least `minRuns`, until `budgetMs` is spent. */
function timeLint(text, schema, { minRuns = 5, maxRuns = 200, budgetMs = 1500 } = {}) {
  if (global.gc) global.gc();
  lint(text, schema);
  lint(text, schema);
  const times = [];
  const started = performance.now();
  let findings = 0;
  while (times.length < minRuns || (times.length < maxRuns && performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    findings = lint(text, schema).findings.length;
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs: times.length, findings };
}

/** The engine over the real published replies the reader is scored on (scripts/score.js), warm. */
function timeRealLetters(schema, rounds = 20) {
  const { defaultCorpus, letterText } = require(path.join(REPO_ROOT, 'scripts/score.js'));
  const dir = defaultCorpus();
  const names = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')));
  const letters = names.map((n) => letterText(fs.readFileSync(path.join(dir, n), 'utf8')));
  for (const t of letters) lint(t, schema); // warm-up
  if (global.gc) global.gc();
  const bytes = letters.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of letters) lint(t, schema);
  const ms = (performance.now() - t0) / rounds;
  return { letters: letters.length, rounds, meanKb: bytes / letters.length / 1024, msPerDraft: ms / letters.length, usPerKb: (ms * 1000) / (bytes / 1024) };
}

async function run(argv) {
  const flags = parseFlags(argv, { 'max-kb': 'number', 'corpus-drafts': 'number', 'json-file': 'string', quiet: 'boolean' });
  const maxKb = flags['max-kb'] ?? 2048;
  const schema = baseSchema('foia');

  // The engine alone over the corpus drafts (the same drafts the CLI benchmark reads from disk).
  const corpusCount = flags['corpus-drafts'] ?? 1000;
  const drafts = Array.from({ length: corpusCount }, (_, i) => corpusDraft(i).text);
  for (const t of drafts.slice(0, 200)) lint(t, schema); // warm-up
  if (global.gc) global.gc();
  const t0 = performance.now();
  let bytes = 0;
  for (const t of drafts) {
    lint(t, schema);
    bytes += Buffer.byteLength(t);
  }
  const corpusMs = performance.now() - t0;
  const corpus = { drafts: corpusCount, meanKb: bytes / corpusCount / 1024, msPerDraft: corpusMs / corpusCount, usPerKb: (corpusMs * 1000) / (bytes / 1024) };
  const realLetters = timeRealLetters(schema);

  const series = [];
  for (const shape of ['long-answers', 'many-questions']) {
    for (const kb of SIZES_KB.filter((k) => k <= maxKb)) {
      const draft = draftFor(shape, kb);
      const big = draft.info.bytes > 512 * 1024;
      const timing = timeLint(draft.text, schema, big ? { minRuns: 3, maxRuns: 5, budgetMs: 0 } : {});
      const actualKb = draft.info.bytes / 1024;
      series.push({ shape, targetKb: kb, kb: Math.round(actualKb * 10) / 10, questions: draft.info.questions, ms: timing.ms, usPerKb: (timing.ms * 1000) / actualKb, runs: timing.runs, findings: timing.findings });
    }
  }
  // Linearity: time per KB at each size against the 64 KB draft of the same shape (small drafts carry
  // the fixed cost of a lint call, so they are not the reference).
  for (const s of series) {
    const ref = series.find((r) => r.shape === s.shape && r.targetKb === 64) ?? series.find((r) => r.shape === s.shape);
    s.perKbVs64 = s.usPerKb / ref.usPerKb;
  }
  const worst = (shape) => Math.max(...series.filter((s) => s.shape === shape && s.targetKb >= 64).map((s) => s.perKbVs64), 1);
  const result = {
    corpus,
    realLetters,
    series,
    goals: { linearLongAnswers: worst('long-answers') < 2, linearManyQuestions: worst('many-questions') < 2 },
    gcExposed: Boolean(global.gc),
  };
  const rows = [['shape', 'target KB', 'actual KB', 'questions', 'median ms', 'µs/KB', 'per KB vs 64 KB', 'runs']];
  rows.push(['corpus drafts', '', fmt(corpus.meanKb, 1), '', fmt(corpus.msPerDraft, 3), fmt(corpus.usPerKb, 1), '', `${corpusCount} drafts`]);
  rows.push(['real letters', '', fmt(realLetters.meanKb, 1), '', fmt(realLetters.msPerDraft, 3), fmt(realLetters.usPerKb, 1), '', `${realLetters.letters} letters x ${realLetters.rounds}`]);
  for (const s of series) rows.push([s.shape, s.targetKb, fmt(s.kb, 1), s.questions, fmt(s.ms, 2), fmt(s.usPerKb, 1), `x${fmt(s.perKbVs64)}`, s.runs]);
  return emit('Engine time by draft size (in-process lint)', result, rows, flags);
}

if (require.main === module) main(run);
module.exports = { run, draftFor };
