import * as assert from 'node:assert/strict';
import { rightsSettingsFor } from '../../../server/src/engine/analysis/rights';
import { baseSchema } from '../../../server/src/engine/schema/load';

// Which settings the rights paragraph is checked against.
describe('analysis: rights', () => {
  it("uses the authority's own settings when the draft's regime is theirs", () => {
    const own = baseSchema('foia');
    assert.deepEqual(rightsSettingsFor(own, 'foia'), { schema: own, regime: 'foia', ownSettings: true });
  });

  it("uses the built-in base of the draft's regime otherwise", () => {
    const r = rightsSettingsFor(baseSchema('foia'), 'foisa');
    assert.equal(r.schema, baseSchema('foisa'));
    assert.equal(r.ownSettings, false);
  });
});
