import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The reader's score on the corpus of real published replies (npm run score) must not fall below the
// floors committed in CORPUS.md's table; raise a floor when the reader gets better.

const repoRoot = path.resolve(__dirname, '..', '..', '..');

interface Summary {
  letters: number;
  questionCount: number;
  unansweredPrecision: number;
  unansweredRecall: number;
  dates: number;
  regime: number;
  sections: number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const scorer = require(path.join(repoRoot, 'scripts', 'score.js')) as { score(): { corpus: string; summary: Summary } };

/** The floors: the rows of CORPUS.md's "Floors" table, `| measure | floor |`. */
function floors(): Record<string, number> {
  const doc = fs.readFileSync(path.join(repoRoot, 'CORPUS.md'), 'utf8');
  const table = /<!-- floors:start -->([\s\S]*?)<!-- floors:end -->/.exec(doc);
  assert.ok(table, 'CORPUS.md has a floors table');
  const out: Record<string, number> = {};
  for (const m of table[1].matchAll(/^\|\s*`(\w+)`\s*\|\s*([\d.]+)\s*\|/gm)) out[m[1]] = Number(m[2]);
  return out;
}

describe('reader score on real published replies', function () {
  this.timeout(120000);
  let summary: Summary;
  before(() => {
    summary = scorer.score().summary;
  });

  it('reads every letter of the corpus', () => {
    assert.ok(summary.letters >= 78, `${summary.letters} letters`);
  });

  const measures = ['questionCount', 'unansweredPrecision', 'unansweredRecall', 'dates', 'regime', 'sections'] as const;
  for (const measure of measures) {
    it(`${measure} stays at or above its floor`, () => {
      const floor = floors()[measure];
      assert.equal(typeof floor, 'number', `CORPUS.md gives a floor for ${measure}`);
      assert.ok(summary[measure] >= floor, `${measure} is ${summary[measure].toFixed(3)}, below the floor ${floor}`);
    });
  }
});
