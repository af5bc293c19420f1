import * as assert from 'node:assert/strict';
import { cut, draft, edit, lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'refusal-no-public-interest-test');
const reply = (response: string, act = 'the Freedom of Information Act 2000') =>
  letter({ received: '3 March 2025', sent: '20 March 2025', act, response });

describe('rule: refusal-no-public-interest-test', () => {
  it('reports a qualified exemption without the public interest test', () => {
    const text = cut(draft('foia-s43-pit-extension.md'), 'Section 43(2) is a qualified exemption', '## Advice');
    const f = found(text).find((x) => x.severity === 'error')!;
    assert.equal(f.range.start.line + 1, lineOf(text, 'We are withholding the day rates under section 43(2)'));
    assert.match(f.message, /Section 43\(2\) is a qualified exemption: give the public interest test .* \(FOIA section 17\(3\)\)/);
  });

  it('reports any EIR exception without it, and one without the presumption in favour of disclosure', () => {
    const eir = draft('eir-planning-viability.md');
    const start = 'The Regulations require us to apply a presumption';
    const noTest = cut(eir, start, '2. The council');
    const [f] = found(noTest);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /like every EIR exception.*\(EIR regulations 12\(1\)\(b\) and 14\(3\)\(b\)\)/);
    const noPresumption = edit(eir, 'The Regulations require us to apply a presumption in favour of disclosure, and regulation', 'Regulation');
    const [w] = found(noPresumption);
    assert.equal(w.severity, 'warning');
    assert.match(w.message, /presumption in favour of disclosure \(EIR regulation 12\(2\)\)/);
  });

  it('warns when section 36 is used without a test or a reason to treat it as absolute, and when a qualified exemption is called absolute', () => {
    const [s36] = found(
      reply('We are withholding the draft report under section 36(2)(b) of the Freedom of Information Act 2000, because in the reasonable opinion of the qualified person disclosure would be likely to inhibit the free and frank exchange of views.'),
    );
    assert.equal(s36.severity, 'warning');
    assert.match(s36.message, /Section 36\(2\)\(b\) is absolute only in some cases \(absolute only for information held by the House of Commons or the House of Lords/);
    const absolute = found(
      reply(
        'We are withholding the rates under section 43(2) of the Freedom of Information Act 2000, which is an absolute exemption, because disclosure would be likely to prejudice the supplier. ' +
          'We have considered the public interest: the public interest in maintaining the exemption outweighs the public interest in disclosure.',
      ),
    );
    assert.equal(absolute.length, 1);
    assert.match(absolute[0].message, /Section 43\(2\) is a qualified exemption, not an absolute one/);
  });

  it('does not ask for a test for absolute exemptions, s.40(2) under the first condition, NCND, EIR not held, or a holding notice', () => {
    for (const name of ['foia-s40-staff-names.md', 'foia-ncnd-disciplinary.md', 'foia-s43-pit-extension.md', 'eir-planning-viability.md', 'foisa-council-s38.md', 'eisr-not-held.md', 'refusal-contracts.md', 'foia-s12-advice.md', 'foia-not-held.md']) {
      assert.deepEqual(found(draft(name)), [], name);
    }
    assert.deepEqual(found(reply('The information is exempt under section 21 of the Freedom of Information Act 2000 because it is published at https://www.example.gov.uk/staff.')), []);
    assert.deepEqual(
      found(reply('We do not hold this information, so we are refusing your request under regulation 12(4)(a) of the Regulations.', 'the Environmental Information Regulations 2004')),
      [],
    );
    assert.deepEqual(
      found(reply('We need further time to consider the public interest test for section 43(2) of the Act. We have not yet reached a decision and expect to do so by 1 April 2025.')),
      [],
    );
  });
});
