import * as assert from 'node:assert/strict';
import { allQuestions, findQuestion, isUnansweredFinding, questionAt } from '../../server/src/lsp/questions';
import { lineOf } from './client';
import { harness, tenQuestions } from './harness';

// Finding the question a finding or the cursor is about.
describe('lsp questions', () => {
  it('lists every question once, in order', async () => {
    const { draft } = (await harness().analyse('a.foi.md', tenQuestions)).result;
    assert.deepEqual(allQuestions(draft).map((q) => q.label), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('finds the question of an unanswered-question finding', async () => {
    const text = tenQuestions.replace('There are 38 cameras in operation.\n', '');
    const { draft, findings } = (await harness().analyse('b.foi.md', text)).result;
    const finding = findings.find(isUnansweredFinding)!;
    assert.equal(findQuestion(draft, finding)?.label, '7');
  });

  it('finds the question under the cursor, asked or restated', async () => {
    const { draft } = (await harness().analyse('c.foi.md', tenQuestions)).result;
    const asked = questionAt(draft, { line: lineOf(tenQuestions, '- 8. Please provide'), character: 0 });
    assert.deepEqual([asked?.question.label, asked?.where], ['8', 'request']);
    const restated = questionAt(draft, { line: lineOf(tenQuestions, '\n8. Please provide') + 1, character: 2 });
    assert.deepEqual([restated?.question.label, restated?.where], ['8', 'restated']);
    assert.equal(questionAt(draft, { line: 0, character: 0 }), undefined);
  });
});
