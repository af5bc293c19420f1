import * as assert from 'node:assert/strict';
import { codeLenses } from '../../server/src/lsp/codeLens';
import { lineOf } from './client';
import { harness, tenQuestions } from './harness';

// The statutory deadline above the letter's date.
describe('lsp codeLens', () => {
  it('puts the deadline and the working day on the letter date', async () => {
    const a = await harness().analyse('reply.foi.md', tenQuestions);
    const lenses = codeLenses(a);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, lineOf(tenQuestions, '2 April 2024'));
    assert.equal(lenses[0].command?.title, 'FOI deadline: 17 April 2024 · dated on working day 9 of 20');
  });

  it('says late when the letter is dated after the deadline', async () => {
    const a = await harness().analyse('late.foi.md', tenQuestions.replace('2 April 2024', '2 May 2024'));
    assert.match(String(codeLenses(a)[0].command?.title), /late$/);
  });

  it('shows nothing without a date of receipt', async () => {
    const a = await harness().analyse('undated.foi.md', tenQuestions.replace('received on 15 March 2024', 'received recently'));
    assert.deepEqual(codeLenses(a), []);
  });
});
