import { runs } from './config';
import { Isolate } from './isolate';

// Properties of the engine over damaged letters and random text (inputs from corpus.ts, checks from
// invariants.ts): lint never throws and never hangs, every finding lies inside the document, and
// --fix keeps every original line in order, keeps the line ending, and is idempotent.

const properties: { task: string; what: string; quick: number }[] = [
  { task: 'mutated-letters', what: 'lints damaged letters (lines lost, repeated, swapped; markup noise; odd characters; mixed line endings)', quick: 300 },
  { task: 'mutated-letters-fix', what: 'fixes damaged letters, keeping every original line and line ending, idempotently', quick: 200 },
  { task: 'markdown-soup', what: 'lints and fixes Markdown made of the tokens the parser treats specially', quick: 250 },
  { task: 'random-bytes', what: 'lints and fixes random bytes read as UTF-8, latin1 and UTF-16', quick: 150 },
  { task: 'spliced-bytes', what: 'lints and fixes letters with random bytes spliced in', quick: 150 },
  { task: 'any-string', what: 'lints and fixes any JavaScript string, lone surrogates included', quick: 150 },
  { task: 'cli-decode', what: 'reads any bytes as a draft (or refuses with a reason) and writes read text back byte for byte', quick: 500 },
];

describe('reliability: engine properties', function () {
  const isolate = new Isolate();
  after(() => isolate.close());

  for (const p of properties) {
    const n = runs(p.quick);
    const totalMs = 60_000 + n * 300;
    it(`${p.what} (${n} inputs)`, async function () {
      this.timeout(totalMs + 10_000);
      await isolate.run(p.task, { runs: n, stallMs: 15_000, totalMs });
    });
  }
});
