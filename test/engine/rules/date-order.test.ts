import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, draft, edit, example, lineOf, ofRule, run } from '../drafts';

describe('rule: date-order', () => {
  const ai = example(AI_RECRUITMENT);

  it('reports a letter dated before the request was received, on the date line', () => {
    const text = edit(ai, '5 October 2020', '6 September 2020');
    const [f] = ofRule(run(text), 'date-order');
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, '6 September 2020'));
    assert.match(f.message, /dated 6 September 2020, before the request was received on 8 September 2020/);
  });

  it('reports a date that is not a real date', () => {
    const text = edit(ai, 'received on 8 September 2020', 'received on 31 September 2020');
    const [f] = ofRule(run(text), 'date-order');
    assert.match(f.message, /“31 September 2020” in the letter cannot be read/);
  });

  it('reports front matter that disagrees with the letter', () => {
    const text = `---\nreceived: 2020-09-09\n---\n${ai}`;
    const [f] = ofRule(run(text), 'date-order');
    assert.match(f.message, /front matter says the request was received on 9 September 2020, but the letter says 8 September 2020/);
    assert.equal(f.range.start.line, 1);
  });

  it('accepts letters whose dates are in order, from text or front matter', () => {
    assert.deepEqual(ofRule(run(ai), 'date-order'), []);
    assert.deepEqual(ofRule(run(draft('refusal-contracts.md')), 'date-order'), []);
  });

  it('reads the other date forms letters use', () => {
    for (const [written, iso] of [
      ['Monday 5th October 2020', '2020-10-05'],
      ['October 5, 2020', '2020-10-05'],
      ['05/10/2020', '2020-10-05'],
      ['2020-10-05', '2020-10-05'],
      ['Date: 5 Oct 2020', '2020-10-05'],
    ]) {
      const r = run(edit(ai, '5 October 2020', written));
      assert.equal(r.draft.meta.sent?.iso, iso, written);
    }
  });
});

describe('rule: missing-date', () => {
  it('warns once, at the top, when the letter has no date line and no receipt date', () => {
    const text = edit(edit(example(AI_RECRUITMENT), '5 October 2020\n', ''), ' received on 8 September 2020', '');
    const found = ofRule(run(text), 'missing-date');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].range.start.line, 0);
    assert.match(found[0].message, /no date.*It also does not say when the request was received/);
  });

  it('points at the acknowledgement when only the date of receipt is missing', () => {
    const text = edit(example(AI_RECRUITMENT), ' received on 8 September 2020', '');
    const found = ofRule(run(text), 'missing-date');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^The reply does not say when the request was received/);
    assert.ok(found[0].range.start.line > 0);
  });
});

describe('rule: missing-date on a published record of a request', () => {
  it('only notes the missing dates of a log page that gives just its publication date', () => {
    const text = '# FOI 1234 - Staff numbers\n\nPublished: 12 March 2024\n\nRequest\n\nHow many staff are employed?\n\nResponse\n\n45 staff are employed.\n';
    const found = ofRule(run(text), 'missing-date');
    assert.equal(found.length, 1);
    assert.ok(found.every((f) => f.severity === 'info'));
    assert.equal(run(text).draft.meta.sent, undefined);
  });

  it('stays silent when a log page labels both dates', () => {
    const text = 'Date received: 10 February 2018\nDate responded: 9 March 2018\n\nInformation requested\n\nHow many staff are employed?\n\nResponse\n\n45.\n';
    const r = run(text);
    assert.deepEqual(ofRule(r, 'missing-date'), []);
    assert.equal(r.draft.meta.received?.iso, '2018-02-10');
    assert.equal(r.draft.meta.sent?.iso, '2018-03-09');
  });
});
