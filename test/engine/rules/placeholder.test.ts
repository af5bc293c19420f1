import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, draft, edit, example, lineOf, ofRule, run } from '../drafts';

const RULE = 'placeholder';

describe('rule: placeholder', () => {
  const ai = example(AI_RECRUITMENT);

  it('reports [TBC] left as an answer, at its exact position', () => {
    const text = edit(ai, 'No not aware of any projects in the pipeline.', '[TBC]');
    const [f] = ofRule(run(text), RULE);
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, '[TBC]'));
    assert.equal(f.range.start.character, 0);
    assert.equal(f.range.end.character, 5);
  });

  it('leaves a question whose answer is only [TBC] unanswered, reported once (as a placeholder)', () => {
    const r = run(edit(ai, 'No not aware of any projects in the pipeline.', '[TBC]'));
    const q2 = r.draft.questions.find((q) => q.label === '2');
    assert.equal(q2?.status, 'unanswered');
    assert.deepEqual(ofRule(r, 'unanswered-question'), []);
  });

  const leftovers: [string, string][] = [
    ['The total was £XX.', '£XX'],
    ['We hold XX records.', 'XX'],
    ['Dated xx/xx/xxxx.', 'xx/xx/xxxx'],
    ['Contact [insert officer name] for details.', '[insert officer name]'],
    ['Signed <name of officer>.', '<name of officer>'],
    ['TODO: check figures with Finance.', 'TODO'],
    ['Note to officer: confirm with Legal before sending.', 'Note to officer'],
    ['Yes / No (delete as appropriate).', 'delete as appropriate'],
    ['Dear [REQUESTER NAME],', '[REQUESTER NAME]'],
    ['Hello {{name}}.', '{{name}}'],
  ];
  for (const [line, expected] of leftovers) {
    it(`reports ${expected}`, () => {
      const text = edit(ai, 'No not aware of any projects in the pipeline.', line);
      assert.deepEqual(
        ofRule(run(text), RULE).map((f) => f.data?.text),
        [expected],
      );
    });
  }

  it('does not report links, footnotes, [sic], [redacted], HTML comments or code', () => {
    const text = edit(
      ai,
      'No not aware of any projects in the pipeline.',
      'See [the portal](https://example.org) and [1]. They said "recieve" [sic]; a name is [redacted].\n\n' +
        '<!-- TODO: internal note, not sent -->\n\n```\n[TBC]\n```',
    );
    assert.deepEqual(ofRule(run(text), RULE), []);
  });

  it('finds nothing in our clean letters', () => {
    for (const name of ['refusal-contracts.md', 'numbers-only.md', 'nested-bullets.md', 'shared-explicit.md']) {
      assert.deepEqual(ofRule(run(draft(name)), RULE), [], name);
    }
  });
});
