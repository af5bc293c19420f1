import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, draft, edit, example, lineOf, ofRule, run } from '../drafts';
import { letter, settings } from '../letters';

const FOIA = 'the Freedom of Information Act 2000';
const late = (text: string, schema = undefined as Parameters<typeof run>[1]) => ofRule(run(text, schema), 'late-response');

const HOLDING =
  'We are writing to let you know that we need further time to consider the public interest test for section 43(2) ' +
  'of the Freedom of Information Act 2000 (commercial interests), which we believe applies to the supplier\'s day rates. ' +
  'We have not yet reached a decision and expect to do so by 28 March 2025.';

describe('rule: late-response', () => {
  const ai = example(AI_RECRUITMENT);

  it('reports a reply dated 30 working days after receipt, on the date line', () => {
    const text = edit(ai, '5 October 2020', '20 October 2020');
    const [f] = late(text);
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, '20 October 2020'));
    assert.match(f.message, /dated 20 October 2020, the 30th working day after the request was received on 8 September 2020; the deadline was 6 October 2020/);
  });

  it('accepts the published letters and the fixtures, which are all in time', () => {
    assert.deepEqual(late(ai), []);
    assert.deepEqual(late(example(FACIAL_RECOGNITION)), []);
    for (const name of ['foia-s40-staff-names.md', 'foia-s12-advice.md', 'foia-ncnd-disciplinary.md', 'foia-not-held.md', 'foia-s43-pit-extension.md', 'foia-clarification.md', 'eir-planning-viability.md', 'eir-reg7-highways.md', 'foisa-council-s38.md', 'eisr-not-held.md']) {
      assert.deepEqual(late(draft(name)), [], name);
    }
  });

  it('warns between the statutory and the Code reading when the request arrived on a Saturday, and errs after both', () => {
    const between = late(letter({ received: '20 December 2025', sent: '23 January 2026', act: FOIA }));
    assert.equal(between.length, 1);
    assert.equal(between[0].severity, 'warning');
    assert.match(between[0].message, /non-working day \(Saturday\).*22 January 2026.*Code reading \(deadline 23 January 2026\)/);
    const after = late(letter({ received: '20 December 2025', sent: '26 January 2026', act: FOIA }));
    assert.equal(after[0].severity, 'error');
    assert.match(after[0].message, /the deadline was 23 January 2026/);
  });

  it('counts Scottish bank holidays only for FOISA: St Patrick’s Day and Easter Monday are working days there', () => {
    const foisa = late(letter({ received: '13 March 2026', sent: '14 April 2026', act: 'the Freedom of Information (Scotland) Act 2002' }));
    assert.equal(foisa.length, 1);
    assert.match(foisa[0].message, /the deadline was 13 April 2026 \(20th working day, FOISA section 10\(1\)\)/);
    assert.deepEqual(late(letter({ received: '13 March 2026', sent: '14 April 2026', act: FOIA })), []);
  });

  it("takes the settings' holidays into account", () => {
    const text = edit(ai, '5 October 2020', '7 October 2020');
    assert.equal(late(text).length, 1);
    assert.deepEqual(late(text, settings('holidays: [2020-09-21]')), []);
  });

  it('counts from the clarification only when the letter says when it arrived', () => {
    const text = edit(draft('foia-clarification.md'), ', and we received your clarification on 15 January 2025', '');
    const [f] = late(text);
    assert.match(f.message, /26th working day after the request was received on 6 January 2025/);
  });

  it('reports a reply after the date a public interest extension promised', () => {
    let text = draft('foia-s43-pit-extension.md');
    text = edit(edit(text, 'sent: 2025-03-26', 'sent: 2025-04-01'), '\n26 March 2025\n', '\n1 April 2025\n');
    const [f] = late(text);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /the public interest decision was promised by 28 March 2025/);
  });

  it('checks a FOIA holding notice: the exemption, the estimated date, and at most 20 more working days', () => {
    const holding = (response: string) => late(letter({ received: '3 February 2025', sent: '28 February 2025', act: FOIA, response }));
    assert.deepEqual(holding(HOLDING), []);
    const unnamed = holding(HOLDING.replace('section 43(2) of the Freedom of Information Act 2000 (commercial interests)', 'the exemption for commercial interests'));
    assert.equal(unnamed.length, 1);
    assert.match(unnamed[0].message, /must name the exemption relied on/);
    const undated = holding(HOLDING.replace(' and expect to do so by 28 March 2025', ''));
    assert.equal(undated.length, 1);
    assert.match(undated[0].message, /must give an estimate of the date/);
    const distant = holding(HOLDING.replace('28 March 2025', '14 April 2025'));
    assert.equal(distant.length, 1);
    assert.equal(distant[0].severity, 'warning');
    assert.match(distant[0].message, /14 April 2025, is working day 49: more than 20 working days beyond/);
  });

  it('reports an EIR letter claiming a public interest extension, and a FOIA letter claiming one for complexity', () => {
    const eir = late(
      letter({
        received: '3 February 2025',
        sent: '28 February 2025',
        act: 'the Environmental Information Regulations 2004',
        response: HOLDING.replace('section 43(2) of the Freedom of Information Act 2000', 'regulation 12(5)(e) of the Regulations'),
      }),
    );
    assert.equal(eir.length, 1);
    assert.equal(eir[0].severity, 'warning');
    assert.match(eir[0].message, /The EIR have no public interest extension/);
    const foia = late(
      letter({
        received: '3 February 2025',
        sent: '28 February 2025',
        act: FOIA,
        response: 'Because your request is complex and voluminous, we need more time and will respond within 40 working days.',
      }),
    );
    assert.equal(foia.length, 1);
    assert.match(foia[0].message, /FOIA allows no extra time because a request is complex/);
  });

  it('says when a date is outside the bank-holiday table instead of guessing', () => {
    const [f] = late(letter({ received: '3 March 2099', sent: '4 March 2099', act: FOIA }));
    assert.equal(f.severity, 'info');
    assert.match(f.message, /cannot be checked/);
  });
});
