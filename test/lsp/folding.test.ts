import * as assert from 'node:assert/strict';
import { foldingRanges } from '../../server/src/lsp/folding';
import { lineOf } from './client';
import { harness, tenQuestions } from './harness';

// Folds for front matter, the request, the response and each section.
describe('lsp folding', () => {
  it('folds the request and each section, without trailing blank lines', async () => {
    const a = await harness().analyse('reply.foi.md', tenQuestions);
    const ranges = foldingRanges(a);
    assert.ok(ranges.some((r) => r.startLine <= lineOf(tenQuestions, '- 1. How many') && r.endLine >= lineOf(tenQuestions, '- 10. Does')));
    assert.ok(ranges.some((r) => r.startLine === lineOf(tenQuestions, 'Your rights\n')));
    assert.ok(ranges.every((r) => r.endLine > r.startLine && a.result.draft.lines[r.endLine].trim() !== ''));
    assert.deepEqual(ranges, [...ranges].sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine));
  });

  it('folds front matter', async () => {
    const a = await harness().analyse('fm.foi.md', `---\nreference: "1"\nregime: foia\n---\n${tenQuestions}`);
    assert.ok(foldingRanges(a).some((r) => r.startLine === 0 && r.endLine === 3));
  });
});
