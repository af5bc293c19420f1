import { regimeInEffect } from './regime';
import { baseSchema } from './schema/load';
import type { Schema } from './schema/types';
import type { Draft, RegimeId } from './types';

// The rights paragraph must fit the law the reply is answered under. When a draft's regime differs
// from the settings' base (an EIR reply from an authority whose settings extend foia, a FOISA reply
// checked with the default settings), its rights are checked against the built-in base of its own
// regime: the ICO, 40 working days for EIR representations, or the Scottish Information Commissioner
// and the Court of Session.

export function rightsSchemaFor(draft: Draft, schema: Schema): { schema: Schema; regime: RegimeId; ownSettings: boolean } {
  const regime = regimeInEffect(draft, schema).regime;
  if (regime === schema.base) return { schema, regime, ownSettings: true };
  return { schema: baseSchema(regime), regime, ownSettings: false };
}
