import * as assert from 'node:assert/strict';
import { ANSWER_PLACEHOLDER, composeResponse } from '../../server/src/engine/compose/newResponse';
import { parseSchemaText } from '../../server/src/engine/schema/load';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, example, foia, ofRule, run } from './drafts';

/** The request as an officer would paste it: what the published letter quotes. */
function requestOf(letter: string): string {
  const start = letter.indexOf('for the following information:') + 'for the following information:'.length;
  return letter.slice(start, letter.indexOf('We have processed this request'));
}

const MISSING = ['missing-regime-statement', 'missing-rights', 'missing-direct-marketing', 'missing-section'];

describe('composeResponse (FOI: New response from request)', () => {
  it('restates every question of a nested, conditional request with a [TBC] answer', () => {
    const text = composeResponse(requestOf(example(AI_RECRUITMENT)), foia(), '2020-10-05');
    const result = run(text);
    const questions = result.draft.questions;
    assert.deepEqual(
      questions.map((q) => q.label),
      ['1', '1(a)', '1(b)', '1(c)', '2'],
    );
    for (const q of questions) {
      assert.ok(q.restated, `question ${q.label} is restated in the response`);
      assert.equal(q.answer?.text, ANSWER_PLACEHOLDER, `question ${q.label} has the placeholder as its answer`);
    }
    // The branch line stays above the question it governs.
    assert.match(text, /\nIf no:\n\n2\. Does your council have any plans/);
  });

  it('gives a draft whose only problems are the blanks the officer must fill', () => {
    const text = composeResponse(requestOf(example(FACIAL_RECOGNITION)), foia(), '2020-02-10');
    const result = run(text);
    for (const rule of MISSING) assert.deepEqual(ofRule(result, rule), [], `no ${rule} finding`);
    const placeholders = ofRule(result, 'placeholder').map((f) => text.split('\n')[f.range.start.line].trim());
    assert.equal(placeholders.filter((l) => l === ANSWER_PLACEHOLDER).length, 5, 'one [TBC] per question');
    assert.ok(placeholders.some((l) => l.includes('[date]')), 'the date of receipt is left to fill in');
    assert.deepEqual(result.failures, []);
  });

  it('dates the letter today and lays out the standard sections in house-style order', () => {
    const text = composeResponse('1. How many libraries does the council run?', foia(), '2024-03-01');
    assert.equal(text.split('\n')[0], '1 March 2024');
    assert.equal(run(text).draft.meta.sent?.iso, '2024-03-01');
    const order = ['Thank you for your request', 'We have processed this request under the Freedom of Information Act 2000', '## Response', '## Further information', 'Direct Marketing', '## Your rights'];
    const at = order.map((s) => text.indexOf(s));
    assert.ok(at.every((i) => i >= 0), `all of ${order.join(' / ')} present`);
    assert.deepEqual([...at].sort((a, b) => a - b), at, 'in house-style order');
  });

  it('treats a request written as prose as one question', () => {
    const text = composeResponse(
      'Dear Sir or Madam,\r\n\r\nPlease tell me how much the council spent on taxis in 2023.\r\n\r\nYours faithfully,\r\nA. Requester\r\n',
      foia(),
      '2024-03-01',
    );
    assert.doesNotMatch(text, /\r/, 'line endings are normalised');
    const { questions } = run(text).draft;
    assert.equal(questions.length, 1);
    assert.match(questions[0].text, /spent on taxis/);
    assert.equal(questions[0].answer?.text, ANSWER_PLACEHOLDER);
  });

  it('uses the paragraphs of the schema in effect, not only the built-in ones', () => {
    const custom = 'We are sorry you are unhappy. Ask for an internal review within 40 working days; then the Information Commissioner (ico.org.uk).';
    const { schema, problems } = parseSchemaText(
      `extends: foia\nparagraphs:\n  rights:\n    title: Your rights\n    text: "${custom}"\n    section: rights\n`,
      '/virtual/.foi.yaml',
    );
    assert.deepEqual(problems, []);
    assert.ok(schema);
    const text = composeResponse('1. Question one?', schema, '2024-03-01');
    assert.ok(text.includes(`## Your rights\n\n${custom}`));
    assert.ok(!text.includes('exhausted our review procedure'), 'the built-in rights text is replaced');
  });
});
