import * as assert from 'node:assert/strict';
import { citationParts, compareCitations, groundsMatchingPrefix, lookupGround, normaliseCitation, resolveCitation } from '../../../server/src/engine/law/lookup';

// Looking citations up in the catalogue: canonical forms, legislative order, nearest parent.
describe('law lookup', () => {
  it('normalises citations and splits them into parts', () => {
    assert.equal(normaliseCitation('section 40 (2)'), '40(2)');
    assert.equal(normaliseCitation('s.22a'), '22A');
    assert.equal(normaliseCitation('regulation 12(4)(B)'), '12(4)(b)');
    assert.equal(normaliseCitation('the Act'), undefined);
    assert.deepEqual(citationParts('40(3A)(a)'), ['40', '3A', 'a']);
  });

  it('orders citations as the legislation does', () => {
    const order = ['14', '14(1)', '21', '22', '22A', '40', '40(1)', '40(5A)'];
    assert.deepEqual([...order].reverse().sort(compareCitations), order);
  });

  it('resolves to the exact ground, else its nearest catalogued parent, else a provision', () => {
    assert.equal(resolveCitation('foia', '31(1)(a)').ground?.citation, '31');
    assert.equal(resolveCitation('foia', '31(1)(a)').exact, false);
    assert.equal(lookupGround('foia', '31(1)(a)', { exact: true }), undefined);
    const s50 = resolveCitation('foia', '50');
    assert.equal(s50.ground, undefined);
    assert.match(String(s50.provision?.title), /Information Commissioner/);
    assert.equal(lookupGround('eir', '12(5)(e)')?.regime, 'eir');
  });

  it('completes from a prefix, grounds only', () => {
    const labels = groundsMatchingPrefix('foia', '4').map((g) => g.citation);
    assert.ok(labels.includes('40(2)') && labels.includes('43(2)') && !labels.includes('21'), labels.join(', '));
  });
});
