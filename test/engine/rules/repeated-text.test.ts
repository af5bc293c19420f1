import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'repeated-text');

// A published reply (a department's e-mail) where the regime sentence was pasted twice.
const TWICE =
  'The department holds a draft response to the Schools that work for everyone consultation. A final version of the consultation response is not held.';
const REGIME = 'I have dealt with your request under the Freedom of Information Act 2000 (“the Act”).';

describe('rule: repeated-text', () => {
  it('reports a paragraph repeated with one paragraph between, and its suggestion (never applied by --fix) removes only the copy', () => {
    const text = letter({ received: '25 September 2017', sent: '20 October 2017', response: `${REGIME}\n\n${TWICE}\n\n${REGIME}\n\nThe Act obliges the Department to respond promptly.` });
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix, undefined);
    assert.match(f.message, /repeats the one two paragraphs up/);
    const fixed = applyEdits(text, f.suggestions![0].edits).text;
    assert.equal(fixed.split(REGIME).length, 2);
    assert.ok(fixed.includes(`${TWICE}\n\nThe Act obliges`));
    assert.deepEqual(found(fixed), []);
  });

  it('reports a sentence repeated inside a paragraph, and removes the second copy', () => {
    const text = letter({ received: '1 May 2024', sent: '20 May 2024', response: `${TWICE} ${TWICE.split('. ')[1]} We hope this helps.` });
    const [f] = found(text);
    assert.match(f.message, /sentence repeats/);
    const fixed = applyEdits(text, f.suggestions![0].edits).text;
    assert.ok(fixed.includes(`${TWICE} We hope this helps.`));
  });

  it('accepts parallel answers in a list, short repeats and different paragraphs', () => {
    // A district council's answers to parallel parts of one question, from a published reply.
    const bullets = '2. As follows:\n\n  • 117.\n  • 58.\n  • The Council does not hold this information.\n  • The Council does not hold this information.';
    assert.deepEqual(found(letter({ received: '1 May 2024', sent: '20 May 2024', response: bullets })), []);
    assert.deepEqual(found(letter({ received: '1 May 2024', sent: '20 May 2024', response: 'Not held.\n\nNot held.' })), []);
    assert.deepEqual(found(letter({ received: '1 May 2024', sent: '20 May 2024', response: `${TWICE}\n\n${REGIME}` })), []);
  });

  it('reports a repeated paragraph of six words or more, not of five', () => {
    const five = 'Notwithstanding correspondence received, administratively unquestionable.';
    const six = 'Notwithstanding correspondence received, administratively unquestionable matters.';
    const reply = (p: string) => letter({ received: '1 May 2024', sent: '20 May 2024', response: `${p}\n\n${p}` });
    assert.deepEqual(found(reply(five)), []);
    assert.equal(found(reply(six)).length, 1);
  });
});
