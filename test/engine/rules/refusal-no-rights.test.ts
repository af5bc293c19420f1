import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { cut, draft, edit, lineOf, ofRule, run } from '../drafts';
import { letter, settings } from '../letters';

const houseStyleRights = () => settings('rules:\n  missing-rights: warning\n');
const found = (text: string, schema = houseStyleRights()) => ofRule(run(text, schema), 'refusal-no-rights');

describe('rule: refusal-no-rights', () => {
  it('reports a refusal with no rights at all, on the first exemption, with a fix that inserts the paragraph', () => {
    const schema = houseStyleRights();
    const text = cut(draft('refusal-contracts.md'), '## Your rights');
    const [f] = found(text, schema);
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, 'under section 43(2)'));
    assert.match(f.message, /refuses information but does not give the internal review procedure \(or a statement that there is none\) or the right to complain to the Information Commissioner \(FOIA section 17\(7\)\)/);
    const fixed = applyEdits(text, f.fix!.edits).text;
    assert.match(fixed, /## Your rights\n\nIf you are unhappy/);
    assert.deepEqual(found(fixed, schema), []);
  });

  it('stays silent when missing-rights already reports the gap as an error, so one gap is one finding', () => {
    const text = cut(draft('refusal-contracts.md'), '## Your rights');
    const r = run(text);
    assert.deepEqual(ofRule(r, 'refusal-no-rights'), []);
    assert.equal(ofRule(r, 'missing-rights').length, 1);
  });

  it('reports what is missing when the rights section is optional in the settings', () => {
    const optional = settings('sections:\n  - id: rights\n    required: false\n');
    const text = edit(
      edit(draft('refusal-contracts.md'), 'you can ask for an internal review within\n40 working days of the date of this letter by writing to foi@riverside.gov.uk', 'you can write to us'),
      'If you remain dissatisfied after the review,',
      'If you remain dissatisfied,',
    );
    const [f] = found(text, optional);
    assert.match(f.message, /does not give the internal review procedure/);
    assert.doesNotMatch(f.message, /Information Commissioner/);
    assert.deepEqual(found(edit(text, 'you can write to us', 'there is no internal review procedure, but you can write to us'), optional), []);
  });

  it('treats "not held" as a refusal under the EIR and FOISA, not under FOIA', () => {
    const eir = edit(
      cut(draft('eir-planning-viability.md'), '## Your rights'),
      "The council's review, by its independent viability consultant, is attached in full.",
      'The council does not hold a review of the assessment, so we are refusing this part under regulation 12(4)(a).',
    );
    const [f] = found(eir);
    assert.match(f.message, /right to ask for a review or the right to complain to the Information Commissioner \(EIR regulation 14\(5\)\)/);
    assert.deepEqual(found(cut(draft('foia-not-held.md'), 'Your rights\n')), []);
  });

  it('wants the Scottish Information Commissioner in a Scottish refusal', () => {
    const text = edit(
      draft('foisa-council-s38.md'),
      'apply to the Scottish Information Commissioner for a decision under section 47 of the Act, within six months: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS (telephone 01334 464610; website www.foi.scot)',
      "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF",
    );
    const [f] = found(text);
    assert.match(f.message, /the right to complain to the Scottish Information Commissioner \(FOISA section 19\)/);
  });

  it('accepts refusals that give both', () => {
    for (const name of ['foia-s40-staff-names.md', 'foia-s12-advice.md', 'foia-ncnd-disciplinary.md', 'foia-s43-pit-extension.md', 'eir-planning-viability.md', 'foisa-council-s38.md', 'eisr-not-held.md', 'refusal-contracts.md']) {
      assert.deepEqual(found(draft(name)), [], name);
    }
  });

  describe('notices that are not refusals in form', () => {
    const noRights = 'If you have any questions about this reply, please contact us.';
    const scottish = (response: string) =>
      letter({ received: '13 March 2026', sent: '9 April 2026', act: 'the Freedom of Information (Scotland) Act 2002', response, rights: noRights });
    const eir = (response: string) =>
      letter({ received: '13 March 2026', sent: '9 April 2026', act: 'the Environmental Information Regulations 2004', response, rights: noRights });
    const english = (response: string) =>
      letter({ received: '13 March 2026', sent: '9 April 2026', act: 'the Freedom of Information Act 2000', response, rights: noRights });

    it('reports a FOISA not-held notice (section 17) without the review and the Scottish Information Commissioner', () => {
      const text = scottish('In terms of section 17 of FOISA, the council does not hold the information you asked for.');
      const [f] = found(text);
      assert.equal(f.severity, 'error');
      assert.match(f.message, /says the information is not held \(a notice under FOISA section 17\) but does not give the right to ask for a review or the right to complain to the Scottish Information Commissioner \(FOISA section 19\)/);
    });

    it('reports a transfer under FOISA and the EIR, not under FOIA', () => {
      // A Scottish council's letter: the request sent on to its health and social care partnership.
      const transfer = 'Your request has been passed to the Health and Social Care Partnership who will action it and respond to you direct.';
      assert.match(found(scottish(transfer))[0]?.message ?? '', /transfers the request, so says the information is not held here \(a notice under FOISA section 17\)/);
      assert.match(found(eir('We have transferred your request to the Environment Agency, which holds the flood data.'))[0]?.message ?? '', /\(a refusal under EIR regulation 12\(4\)\(a\)\)/);
      assert.deepEqual(found(english(transfer)), []);
    });

    it('reports a partial answer under any regime, and accepts one that gives the rights', () => {
      const partial = 'We are unable to provide some of the information, because the records for 2019 were destroyed under our retention schedule.';
      const [f] = found(english(partial));
      assert.match(f.message, /answers only part of the request \(a partial refusal\) but does not give the internal review procedure/);
      assert.equal(f.range.start.line + 1, lineOf(english(partial), 'We are unable to provide some'));
      assert.deepEqual(found(letter({ received: '13 March 2026', sent: '9 April 2026', act: 'the Freedom of Information Act 2000', response: partial })), []);
    });
  });
});
