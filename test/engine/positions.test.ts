import * as assert from 'node:assert/strict';
import { applyEdits, computeLineStarts } from '../../server/src/engine/fix';
import { AI_RECRUITMENT, cut, example, ofRule, run } from './drafts';

// Positions are exact (line and UTF-16 column) whatever the line endings, and a BOM is not a column.

describe('positions with CRLF and a BOM', () => {
  const lf = example(AI_RECRUITMENT).replace('No not aware of any projects in the pipeline.', '  [TBC]');
  const crlf = lf.replace(/\n/g, '\r\n');
  const bom = '\ufeff' + crlf;

  it('gives the same findings at the same positions for LF, CRLF and BOM+CRLF', () => {
    const a = run(lf).findings;
    assert.ok(a.length > 0);
    assert.deepEqual(run(crlf).findings, a);
    assert.deepEqual(run(bom).findings, a);
    const [p] = ofRule(run(bom), 'placeholder');
    assert.deepEqual(p.range.start.character, 2);
  });

  it('starts a line after each LF, CRLF and lone CR', () => {
    assert.deepEqual(computeLineStarts('a\nbc\n\nd'), [0, 2, 5, 6]);
    assert.deepEqual(computeLineStarts('a\r\nbc\rd\n'), [0, 3, 6, 8]);
    assert.deepEqual(computeLineStarts(''), [0]);
  });

  it('keeps CRLF in inserted text', () => {
    const text = cut(crlf, 'Your rights');
    const [f] = ofRule(run(text), 'missing-rights');
    const out = applyEdits(text, f.fix!.edits).text;
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.ok(out.startsWith(text.trimEnd()));
  });

  it('never throws on odd input', () => {
    for (const input of ['', '\ufeff', '\r\n\r\n', '---', '---\n---', '\0\0\0', '# \n- \n1.', 'x'.repeat(100000), '- '.repeat(500)]) {
      const r = run(input);
      for (const f of r.findings) {
        assert.ok(f.range.start.line >= 0 && f.range.end.line < Math.max(1, r.draft.lines.length));
      }
    }
  });
});
