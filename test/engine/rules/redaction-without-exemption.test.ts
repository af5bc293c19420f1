import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, draft, edit, example, lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'redaction-without-exemption');
const reply = (response: string, act = 'the Freedom of Information Act 2000') =>
  letter({ received: '3 March 2025', sent: '20 March 2025', act, response });

describe('rule: redaction-without-exemption', () => {
  it('reports redactions with no exemption, on the paragraph', () => {
    const text = reply('The minutes of the three meetings are attached. Some names have been redacted.');
    const [f] = found(text);
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, 'Some names have been redacted'));
    assert.match(f.message, /Information is redacted here without an exemption: cite the exemption each redaction relies on, e\.g\. “section 43\(2\)” \(FOIA section 17\(1\)\(b\)\)/);
    const [b] = found(reply('The report is attached, with the home addresses of residents blacked out.'));
    assert.match(b.message, /blacked out here without an exemption/);
  });

  it('reports the s.40(2) letter once its citation is removed', () => {
    const text = edit(
      edit(draft('foia-s40-staff-names.md'), ' under section 40(2) of the Freedom of Information Act 2000', ''),
      ' Section 40(2) is an absolute exemption where the first condition in section 40(3A)(a) applies, as it does here.',
      '',
    );
    assert.equal(found(text).length, 1);
  });

  it('asks an EIR letter for the exception', () => {
    const [f] = found(reply('The viability assessment is attached with the build costs redacted.', 'the Environmental Information Regulations 2004'));
    assert.match(f.message, /without an exception: .* “regulation 12\(5\)\(e\)” \(EIR regulation 14\(3\)\(a\)\)/);
  });

  it('accepts redactions with their exemption, in the same paragraph or the next, and letters without redactions', () => {
    assert.deepEqual(found(draft('foia-s40-staff-names.md')), []);
    assert.deepEqual(found(reply('Some names have been redacted.\n\nThey are withheld under section 40(2) of the Act because they are personal data.')), []);
    assert.deepEqual(found(reply('The minutes are attached in full; no information has been redacted.')), []);
    assert.deepEqual(found(example(AI_RECRUITMENT)), []);
    assert.deepEqual(found(example(FACIAL_RECOGNITION)), []);
  });
});
