import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, draft, edit, example, lineOf, ofRule, run } from '../drafts';
import { letter, settings } from '../letters';

const found = (text: string, schema?: Parameters<typeof run>[1]) => ofRule(run(text, schema), 'wrong-regime');
const FOISA_LETTER = draft('foisa-council-s38.md');
const reply = (response: string, act: string) => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });

describe('rule: wrong-regime', () => {
  it('reports a Scottish council answering under FOIA, on the regime statement', () => {
    const text = edit(FOISA_LETTER, 'We have processed this request under the Freedom of Information (Scotland) Act 2002.', 'We have processed this request under the Freedom of Information Act 2000.');
    const f = found(text).find((x) => /Scottish public authority/.test(x.message))!;
    assert.equal(f.severity, 'error');
    assert.equal(f.range.start.line + 1, lineOf(text, 'We have processed this request'));
    assert.match(f.message, /Scottish postcode \(PH1 5LX\).*answered under the Freedom of Information Act 2000.*“regime: foia” in the front matter/);
    // A UK-wide body based in Scotland says so in front matter.
    const ukWide = found(`---\nregime: foia\n---\n${text}`);
    assert.ok(!ukWide.some((x) => /Scottish public authority/.test(x.message)));
    // Settings for a Scottish authority say the same without a postcode.
    const fromSettings = found(reply('The council employed 1,204 staff.', 'the Freedom of Information Act 2000'), settings('extends: foisa\n'));
    assert.match(fromSettings[0].message, /these settings extend foisa/);
  });

  it("does not report the requester's \"I would like to request under the Freedom of Information Act\", nor the EISR misnamed", () => {
    const asks = reply('I would like to request under the Freedom of Information Act data I believe to be held by your authority. The council holds no such data.', 'the Freedom of Information (Scotland) Act 2002');
    assert.deepEqual(found(asks).filter((f) => /does not apply to a Scottish/.test(f.message)), []);
    const misnamed = reply('Your request will be processed under the Environmental Information Regulations (Scotland) 2004.', 'the Freedom of Information (Scotland) Act 2002');
    assert.deepEqual(found(misnamed).filter((f) => /does not apply to a Scottish/.test(f.message)), []);
  });

  it('does not report FOISA section 39(2), which hands environmental information to the EISR', () => {
    const text = reply(
      'We have applied the exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002, as the information is environmental, and dealt with your request under the Environmental Information (Scotland) Regulations 2004.',
      'the Environmental Information (Scotland) Regulations 2004',
    );
    assert.deepEqual(found(text).filter((f) => /39/.test(f.message)), []);
  });

  it('does not report the Act the requester names in the paragraph the request list hangs from', () => {
    const text =
      'FOI Request - Potholes\nRequest 101002428998\nUnder the Freedom of Information Act 2000 can you provide me with the following information:\n' +
      '1) The number of potholes reported to the council\n2) The number of potholes repaired\nResponse 09-04-2020\n' +
      'The information requested in questions 1 to 2 is available elsewhere. Therefore, this information is exempt under Section 25 of the Freedom of Information (Scotland) Act 2002.\n';
    assert.deepEqual(found(text), []);
  });

  it('reports the ICO and FOIA in a Scottish reply, but not in its direct-marketing notice', () => {
    const text = edit(
      FOISA_LETTER,
      'you can apply to the Scottish Information Commissioner for a decision under section 47 of the Act, within six months: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS (telephone 01334 464610; website www.foi.scot).',
      "you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, under the Freedom of Information Act 2000.",
    );
    const list = found(text);
    const ico = list.find((x) => /UK Information Commissioner/.test(x.message))!;
    assert.equal(ico.severity, 'error');
    const line = text.split('\n')[ico.range.start.line];
    assert.equal(line.slice(ico.range.start.character, ico.range.end.character), "Information Commissioner's Office");
    assert.ok(list.some((x) => /Freedom of Information Act 2000 does not apply to a Scottish public authority/.test(x.message)));
    const dm = edit(FOISA_LETTER, 'Privacy and Electronic Communications Regulations 2003 (PECR).', 'Privacy and Electronic Communications Regulations 2003 (PECR), which the ICO regulates (ico.org.uk).');
    assert.deepEqual(found(dm), []);
    const dataProtection = edit(
      FOISA_LETTER,
      '## Advice and Assistance: Direct Marketing',
      'If you have concerns about how we handle your personal data, you can contact the ICO at ico.org.uk.\n\n## Advice and Assistance: Direct Marketing',
    );
    assert.deepEqual(found(dataProtection), []);
  });

  it('reports FOIA section numbers in a FOISA reply, with the FOISA number', () => {
    const [f] = found(edit(FOISA_LETTER, 'under section 38(1)(b) of the Freedom of Information (Scotland) Act', 'under section 40(2) of the Freedom of Information (Scotland) Act'));
    assert.match(f.message, /“section 40\(2\)” is the FOIA number for third-party personal data.*Under FOISA, cite section 38\(1\)\(b\)/);
    const [g] = found(edit(FOISA_LETTER, 'under section 38(1)(b) of the Freedom of Information (Scotland) Act', 'under section 40 of the Freedom of Information (Scotland) Act'));
    assert.match(g.message, /“section 40” is the FOIA number for personal information; in FOISA section 40 is “audit functions”/);
  });

  it('reports "section 12" and FOIA exemptions in an EIR reply, unless it is handled under both', () => {
    const eir = 'the Environmental Information Regulations 2004';
    const [s12] = found(reply('We are not obliged to comply with your request under section 12 of the Freedom of Information Act 2000, because the cost would exceed the appropriate limit.', eir));
    assert.match(s12.message, /The EIR have no cost limit: refuse a burdensome request as manifestly unreasonable under regulation 12\(4\)\(b\)/);
    const [s43] = found(reply('We are withholding the build costs under section 43(2) of the Freedom of Information Act 2000 because disclosure would prejudice the developer.', eir));
    assert.match(s43.message, /Section 43\(2\) is a FOIA exemption: environmental information is refused under the exceptions of the Environmental Information Regulations 2004/);
    assert.deepEqual(found(reply('We are withholding the staff costs under section 43(2) of the Freedom of Information Act 2000 because disclosure would prejudice the contractor.', `${eir} (parts 1 and 2) and the Freedom of Information Act 2000 (part 3)`)), []);
  });

  it('warns about EIR exceptions in a reply handled under FOIA, and Scottish rights in an English reply', () => {
    const [w] = found(reply('We are withholding the build costs under regulation 12(5)(e) because disclosure would adversely affect the developer.', 'the Freedom of Information Act 2000'));
    assert.equal(w.severity, 'warning');
    assert.match(w.message, /Regulation 12\(5\)\(e\) is an exception of the Environmental Information Regulations 2004, but the reply says it was handled under the Freedom of Information Act 2000/);
    const scottishRights = edit(example(AI_RECRUITMENT), 'a right to appeal to the Information Commissioner', 'a right to appeal to the Scottish Information Commissioner');
    const [s] = found(scottishRights);
    assert.match(s.message, /“Scottish Information Commissioner” belongs to the Scottish regime: under FOIA requesters complain to the Information Commissioner/);
  });

  it('accepts the published letters and every regime’s fixture', () => {
    assert.deepEqual(found(example(AI_RECRUITMENT)), []);
    assert.deepEqual(found(example(FACIAL_RECOGNITION)), []);
    for (const name of ['foia-s40-staff-names.md', 'foia-s12-advice.md', 'foia-ncnd-disciplinary.md', 'foia-not-held.md', 'foia-s43-pit-extension.md', 'foia-clarification.md', 'eir-planning-viability.md', 'eir-reg7-highways.md', 'foisa-council-s38.md', 'eisr-not-held.md', 'refusal-contracts.md']) {
      assert.deepEqual(found(draft(name)), [], name);
    }
  });
});
