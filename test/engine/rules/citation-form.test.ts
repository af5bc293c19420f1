import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { findLooseCitations } from '../../../server/src/engine/law/catalogue';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'citation-form');
const EIR = 'the Environmental Information Regulations 2004';
const reply = (response: string, act = 'the Freedom of Information Act 2000') => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });
const WHY = ' because disclosure would be likely to prejudice the contractor’s commercial interests, and the public interest in withholding it outweighs that in disclosure.';

/** The finding's text in the draft, and the draft with its fix applied. */
function written(text: string, f: { range: { start: { line: number; character: number }; end: { character: number } } }): string {
  return text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);
}

describe('rule: citation-form', () => {
  it('rewrites a bracket left open (A15: "Regulation 12(5(b)"), and refusal-ground-unspecified leaves the paragraph alone', () => {
    const text = reply('The Council considers that the Quarterly Planning Enforcement report is exempt from disclosure under Regulation 12(5(b) of the Environmental Information Regulations.' + WHY, EIR);
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.equal(written(text, f), 'Regulation 12(5(b)');
    assert.match(f.message, /Write “Regulation 12\(5\(b\)” as “Regulation 12\(5\)\(b\)”: a bracket is left open/);
    const fixed = applyEdits(text, f.fix!.edits).text;
    assert.match(fixed, /under Regulation 12\(5\)\(b\) of the/);
    assert.deepEqual(found(fixed), []);
    assert.deepEqual(ofRule(run(text), 'refusal-ground-unspecified'), []);
  });

  it('rewrites parts not in brackets: "section 43 2", "s40 2 b", "Sec. 36(2)b(ii)"', () => {
    const cases: [string, string][] = [
      ['We are withholding the rates under section 43 2 of the Act', 'section 43(2)'],
      ['We are withholding the names under s40 2 of the Act', 'section 40(2)'],
      ['We are withholding the minutes under Sec. 36(2)b(ii) of the Act', 'Section 36(2)(b)(ii)'],
    ];
    for (const [sentence, canonical] of cases) {
      const text = reply(sentence + WHY);
      const [f] = found(text);
      assert.ok(f, sentence);
      assert.equal(f.severity, 'warning', sentence);
      assert.equal(f.fix!.edits[0].newText, canonical);
      assert.deepEqual(found(applyEdits(text, f.fix!.edits).text), [], sentence);
    }
    // The number read before the loose part is not reported as a section of several exemptions.
    assert.deepEqual(ofRule(run(reply(cases[0][0] + WHY)), 'refusal-ground-unspecified'), []);
  });

  it('notes a keyword that is not the statute’s: "Exemption 31", "Sect 40(2)"', () => {
    const text = reply('Exemption 31 applies to the CCTV locations because disclosure would be likely to prejudice the prevention of crime.');
    const [f] = found(text);
    assert.equal(f.severity, 'info');
    assert.equal(written(text, f), 'Exemption 31');
    assert.equal(f.fix!.edits[0].newText, 'Section 31');
    assert.match(f.message, /the exemption is cited by its section number, not as “Exemption 31” \(FOIA section 17\(1\)\(b\): the exemption must be specified\)/);
    assert.equal(found(reply('The names are withheld under Sect 40(2) because they are personal data.'))[0].fix!.edits[0].newText, 'Section 40(2)');
  });

  it('leaves standard forms, house styles and things that are not citations alone (A35, A38)', () => {
    for (const response of [
      // A38 and A35 put a space before each bracket: a house style, not a malformed citation.
      'Section 14 (1) of the FOI Act provides that a public authority need not comply with a vexatious request.',
      'These records are exempt from disclosure under section 40 (2) and (3A) (a) of the Freedom of Information Act 2000.',
      'We rely on sections 21 and 22 of the Act.',
      'We will reply within 20 working days; section 10 gives 20 working days.',
      'The cost would exceed the limit in section 12 2 hours after we start.',
      'Section 40(2) a number of times has been applied.',
      'Section 40(2) i.e. personal data applies to the names.',
      'We withhold the names under section 40(2) a\nnumber of times a year.',
      'Section 99 3 of the Act does not exist.',
      'Please see section 4 2 of our policy.',
      'Exemption 1 – section 40(2) – applies to the names.',
      'Names are withheld under section 40(2)e\u0301 as written by a broken converter.',
      'The request was received under section 31 1 January 2025 rules.',
    ]) {
      assert.deepEqual(found(reply(response)), [], response);
    }
    // Only what the authority wrote: the requester's own words are theirs.
    assert.deepEqual(found(letter({ received: '3 March 2025', sent: '20 March 2025', act: 'the Freedom of Information Act 2000', response: 'The council employed 1,204 staff.' }).replace('The number of staff employed by the council on 31 March.', 'Anything withheld under section 43 2.')), []);
  });

  it('reads loose citations in one pass, part by part', () => {
    const [c] = findLooseCitations('under s40 2 b of the Act');
    assert.deepEqual(c.parts, ['40', '2', 'b']);
    assert.deepEqual([...c.problems], ['spaced']);
    assert.deepEqual(findLooseCitations('section 40(2) and regulation 12(5)(e)'), []);
  });
});
