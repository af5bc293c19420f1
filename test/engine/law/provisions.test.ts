import * as assert from 'node:assert/strict';
import { lookupGround } from '../../../server/src/engine/law/lookup';
import { provisions } from '../../../server/src/engine/law/provisions';

// Provisions replies cite that are not refusal grounds: labelled, and never also a ground.
describe('law provisions', () => {
  it('labels each by its regime and is never a refusal ground there', () => {
    for (const regime of ['foia', 'eir', 'foisa', 'eisr'] as const) {
      assert.ok(provisions[regime].length > 0, regime);
      for (const p of provisions[regime]) {
        assert.match(p.label, regime === 'foia' || regime === 'foisa' ? /^section / : /^regulation /);
        assert.equal(lookupGround(regime, p.citation, { exact: true }), undefined, `${regime} ${p.citation}`);
      }
    }
  });
});
