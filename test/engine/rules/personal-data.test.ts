import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, draft, edit, example, lineOf, ofRule, run } from '../drafts';
import { letter, settings } from '../letters';

const found = (text: string, schema?: Parameters<typeof run>[1]) => ofRule(run(text, schema), 'personal-data');
const reply = (response: string) => letter({ received: '3 March 2025', sent: '20 March 2025', act: 'the Freedom of Information Act 2000', response });

describe('rule: personal-data', () => {
  it("reports a named officer's e-mail address and direct line, exactly where they are", () => {
    const text = reply('For details, contact Jane Smith, Procurement Manager, on jane.smith@example.gov.uk or 020 8359 4471.');
    const list = found(text);
    assert.equal(list.length, 2);
    assert.ok(list.every((f) => f.severity === 'warning'));
    const line = text.split('\n')[lineOf(text, 'Jane Smith') - 1];
    assert.deepEqual(list.map((f) => line.slice(f.range.start.character, f.range.end.character)), ['jane.smith@example.gov.uk', '020 8359 4471']);
    assert.match(list[0].message, /“jane\.smith@example\.gov\.uk” may be personal data/);
    assert.match(list[1].message, /may be a person's direct line/);
  });

  it('reports mobile numbers, National Insurance and NHS numbers, also in the quoted request', () => {
    const ni = found(reply('The tenant, National Insurance number JG 10 37 59 A, was rehoused; her mobile is 07700 900123.'));
    assert.deepEqual(ni.map((f) => f.data?.kind), ['nino', 'phone']);
    const [nhs] = found(reply('The patient (NHS number 943 476 5919) was discharged.'));
    assert.equal(nhs.data?.kind, 'nhs');
    assert.deepEqual(found(reply('Reference 943 476 5918 is not an NHS number: its check digit is wrong.')), []);
    const requester = edit(example(AI_RECRUITMENT), 'Dear London Borough of Barnet,', 'Dear London Borough of Barnet, (from pat.jones@gmail.com)');
    assert.equal(found(requester).length, 1);
  });

  it('allows role mailboxes, the regulators, non-geographic numbers and what the settings list', () => {
    assert.deepEqual(found(reply('Write to foi@example.gov.uk, information.governance@example.gov.uk or casework@ico.org.uk, or call 0300 123 4567 or 0303 123 1113.')), []);
    const officer = reply('Contact Jane Smith on jane.smith@example.gov.uk or 020 8359 4471.');
    assert.deepEqual(found(officer, settings('authority:\n  emails: [jane.smith@example.gov.uk]\n  phones: ["+44 20 8359 4471"]\n')), []);
    assert.deepEqual(found(officer, settings('authority:\n  emails: ["@example.gov.uk"]\n  phones: ["020 8359 4471"]\n')), []);
  });

  it('ignores front matter, HTML comments, dates and references', () => {
    const text = `---\nofficer: jane.smith@example.gov.uk\n---\n<!-- checked by jo.bloggs@example.gov.uk -->\n${reply('Reference FOI-2024-0317, dated 01/02/2024, cost £1,250.')}`;
    assert.deepEqual(found(text), []);
  });

  it('keeps the published letters and the fixtures clean', () => {
    assert.deepEqual(found(example(AI_RECRUITMENT)), []);
    assert.deepEqual(found(example(FACIAL_RECOGNITION)), []);
    for (const name of ['foia-s40-staff-names.md', 'foia-s12-advice.md', 'foia-ncnd-disciplinary.md', 'foia-not-held.md', 'foia-s43-pit-extension.md', 'foia-clarification.md', 'eir-planning-viability.md', 'eir-reg7-highways.md', 'foisa-council-s38.md', 'eisr-not-held.md', 'refusal-contracts.md']) {
      assert.deepEqual(found(draft(name)), [], name);
    }
  });
});
