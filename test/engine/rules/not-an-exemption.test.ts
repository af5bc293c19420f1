import * as assert from 'node:assert/strict';
import { draft, edit, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'not-an-exemption');
const S12 = draft('foia-s12-advice.md');
const reply = (response: string, act = 'the Freedom of Information Act 2000') => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });
const FOISA = 'the Freedom of Information (Scotland) Act 2002';

describe('rule: not-an-exemption', () => {
  it('reports section 12 called an exemption, once, on the citation (A19)', () => {
    // A19: "I find the request to be exempt by virtue of Section 12 of the FOIA" ... "Section 12 exempts information".
    const text = reply(
      'Unfortunately, on this occasion I find the request to be exempt by virtue of Section 12 of the FOIA; the cost of compliance exceeds the appropriate limit. ' +
        'Section 12 exempts information from the right of access under the FOIA if the cost of providing the information would exceed the appropriate limit. ' +
        'If you narrowed your request to one month we may be able to answer it.',
    );
    const all = found(text);
    assert.equal(all.length, 1);
    const [f] = all;
    assert.equal(f.severity, 'info');
    assert.match(f.message, /Section 12 is not an exemption \(the ICO calls it an exclusion\) and has no public interest test/);
    const line = text.split('\n')[f.range.start.line];
    assert.equal(line.slice(f.range.start.character, f.range.end.character), '12');
  });

  it('reports "the section 12 exemption" and a list of "Exemptions" (B17)', () => {
    assert.equal(found(edit(S12, 'Section 12 of the Freedom of Information Act 2000 therefore means', 'The section 12 exemption therefore means')).length, 1);
    // B17: "Full Refusal with Section 12 and Section 17 Exemptions".
    assert.equal(found(reply('Full Refusal with Section 12 and Section 17 Exemptions. We estimate the work would take 60 hours; a narrower request may be answerable.')).length, 1);
  });

  it('reports FOISA section 17 called an exemption, and leaves the formal notice alone (B09)', () => {
    const [f] = found(reply('The information is exempt under section 17 of FOISA because we do not hold it.', FOISA));
    assert.match(f.message, /Section 17 of FOISA is not an exemption: it is the notice that the information is not held/);
    // B09: the standard wording.
    assert.deepEqual(found(reply('This is a formal notice under section 17(1) of FOISA that the Scottish Government does not have the information you have requested.', FOISA)), []);
  });

  it('accepts the Act’s own heading for section 12, the statute’s wording, and a complete refusal (B18)', () => {
    // B18 quotes the heading of section 12 as the Act words it.
    assert.deepEqual(found(reply('Section 12 – Exemption where cost of compliance exceeds appropriate limit. We estimate the work at 40 hours; narrowing the request to one year may help.')), []);
    assert.deepEqual(found(reply('Subsection (1) of section 12 does not exempt the authority from confirming whether it holds the information, so we confirm that we do.')), []);
    assert.deepEqual(found(S12), []);
    assert.deepEqual(found(reply('We have considered section 12 and the exemption in section 43(2), and we withhold the rates because disclosure would be likely to prejudice the supplier.')), []);
    // Section 17 is only FOISA's notice: in a FOIA letter it is not this rule's.
    assert.deepEqual(found(reply('This letter is a refusal notice under section 17 of the Act; the information is exempt under section 40(2).')), []);
  });
});
