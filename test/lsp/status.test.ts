import * as assert from 'node:assert/strict';
import { draftStatus } from '../../server/src/lsp/status';
import { harness, tenQuestions } from './harness';

// What the status bar shows: questions, unanswered ones, the deadline and the working days used.
describe('lsp status', () => {
  it('counts questions and unanswered ones, with the deadline', async () => {
    const h = harness();
    assert.deepEqual(draftStatus(await h.analyse('a.foi.md', tenQuestions)), { unanswered: 0, questions: 10, deadline: '2024-04-17', workingDaysUsed: 9 });
    const unanswered = tenQuestions.replace('There are 38 cameras in operation.\n', '');
    assert.equal(draftStatus(await h.analyse('b.foi.md', unanswered)).unanswered, 1);
  });

  it('leaves the deadline out when the date of receipt cannot be read', async () => {
    const status = draftStatus(await harness().analyse('c.foi.md', tenQuestions.replace('received on 15 March 2024', 'received recently')));
    assert.equal(status.deadline, undefined);
    assert.equal(status.workingDaysUsed, undefined);
  });
});
