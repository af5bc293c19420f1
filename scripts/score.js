#!/usr/bin/env node
// Scores the letter reader on a corpus of real published replies with ground truth (expected.json,
// conventions in the corpus's ANNOTATION.md). Every letter is linted through the CLI's JSON output,
// as a user's CI would, after stripping the corpus's own front block and excerpt marker.
//
//   npm run score                      overall figures and one line per letter
//   npm run score -- --corpus DIR      another corpus (default ../shared/corpus, else the snapshot)
//   npm run score -- --rules           also the findings per rule
//   npm run score -- --letter A02      the comparison for matching letters in detail
//   npm run score -- --json            the figures as JSON (what the test reads)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { defaultCorpus, letterText } = require('./lib/letters');

const root = path.resolve(__dirname, '..');

/** Lint every letter of the corpus with the CLI; returns { file -> JSON report }. */
function lintCorpus(corpus, expected) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-score-'));
  try {
    for (const name of Object.keys(expected)) {
      fs.writeFileSync(path.join(dir, name), letterText(fs.readFileSync(path.join(corpus, name), 'utf8')));
    }
    let out;
    try {
      out = execFileSync(process.execPath, [path.join(root, 'server', 'out', 'cli.js'), '--format', 'json', '.'], {
        cwd: dir,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      });
    } catch (error) {
      if (error.status !== 1 || !error.stdout) throw error; // 1: findings; anything else is trouble
      out = error.stdout;
    }
    const reports = {};
    for (const r of JSON.parse(out)) reports[path.basename(r.file)] = r;
    return reports;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const norm = (t) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The questions the corpus records: leaves, and parents that ask a question of their own ("1. How many?
 * 1A. In how many of these ..."); a stem that only introduces its parts ("Details of:") is not one.
 */
function leaves(report) {
  const parents = new Set(report.questions.map((q) => q.parent).filter((p) => p !== null));
  const asks = (t) => !/:\s*$/.test(t) && /\?|^(?:how|what|when|where|which|who|why|whether|please|can|could|do|does|did|is|are|has|have)\b/i.test(t.trim());
  return report.questions.filter((q) => !parents.has(q.number) || asks(q.text));
}

/** The expected question a reported one stands for: the one whose words it shares most, else by number. */
function matchQuestion(q, expectedQuestions) {
  const text = norm(q.text);
  const number = (n) => n.toLowerCase().replace(/^(?:q|question|request)\s*/, '').replace(/[().\s]/g, '');
  const scored = expectedQuestions.map((e) => {
    const want = norm(e.text);
    // The expected text is the question's first 60 characters, cut anywhere: compare whole words.
    const head = want.split(' ').slice(0, -1).join(' ');
    return { e, score: text.includes(head) ? head.length : commonPrefix(text, want) };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best >= 15) {
    // Questions that start alike ("The number of evacuees ..."): the one with the same number.
    const close = scored.filter((s) => s.score >= best - 5);
    return (close.find((s) => number(s.e.n) === number(q.number)) ?? scored.find((s) => s.score === best)).e;
  }
  return expectedQuestions.find((e) => number(e.n) === number(q.number));
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function ratio(hit, total) {
  return total === 0 ? null : hit / total;
}

/** Compare one letter's report with its record. */
function scoreLetter(name, report, want) {
  const got = leaves(report);
  const unansweredLines = new Set(report.findings.filter((f) => f.ruleId === 'unanswered-question' && f.severity === 'error').map((f) => f.line));
  const flagged = report.questions.filter((q) => q.status === 'unanswered' && unansweredLines.has(q.line));
  const flaggedMatches = flagged.map((q) => ({ q, e: matchQuestion(q, want.questions) }));
  const truePositives = flaggedMatches.filter((m) => m.e && m.e.answered === 'no');
  const falsePositives = flaggedMatches.filter((m) => !m.e || m.e.answered !== 'no');
  const wantNo = want.questions.filter((e) => e.answered === 'no');
  const caught = wantNo.filter((e) => truePositives.some((m) => m.e === e));
  const sections = {
    regime: { want: want.regime_statement, got: report.regimeStated },
    rights: { want: want.rights_section, got: report.sections.includes('rights') },
    'direct-marketing': { want: want.direct_marketing_section, got: report.sections.includes('direct-marketing') },
  };
  return {
    name,
    countScored: !want.question_count_ambiguous,
    count: { want: want.questions.length, got: got.length },
    flagged: flaggedMatches.length,
    truePositives: truePositives.length,
    falsePositives: falsePositives.map((m) => m.q.number),
    wantNo: wantNo.length,
    caught: caught.length,
    missed: wantNo.filter((e) => !caught.includes(e)).map((e) => e.n),
    dates: {
      received: { want: want.received, got: report.dates.received },
      sent: { want: want.sent, got: report.dates.sent },
    },
    regime: { want: want.regime, got: report.regime },
    sections,
    findings: report.findings,
    error: report.error,
  };
}

/** The overall figures: each a ratio in 0..1 (null where nothing could be scored). */
function summarise(letters) {
  const counted = letters.filter((l) => l.countScored);
  const flagged = letters.reduce((n, l) => n + l.flagged, 0);
  const tp = letters.reduce((n, l) => n + l.truePositives, 0);
  const wantNo = letters.reduce((n, l) => n + l.wantNo, 0);
  const caught = letters.reduce((n, l) => n + l.caught, 0);
  // A date is scored where the letter states it or the reader claims one: a date read where the
  // letter gives none is as wrong as a date missed.
  const dateSlots = letters.flatMap((l) => Object.values(l.dates)).filter((d) => d.want !== null || d.got !== null);
  const regimes = letters.filter((l) => l.regime.want !== 'mixed');
  const sectionSlots = letters.flatMap((l) => Object.values(l.sections));
  return {
    letters: letters.length,
    questionCount: ratio(counted.filter((l) => l.count.want === l.count.got).length, counted.length),
    unansweredPrecision: flagged === 0 ? 1 : tp / flagged,
    unansweredRecall: ratio(caught, wantNo),
    dates: ratio(dateSlots.filter((d) => d.want === d.got).length, dateSlots.length),
    regime: ratio(regimes.filter((l) => l.regime.want === l.regime.got).length, regimes.length),
    sections: ratio(sectionSlots.filter((s) => s.want === s.got).length, sectionSlots.length),
    counts: { flagged, truePositives: tp, wantNo, caught, dateSlots: dateSlots.length, countScored: counted.length },
  };
}

/** Score a corpus folder: { summary, letters }. */
function score(corpus = defaultCorpus()) {
  const expected = JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8'));
  const reports = lintCorpus(corpus, expected);
  const letters = Object.keys(expected)
    .sort()
    .map((name) => scoreLetter(name, reports[name] ?? emptyReport(name), expected[name]));
  return { corpus, summary: summarise(letters), letters };
}

function emptyReport(name) {
  return { file: name, regime: null, regimeStated: false, sections: [], dates: { received: null, sent: null }, questions: [], findings: [], error: 'not reported' };
}

const pct = (v) => (v === null ? '  n/a' : `${(v * 100).toFixed(0).padStart(4)}%`);
const mark = (ok) => (ok ? ' ' : '✗');

function printLetter(l) {
  const d = l.dates;
  const sec = Object.entries(l.sections).filter(([, s]) => s.want !== s.got).map(([id, s]) => `${id}:${s.got ? '+' : '-'}`);
  const parts = [
    `${mark(!l.countScored || l.count.want === l.count.got)}q ${l.count.got}/${l.count.want}${l.countScored ? '' : '~'}`,
    `${mark(l.falsePositives.length === 0)}fp ${l.falsePositives.length ? l.falsePositives.join(',') : '-'}`,
    `${mark(l.missed.length === 0)}miss ${l.missed.length ? l.missed.join(',') : '-'}`,
    `${mark(d.received.want === d.received.got)}rcv ${d.received.got ?? '-'}${d.received.want === d.received.got ? '' : ` (want ${d.received.want ?? '-'})`}`,
    `${mark(d.sent.want === d.sent.got)}sent ${d.sent.got ?? '-'}${d.sent.want === d.sent.got ? '' : ` (want ${d.sent.want ?? '-'})`}`,
    `${mark(l.regime.want === l.regime.got || l.regime.want === 'mixed')}${l.regime.got}${l.regime.want === l.regime.got ? '' : ` (want ${l.regime.want})`}`,
    sec.length ? `✗sections ${sec.join(' ')}` : '',
  ];
  return `${l.name.slice(0, 44).padEnd(44)} ${parts.filter(Boolean).join('  ')}`;
}

function printSummary(s) {
  return [
    `letters                      ${s.letters}`,
    `question count               ${pct(s.questionCount)}  (${s.counts.countScored} letters with an unambiguous count)`,
    `unanswered-question precision${pct(s.unansweredPrecision)}  (${s.counts.truePositives} of ${s.counts.flagged} errors right)`,
    `unanswered-question recall   ${pct(s.unansweredRecall)}  (${s.counts.caught} of ${s.counts.wantNo} unanswered caught)`,
    `dates received and sent      ${pct(s.dates)}  (${s.counts.dateSlots} dates stated or read)`,
    `regime                       ${pct(s.regime)}`,
    `sections                     ${pct(s.sections)}  (regime statement, rights, direct marketing)`,
  ].join('\n');
}

function main(argv) {
  const args = [...argv];
  const take = (flag) => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const corpus = take('--corpus');
  const letter = take('--letter');
  const result = score(corpus ? path.resolve(corpus) : undefined);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result.summary, null, 2)}\n`);
    return;
  }
  const lines = [`corpus: ${path.relative(process.cwd(), result.corpus) || '.'}`, ''];
  for (const l of result.letters) {
    if (letter && !l.name.startsWith(letter)) continue;
    lines.push(printLetter(l));
    if (letter) {
      for (const f of l.findings) lines.push(`    ${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`);
    }
  }
  if (args.includes('--rules')) {
    const byRule = new Map();
    for (const l of result.letters) {
      for (const f of l.findings) {
        const key = `${f.ruleId} (${f.severity})`;
        byRule.set(key, (byRule.get(key) ?? 0) + 1);
      }
    }
    lines.push('', 'findings per rule:');
    for (const [key, n] of [...byRule].sort()) lines.push(`  ${String(n).padStart(4)}  ${key}`);
  }
  lines.push('', printSummary(result.summary));
  process.stdout.write(`${lines.join('\n')}\n`);
}

module.exports = { score, letterText, defaultCorpus };
if (require.main === module) main(process.argv.slice(2));
