import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'prejudice-wording');
const reply = (response: string, act = 'the Freedom of Information Act 2000') => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });
const PIT = '\n\nThe public interest in maintaining the exemption outweighs the public interest in disclosure, because the security of the systems matters more.';
// A04: "might prejudice the prevention of crime", with no "would" anywhere.
const A04 =
  'We believe that information relating to any attempted cyber-attacks is exempt from disclosure under Section 31(1)(a) of the Freedom of Information Act 2000 – ‘Law Enforcement’. ' +
  'Attacks on IT systems are criminal offences, so to provide information or confirmation of information being held might prejudice the prevention of crime by facilitating the possibility of an offence being carried out.';

describe('rule: prejudice-wording', () => {
  it('warns when the harm is only "might" (A04), on the words, with the statutory words as suggestions', () => {
    const text = reply(A04 + PIT);
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.equal(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), 'might prejudice');
    assert.match(f.message, /“might prejudice” does not meet the test for section 31 \(law enforcement\): disclosure must be shown to be one that “would, or would be likely to, prejudice” the interest/);
    assert.equal(f.fix, undefined);
    assert.deepEqual(f.suggestions!.map((s) => s.edits[0].newText), ['would', 'would be likely to']);
    assert.deepEqual(found(applyEdits(text, f.suggestions![1].edits).text), []);
  });

  it('uses each regime’s test: FOISA "prejudice substantially", EIR "adversely affect"', () => {
    const [s] = found(
      reply('The report is exempt under section 33(1)(b) of FOISA because its release could prejudice the contractor’s commercial interests substantially.' + PIT, 'the Freedom of Information (Scotland) Act 2002'),
    );
    assert.match(s.message, /“would, or would be likely to, prejudice substantially”/);
    const [e] = found(reply('The report is withheld under regulation 12(5)(e) because its release may adversely affect the confidentiality of commercial information.' + PIT, 'the Environmental Information Regulations 2004'));
    assert.match(e.message, /“may adversely affect” does not meet the test .*“would adversely affect”/);
    assert.deepEqual(e.suggestions!.map((x) => x.edits[0].newText), ['would']);
  });

  it('accepts the statutory words even beside a "could" (A31), class-based exemptions, and harm not tied to a ground', () => {
    // A31: "would be likely to prejudice".
    assert.deepEqual(
      found(reply('This information is exempt from disclosure under section 31 of the Freedom of Information Act 2000. Section 31(1)(a) says that we do not need to provide information that would be likely to prejudice the prevention or detection of crime; release could also harm our systems.' + PIT)),
      [],
    );
    assert.deepEqual(found(reply('The legal advice is exempt under section 42 because its release could undermine legal professional privilege.' + PIT)), []);
    assert.deepEqual(found(reply('Publishing the timetable could damage trust, but we have released it in full.')), []);
    // A04's "could aid malicious parties" is no harm verb.
    assert.deepEqual(found(reply('Section 31(1)(a) applies: disclosure would be likely to prejudice the prevention of crime, and could aid malicious parties.' + PIT)), []);
  });
});
