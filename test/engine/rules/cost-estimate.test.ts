import * as assert from 'node:assert/strict';
import { draft, edit, lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'cost-estimate');
const S12 = draft('foia-s12-advice.md');
const BASIS =
  'This is because the Housing department\'s mailboxes hold around 140,000 emails for the period you asked about. A sample search of one month returned 2,300 emails that mention temporary accommodation; at an average of one minute to locate, retrieve and extract each, the whole period would take well over 2,000 hours.';
const ADVICE = 'If you narrowed your request to a single month, we may be able to answer it.';
const reply = (response: string, act = 'the Freedom of Information Act 2000') => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });

describe('rule: cost-estimate', () => {
  it('warns when a section 12 refusal gives no estimate, on the citation', () => {
    const text = edit(S12, BASIS, 'This is because the emails are not filed by subject.');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.range.start.line + 1, lineOf(text, 'Section 12 of the Freedom of Information Act 2000 therefore'));
    assert.match(f.message, /should give the estimate: how many hours the work would take .*FOIA section 12\(1\); ICO guidance on section 12/);
  });

  it('reads a restated limit as no estimate (B16, B18)', () => {
    // B18: no figure at all.
    assert.equal(
      found(reply(`Section 12 applies. We consulted with our Joint Firearms department who have advised to provide the data for question 2 would require manual interrogation of commander decision logs. Whilst I cannot quantify how long this would take; it would certainly exceed the 18 hour limit. ${ADVICE}`)).length,
      1,
    );
    // B16: "over 18 hours" is the limit, not an estimate.
    assert.equal(
      found(reply(`An attempt to retrieve the information would involve research with each of the Officers involved in such deployments. This would take over 18 hours, therefore Section 12 of the Act applies. ${ADVICE}`)).length,
      1,
    );
  });

  it('notes an estimate with no word on how it was reached', () => {
    const [f] = found(reply(`We estimate that the work would take about 40 hours, which exceeds the appropriate limit of 18 hours, so section 12 applies. ${ADVICE}`));
    assert.equal(f.severity, 'info');
    assert.match(f.message, /Say how the estimate was reached: the number of records to search and the time each takes, or a sample search/);
  });

  it('notes a number of records with no time or cost from it (B24)', () => {
    // B24: the count of transactions, and the limit restated.
    const [f] = found(
      reply(
        `The appropriate limit specified for central government is £600. This represents the estimated cost of it taking over 24 hours of time to determine whether we hold the information, so section 12 applies. Over the 3 year period, there have been 142,895 transactions booked to the travel and subsistence nominal. ${ADVICE}`,
      ),
    );
    assert.equal(f.severity, 'info');
    assert.match(f.message, /Turn the number of records into an estimate/);
  });

  it('accepts an estimate with its basis (the fixture; A03), looks below when told to, and ignores replies that are not cost refusals', () => {
    assert.deepEqual(found(S12), []);
    // A03 gives the time per item and the total.
    assert.deepEqual(
      found(reply(`Currently 346 email trails had been located. Reading the trail has been estimated at 3 mins 30 (per trail due to duplicates), which would be approx. 20 hours, over the appropriate limit, so section 12 applies. ${ADVICE}`)),
      [],
    );
    const below = reply(`We estimate that the cost of complying would exceed the appropriate limit under section 12, as explained below.\n\nThe records are in 300 boxes; checking each takes about 20 minutes, so the search would take 100 hours. ${ADVICE}`);
    assert.deepEqual(found(below), []);
    assert.deepEqual(found(reply('The council employed 1,204 staff on 31 March.')), []);
    assert.deepEqual(found(reply('We are refusing this part under regulation 12(4)(b) because it is manifestly unreasonable.', 'the Environmental Information Regulations 2004')), []);
  });

  it('reads the Scottish limit and staff time the same way', () => {
    const text = reply(`The cost of complying with your request would exceed the upper cost limit of £600, so section 12(1) of FOISA applies. ${ADVICE}`, 'the Freedom of Information (Scotland) Act 2002');
    const [f] = found(text);
    assert.match(f.message, /FOISA section 12\(1\)/);
    assert.deepEqual(found(edit(text, 'so section 12(1)', 'because 2,000 files would each take 5 minutes to check, about £2,500 of staff time, so section 12(1)')), []);
  });
});
