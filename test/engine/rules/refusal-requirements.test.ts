import * as assert from 'node:assert/strict';
import { lookupGround } from '../../../server/src/engine/law/catalogue';
import { refusalRequirements } from '../../../server/src/engine/rules/refusal-requirements';
import { allRules } from '../../../server/src/engine/rules/registry';

// The per-citation requirements the language server shows: the notice's contents come from the
// catalogue, the rules that check them from each rule's own declaration.

describe('refusal requirements', () => {
  it('lists what a notice must contain, from the catalogue, and the rules that check it', () => {
    const s43 = refusalRequirements('foia', '43(2)')!;
    assert.equal(s43.label, 'section 43(2)');
    assert.equal(s43.publicInterestTest, 'required');
    assert.ok(s43.mustContain.some((l) => /Public interest reasons/.test(l)));
    assert.ok(s43.checkedBy.includes('refusal-no-public-interest-test'));
    const s12 = refusalRequirements('foia', 'section 12')!;
    assert.ok(s12.checkedBy.includes('cost-limit'));
    assert.ok(!s12.checkedBy.includes('refusal-no-public-interest-test'));
    assert.equal(refusalRequirements('eir', '12(5)(e)')!.publicInterestTest, 'required');
    assert.equal(refusalRequirements('foia', '50'), undefined);
  });

  it('names exactly the rules that declare they check the ground', () => {
    const s40 = lookupGround('foia', '40(2)')!;
    const declared = allRules.filter((r) => r.checksGround?.(s40)).map((r) => r.meta.id);
    assert.deepEqual(refusalRequirements(s40).checkedBy, declared);
    assert.ok(declared.includes('refusal-no-reasons'));
    // Section 12 is procedural: no reasons of harm, no public interest test.
    assert.ok(!refusalRequirements('foia', '12')!.checkedBy.includes('refusal-no-reasons'));
  });
});
