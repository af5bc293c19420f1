import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, example, run } from './drafts';

// The published letters, as examples/README.md describes them.

describe('published example letters', () => {
  it('AI recruitment: no errors or warnings, question 1 with three "If yes" parts and question 2', () => {
    const r = run(example(AI_RECRUITMENT));
    // The template's either/or sentence is left as published: advice only.
    assert.deepEqual(
      r.findings.map((f) => [f.ruleId, f.severity, f.range.start.line + 1]),
      [['template-choice', 'info', 25]],
    );
    assert.deepEqual(r.failures, []);
    const { meta, questions } = r.draft;
    assert.equal(meta.received?.iso, '2020-09-08');
    assert.equal(meta.sent?.iso, '2020-10-05');
    assert.equal(meta.reference?.value, '6565528');
    assert.equal(meta.regime?.value, 'foia');
    assert.deepEqual(
      questions.map((q) => [q.label, q.status]),
      [
        ['1', 'answered'],
        ['1(a)', 'not-applicable'],
        ['1(b)', 'not-applicable'],
        ['1(c)', 'not-applicable'],
        ['2', 'answered'],
      ],
    );
    assert.equal(questions[0].answer?.text, 'No');
    assert.equal(questions[4].condition?.when, 'no');
    assert.match(questions[4].answer?.text ?? '', /^No not aware/);
    assert.deepEqual(
      r.draft.sections.map((s) => s.id),
      ['regime', 'response', 'further-information', 'direct-marketing', 'rights'],
    );
  });

  it('facial recognition: no errors, five questions, the answer after 5 answers 1 and 2-5 no longer apply', () => {
    const r = run(example(FACIAL_RECOGNITION));
    assert.deepEqual(
      r.findings.filter((f) => f.severity !== 'info'),
      [],
    );
    const { meta, questions } = r.draft;
    assert.equal(meta.received?.iso, '2020-02-10');
    assert.equal(meta.sent?.iso, '2020-02-10');
    assert.equal(meta.reference?.value, '6063588');
    assert.deepEqual(
      questions.map((q) => [q.number, q.status]),
      [
        ['1', 'answered'],
        ['2', 'not-applicable'],
        ['3', 'not-applicable'],
        ['4', 'not-applicable'],
        ['5', 'not-applicable'],
      ],
    );
    assert.match(questions[0].answer?.text ?? '', /^The council does not use facial recognition/);
    // The question split over two paragraphs in the response is one restatement, not an answer.
    assert.equal(questions[0].text.endsWith('you may disregard the rest of the questions'), true);
    const info = r.findings.filter((f) => f.severity === 'info');
    assert.deepEqual(
      info.map((f) => f.ruleId),
      ['template-choice', 'shared-answer'],
    );
  });
});
