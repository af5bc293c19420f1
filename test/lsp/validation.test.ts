import * as assert from 'node:assert/strict';
import type { Analysis } from '../../server/src/lsp/analysis';
import { Validator } from '../../server/src/lsp/validation';
import { harness, tenQuestions } from './harness';

// Checking after edits: a burst of changes costs one run and the newest version wins.
describe('lsp validation: the Validator', () => {
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('checks once after a burst of edits, the latest version', async () => {
    const h = harness();
    const analysed: Analysis[] = [];
    const validator = new Validator(h.analyzer, { analysed: (a) => analysed.push(a), cleared: () => undefined, refreshAll: () => undefined, log: () => undefined });
    let uri = '';
    for (let i = 0; i < 5; i++) {
      uri = h.open('reply.foi.md', tenQuestions + '\n'.repeat(i));
      validator.schedule(uri, 20);
    }
    await settle(150);
    assert.equal(analysed.length, 1);
    assert.equal(analysed[0].version, 5);
  });

  it('clears a document that is closed, or stops being a draft', async () => {
    const h = harness();
    const cleared: string[] = [];
    const validator = new Validator(h.analyzer, { analysed: () => undefined, cleared: (u) => cleared.push(u), refreshAll: () => undefined, log: () => undefined });
    const uri = h.open('reply.foi.md', tenQuestions);
    validator.schedule(uri, 0);
    await settle(50);
    validator.closed(uri);
    assert.deepEqual(cleared, [uri]);
    const notes = h.open('notes.md', tenQuestions, 'markdown');
    validator.schedule(notes, 0);
    await settle(50);
    assert.deepEqual(cleared, [uri], 'never a draft: nothing to clear');
  });

  it('logs a failing check instead of throwing', async () => {
    const h = harness();
    const logged: string[] = [];
    const broken = Object.assign(Object.create(h.analyzer), { analyze: async () => Promise.reject(new Error('disk on fire')) });
    const validator = new Validator(broken, { analysed: () => undefined, cleared: () => undefined, refreshAll: () => undefined, log: (m) => logged.push(m) });
    validator.schedule('file:///x.foi.md', 0);
    await settle(20);
    assert.match(logged.join('\n'), /checking file:\/\/\/x\.foi\.md failed: Error: disk on fire/);
  });
});
