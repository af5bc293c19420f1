import * as assert from 'node:assert/strict';
import type { Analysis, Analyzer } from '../../server/src/lsp/analysis';
import { CheckCosts, headStart } from '../../server/src/lsp/headStart';
import { Validator } from '../../server/src/lsp/validation';
import { harness, tenQuestions, type Harness } from './harness';

// Checking after edits: a burst of changes costs one run and the newest version wins.
describe('lsp validation: the Validator', () => {
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The harness's analyzer, recording each version the engine was run on. */
  const recording = (h: Harness) => {
    const checked: number[] = [];
    const analyzer = Object.assign(Object.create(h.analyzer), {
      analyze: async (u: string) => {
        const a = await h.analyzer.analyze(u);
        if (a) checked.push(a.version);
        return a;
      },
    }) as Analyzer;
    return { analyzer, checked };
  };

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

  it('with no quiet time, edits handled together cost one check', async () => {
    const h = harness();
    const { analyzer, checked } = recording(h);
    const analysed: number[] = [];
    const validator = new Validator(analyzer, { analysed: (a) => analysed.push(a.version), cleared: () => undefined, refreshAll: () => undefined, log: () => undefined });
    let uri = '';
    // As when edits queued behind a long check are handled one after the other.
    for (let i = 0; i < 5; i++) {
      uri = h.open('reply.foi.md', tenQuestions + 'x'.repeat(i));
      validator.schedule(uri, 0);
    }
    await settle(100);
    assert.deepEqual(checked, [5]);
    assert.deepEqual(analysed, [5]);
  });

  it('starts a check early and holds its result; an edit in the meantime discards it', async () => {
    const h = harness();
    const analysed: Analysis[] = [];
    const { analyzer, checked } = recording(h);
    const validator = new Validator(analyzer, { analysed: (a) => analysed.push(a), cleared: () => undefined, refreshAll: () => undefined, log: () => undefined });
    const uri = h.open('reply.foi.md', tenQuestions);
    validator.schedule(uri, 0);
    await settle(100);
    assert.deepEqual(checked, [1]);
    // A quiet time long against the check's cost: the check of version 2 starts early, its result is held.
    h.open('reply.foi.md', tenQuestions + '\nOne more line.');
    validator.schedule(uri, 400);
    const early = Date.now();
    while (!checked.includes(2) && Date.now() - early < 5000) await settle(5);
    assert.ok(checked.includes(2), 'version 2 was checked within its quiet time');
    assert.equal(analysed.length, 1, 'its result is not published before the quiet time ends');
    // The user types again: version 2's result never goes out, version 3's does.
    h.open('reply.foi.md', tenQuestions + '\nOne more line, longer.');
    validator.schedule(uri, 20);
    await settle(600);
    assert.deepEqual(
      analysed.map((a) => a.version),
      [1, 3],
    );
  });
});

describe('lsp validation: the head start', () => {
  it('is the expected cost with a margin, at most half the quiet time, and none for a check costlier than the quiet time', () => {
    assert.equal(headStart(undefined, 50), 0, 'nothing known yet');
    const lead = headStart(4, 50);
    assert.ok(lead > 4 && lead < 25, String(lead));
    assert.equal(headStart(40, 50), 25, 'keystrokes closer than half the quiet time start no check');
    assert.equal(headStart(380, 50), 0, 'a long draft');
  });

  it('expects what the last check of the document took', () => {
    const costs = new CheckCosts();
    assert.equal(costs.expected('a'), undefined);
    costs.record('a', 10);
    costs.record('a', 3);
    assert.equal(costs.expected('a'), 3);
    costs.forget('a');
    assert.equal(costs.expected('a'), undefined);
  });
});
