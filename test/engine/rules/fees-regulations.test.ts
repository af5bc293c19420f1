import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { draft, edit, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'fees-regulations');
const S12 = draft('foia-s12-advice.md');
const RIGHT = 'Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004';
const SCOTTISH = 'Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004';
const reply = (response: string, act = 'the Freedom of Information Act 2000') => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });

describe('rule: fees-regulations', () => {
  it('reports a wrong title, with a fix that writes the right one', () => {
    const text = edit(S12, RIGHT, 'Freedom of Information (Appropriate Limit and Fees) Regulations 2004');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /The title of the regulations that set the cost limit is “the Freedom of Information and Data Protection \(Appropriate Limit and Fees\) Regulations 2004” \(SI 2004\/3244\)/);
    const fixed = applyEdits(text, f.fix!.edits).text;
    assert.equal(fixed, S12);
    assert.deepEqual(found(fixed), []);
  });

  it('reports the other jurisdiction’s regulations, both ways', () => {
    const [english] = found(edit(S12, RIGHT, SCOTTISH));
    assert.match(english.message, /are the Scottish regulations: a FOIA reply relies on the Freedom of Information and Data Protection/);
    const [scottish] = found(reply(`The cost of complying would exceed the prescribed amount of £600 set by the ${RIGHT}. We estimate 60 hours; a narrower request may help.`, 'the Freedom of Information (Scotland) Act 2002'));
    assert.match(scottish.message, /are the English and Welsh regulations: a FOISA reply relies on the Freedom of Information \(Fees for Required Disclosure\) \(Scotland\) Regulations 2004/);
    assert.equal(scottish.fix!.edits[0].newText, SCOTTISH);
  });

  it('reports the limit attributed to the Information Commissioner, with a fix naming the Regulations', () => {
    const text = edit(S12, `set by the ${RIGHT}`, 'set by the Information Commissioner');
    const [f] = found(text);
    assert.match(f.message, /The appropriate limit is set by the Freedom of Information and Data Protection \(Appropriate Limit and Fees\) Regulations 2004 \(regulation 3\), not by the Commissioner/);
    assert.equal(applyEdits(text, f.fix!.edits).text, S12);
    assert.equal(found(reply('This exceeds the ICO’s appropriate limit of 18 hours, so we will not answer it; a narrower request may help.')).length, 1);
  });

  it('accepts the right titles, wrapped over lines as in A19 and B39, and a pointer to ICO guidance (B40)', () => {
    assert.deepEqual(found(S12), []);
    // A19 wraps the title over two lines.
    assert.deepEqual(found(reply('Section 12 applies if the cost of providing the information would exceed the ‘appropriate limit’ as defined by the Freedom\nof Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.')), []);
    // B39.
    assert.deepEqual(found(reply('For West Midlands Police, the appropriate limit is set at £450, as prescribed by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, S.I. 3244.')), []);
    // B40.
    assert.deepEqual(found(reply('PSNI have followed the Information Commissioner’s Office guidance ‘Requests where the cost of compliance exceeds the appropriate limit’ in relation to this request.')), []);
    // Shorthand, the Act and the Scottish section 13 regulations are not titles to correct.
    assert.deepEqual(found(reply('Your Freedom of Information request (ref 123) on fees charged under the Building Regulations 2010 is answered below.')), []);
    assert.deepEqual(found(reply('You may complain to the Commissioner within the time limit set by the Information Commissioner’s Office, which is three months.')), []);
    assert.deepEqual(found(reply('The limit is set by the Fees Regulations under the Freedom of Information Act 2000.')), []);
    assert.deepEqual(found(reply('We may charge under the Freedom of Information (Fees for Disclosure under Section 13) (Scotland) Regulations 2004.', 'the Freedom of Information (Scotland) Act 2002')), []);
    assert.deepEqual(found(reply('We have processed this under the Environmental Information Regulations 2004 and the Freedom of Information (Appropriate Limit and Fees) Regulations 2004.', 'the Environmental Information Regulations 2004')), []);
  });
});
