import { runs } from './config';
import { Isolate } from './isolate';

// The converters over damaged and random Word documents, HTML and e-mail (convert-tasks.ts).

const properties: { task: string; what: string; quick: number }[] = [
  { task: 'docx-damaged', what: 'converts Word documents with bytes flipped, cut short or spliced, or refuses with a reason', quick: 120 },
  { task: 'docx-soup', what: 'converts documents of random WordprocessingML: numbering, tracked changes, comments, tables', quick: 120 },
  { task: 'html-soup', what: 'converts random HTML', quick: 150 },
  { task: 'eml-random', what: 'converts random e-mails and bytes, or refuses with a reason', quick: 150 },
];

describe('reliability: converter properties', function () {
  const isolate = new Isolate();
  after(() => isolate.close());

  for (const p of properties) {
    const n = runs(p.quick);
    const totalMs = 60_000 + n * 400;
    it(`${p.what} (${n} inputs)`, async function () {
      this.timeout(totalMs + 10_000);
      await isolate.run(p.task, { runs: n, stallMs: 15_000, totalMs });
    });
  }
});

describe('reliability: extreme Word documents', function () {
  const isolate = new Isolate();
  after(() => isolate.close());

  for (const name of ['ten thousand numbered paragraphs', 'tables nested 200 deep', 'five thousand comments and tracked changes', 'one paragraph of 3 MB']) {
    it(`${name}: converts and lints within 30 s`, async function () {
      this.timeout(60_000);
      await isolate.run('docx-extreme', { arg: name, stallMs: 30_000, totalMs: 45_000 });
    });
  }
});
