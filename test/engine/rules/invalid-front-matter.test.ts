import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, example, ofRule, run } from '../drafts';

describe('rule: invalid-front-matter', () => {
  it('reports malformed YAML with its line, and still lints the letter', () => {
    const text = `---\nreceived: 2020-09-08\nsent: [unclosed\n---\n${example(AI_RECRUITMENT)}`;
    const r = run(text);
    const [f] = ofRule(r, 'invalid-front-matter');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /not valid YAML/);
    assert.ok(f.range.start.line >= 1 && f.range.start.line <= 3);
    assert.equal(r.draft.meta.received?.iso, '2020-09-08', 'dates fall back to the letter text');
    assert.equal(r.draft.questions.length, 5);
  });

  it('accepts valid front matter and uses it', () => {
    const text = `---\nreference: ABC/1\nregime: eir\nreceived: 2020-09-08\n---\n${example(AI_RECRUITMENT)}`;
    const r = run(text);
    assert.deepEqual(ofRule(r, 'invalid-front-matter'), []);
    assert.equal(r.draft.meta.reference?.value, 'ABC/1');
    assert.equal(r.draft.meta.regime?.value, 'eir');
    assert.equal(r.draft.meta.regime?.source, 'front-matter');
  });
});
