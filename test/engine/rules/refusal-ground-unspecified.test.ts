import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, draft, edit, example, lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const FOIA = 'the Freedom of Information Act 2000';
const found = (text: string) => ofRule(run(text), 'refusal-ground-unspecified');
const reply = (response: string, act = FOIA) => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });

describe('rule: refusal-ground-unspecified', () => {
  it('reports information withheld with no exemption named, on that paragraph', () => {
    const text = reply('We are withholding the hourly rates because they are commercially sensitive and would help competitors.');
    const [f] = found(text);
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, 'We are withholding the hourly rates'));
    assert.match(f.message, /no exemption is specified: cite it by number, e.g. “section 43\(2\)” \(FOIA section 17\(1\)\(b\)\)/);
  });

  it('does not report what may happen ("unless the information is exempt"), and reads "section(s) 40 & 41"', () => {
    assert.deepEqual(found(reply('You will receive the information requested within 20 working days unless the information is exempt.')), []);
    const cited = found(reply('This information is exempt from release under section(s) 40 & 41 of the Freedom of Information Act 2000, as it is personal data given in confidence.'));
    assert.deepEqual(
      cited.map((f) => [f.severity, f.message.slice(0, 14)]),
      [['warning', '“section(s) 40']],
    );
  });

  it('does not report a paragraph about what the Act allows any authority', () => {
    const text = reply(
      'The right of access to information is not without exception and is subject to a number of exemptions which are designed to enable public authorities to withhold information that is unsuitable for release.',
    );
    assert.deepEqual(found(text), []);
  });

  it('does not report a not-held answer worded as an exemption under section 17 (FOISA)', () => {
    const text = reply(
      'The information requested for question 5 is not held by the Council. Therefore, we can advise that this information is exempt under Section 17 of the Freedom of Information (Scotland) Act 2002.',
      'the Freedom of Information (Scotland) Act 2002',
    );
    assert.deepEqual(found(text), []);
    // Withheld as well as not held: still a refusal that must name its exemption.
    assert.equal(found(reply('Some of the information is not held; the rest is withheld as it is commercially sensitive.')).length, 1);
  });

  it('reports neither confirm nor deny without the provision', () => {
    const text = edit(draft('foia-ncnd-disciplinary.md'), ', under section 40(5B) of the Freedom of Information Act 2000', '');
    const [f] = found(text);
    assert.match(f.message, /Neither confirming nor denying needs the exemption that allows it, e\.g\. “section 40\(5B\)”/);
  });

  it('reports a cost refusal that does not say section 12 applies', () => {
    const text = edit(draft('foia-s12-advice.md'), 'Section 12 of the Freedom of Information Act 2000 therefore means that we are', 'We are therefore');
    assert.equal(found(text).length, 1);
  });

  it('reports a number that is not an exemption of the regime, and an EIR refusal without an exception', () => {
    const [f] = found(reply('We are withholding the rates under section 47 of the Freedom of Information Act 2000 because disclosure would harm the supplier.'));
    assert.match(f.message, /“section 47” is not an exemption of the Freedom of Information Act 2000/);
    const [e] = found(reply('The developer’s build costs are withheld because they are confidential.', 'the Environmental Information Regulations 2004'));
    assert.match(e.message, /no exception is specified: cite it by number, e\.g\. “regulation 12\(5\)\(e\)” \(EIR regulation 14\(3\)\(a\)\)/);
  });

  it('warns when a section with several exemptions is cited without the subsection', () => {
    const text = reply('We are withholding the rates under section 43 of the Freedom of Information Act 2000, because disclosure would be likely to prejudice the supplier’s commercial interests.');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /“section 43” covers more than one exemption: specify which, e\.g\. 43\(1\) \(trade secrets\) or 43\(2\)/);
    assert.equal(f.range.start.character, lineOfChar(text, '43 of'));
  });

  it('accepts cited refusals, "see below", and letters that withhold nothing', () => {
    for (const name of ['foia-s40-staff-names.md', 'foia-s12-advice.md', 'foia-ncnd-disciplinary.md', 'foia-s43-pit-extension.md', 'eir-planning-viability.md', 'foisa-council-s38.md', 'eisr-not-held.md', 'refusal-contracts.md']) {
      assert.deepEqual(found(draft(name)), [], name);
    }
    assert.deepEqual(found(example(AI_RECRUITMENT)), []);
    assert.deepEqual(found(reply('No information has been withheld. The council employed 1,204 staff.')), []);
    const deferred = reply('Part of this information is withheld: see below.\n\nExemptions\n\nThe names are withheld under section 40(2) of the Act because they are personal data and disclosure would breach the data protection principles.');
    assert.deepEqual(found(deferred), []);
  });
});

/** The column of `needle` on its line. */
function lineOfChar(text: string, needle: string): number {
  const line = text.split('\n').find((l) => l.includes(needle))!;
  return line.indexOf(needle);
}

describe('rule: refusal-ground-unspecified, "not held" under the EIR', () => {
  it('leaves "not held" without regulation 12(4)(a) to eir-not-held-exception', () => {
    const eir = 'the Environmental Information Regulations 2004';
    const text = reply('The council does not hold any noise monitoring data for that road.', eir);
    assert.deepEqual(found(text), []);
    assert.equal(ofRule(run(text), 'eir-not-held-exception').length, 1);
  });
});

describe('rule: refusal-ground-unspecified, neither confirm nor deny', () => {
  it('reports grounds that do not allow it: FOIA s.21, FOISA outside section 18', () => {
    const [f] = found(reply('The council can neither confirm nor deny whether it holds this information, under section 21 of the Act, because it is published.'));
    assert.match(f.message, /Section 21 has no neither-confirm-nor-deny provision/);
    const [s] = found(
      reply('The council can neither confirm nor deny whether it holds this information, under section 38(1)(b), because confirming it would disclose personal data.', 'the Freedom of Information (Scotland) Act 2002'),
    );
    assert.match(s.message, /Section 38\(1\)\(b\) cannot be used to neither confirm nor deny: FOISA section 18 allows it only with sections 28 to 35, 39\(1\) and 41/);
    assert.deepEqual(found(draft('foia-ncnd-disciplinary.md')), []);
  });
});
