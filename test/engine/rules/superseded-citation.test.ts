import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { draft, edit, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'superseded-citation');
const NCND = draft('foia-ncnd-disciplinary.md');
// A35, a school's reply from before the Data Protection Act 2018.
const A35 = 'these records are exempt from disclosure under section 40 (2) and (3) (a) (i) of the Freedom of Information Act 2000, because they are the personal data of the appellants.';
const dated = (sent: string | undefined, response: string) => {
  const text = letter({ received: '3 March 2025', sent: sent ?? '20 March 2025', act: 'the Freedom of Information Act 2000', response });
  return sent === undefined ? text.replace('20 March 2025\n', '') : text;
};

describe('rule: superseded-citation', () => {
  it('reports section 40(5)(b) in a letter dated after 25 May 2018 as an error, with a fix to 40(5B)', () => {
    const text = edit(NCND, 'section 40(5B)', 'section 40(5)(b)');
    const [f] = found(text);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /Section 40\(5\)\(b\) no longer exists: since 25 May 2018 \(Data Protection Act 2018, Schedule 19\) neither confirm nor deny for other people’s personal data is section 40\(5B\)/);
    const fixed = applyEdits(text, f.fix!.edits).text;
    assert.equal(fixed, NCND);
    assert.equal(found(dated('20 March 2025', 'We can neither confirm nor deny holding it, under section 40(5)(a) of the Act, as it would be your own personal data.'))[0].fix!.edits[0].newText, '40(5A)');
  });

  it('reports the old first condition (A35), suggesting 40(3A)(a) without writing it; a warning when the letter has no date', () => {
    const text = dated(undefined, `We hold the reasons, but ${A35}`);
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Section 40\(3\)\(a\)\(i\) no longer exists: .* is section 40\(3A\)\(a\)\. Cite the current provision \(unless this letter predates the change\)/);
    assert.equal(f.fix, undefined);
    const fixed = applyEdits(text, f.suggestions![0].edits).text;
    assert.match(fixed, /under section 40 \(2\) and \(3A\)\(a\) of the Freedom/);
    assert.deepEqual(found(fixed), []);
  });

  it('accepts the old numbers in a letter dated before 25 May 2018, the current ones, and other Acts', () => {
    assert.deepEqual(found(dated('14 March 2016', `We hold the reasons, but ${A35}`)), []);
    assert.deepEqual(found(NCND), []);
    assert.deepEqual(found(dated('20 March 2025', 'The names are exempt under section 40(2), by virtue of section 40(3A)(a), because disclosure would breach the data protection principles.')), []);
    assert.deepEqual(found(dated('20 March 2025', 'The council processes your data under section 40(3)(a) of the Data Protection Act 1998 as it stood.')), []);
  });
});
