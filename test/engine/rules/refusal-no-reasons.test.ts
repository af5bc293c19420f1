import * as assert from 'node:assert/strict';
import { draft, edit, lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'refusal-no-reasons');
const reply = (response: string, act = 'the Freedom of Information Act 2000') =>
  letter({ received: '3 March 2025', sent: '20 March 2025', act, response });
const PIT =
  '\n\nSection 43(2) is a qualified exemption, so we have considered the public interest. In favour of disclosure: transparency. ' +
  'In favour of maintaining the exemption: fair competition. The public interest in maintaining the exemption outweighs the public interest in disclosure.';

describe('rule: refusal-no-reasons', () => {
  it('reports an exemption cited with no reason, on the citation', () => {
    const text = reply('We are withholding the hourly rates under section 43(2) of the Freedom of Information Act 2000.');
    const [f] = found(text);
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, 'under section 43(2)'));
    assert.match(f.message, /“section 43\(2\)” is cited without saying why it applies: .* \(FOIA section 17\(1\)\(c\)\)/);
  });

  it('warns when a prejudice-based exemption does not say what would be harmed and how likely it is', () => {
    const [f] = found(reply(`We are withholding the hourly rates under section 43(2) of the Freedom of Information Act 2000 because they are commercially sensitive.${PIT}`));
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Section 43\(2\) \(prejudice to commercial interests\) is harm-based: say which interest would be harmed, and whether disclosure “would” or “would be likely to” prejudice it/);
  });

  it('asks EIR refusals for the adverse effect', () => {
    const text = edit(draft('eir-planning-viability.md'), 'Disclosure would adversely affect the confidentiality of commercial information', 'The information is commercial information');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Regulation 12\(5\)\(e\) .* is harm-based: say how disclosure would adversely affect the interest/);
  });

  it('accepts reasoned refusals, apparent reasons (already published) and neither confirm nor deny', () => {
    for (const name of ['foia-s40-staff-names.md', 'foia-ncnd-disciplinary.md', 'foia-s43-pit-extension.md', 'eir-planning-viability.md', 'foisa-council-s38.md', 'eisr-not-held.md', 'refusal-contracts.md', 'foia-s12-advice.md']) {
      assert.deepEqual(found(draft(name)), [], name);
    }
    assert.deepEqual(found(reply('This information is exempt under section 21 of the Freedom of Information Act 2000. It is published at https://www.example.gov.uk/pay-policy.')), []);
    assert.deepEqual(
      found(edit(draft('foia-ncnd-disciplinary.md'), 'Confirming or denying whether a named individual has been the subject of disciplinary action would itself disclose personal data about that individual, and doing so would contravene the data protection principles in Article 5 of the UK GDPR: the officer would have a reasonable expectation that any such matter would remain confidential between them and their employer.', '')),
      [],
    );
  });
});
