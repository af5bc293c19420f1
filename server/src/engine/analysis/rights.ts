import { baseSchema } from '../schema/load';
import type { Schema } from '../schema/types';
import type { RegimeId } from '../types';

// The rights paragraph must fit the law the reply is answered under. When a draft's regime differs
// from the settings' base (an EIR reply from an authority whose settings extend foia, a FOISA reply
// checked with the default settings), its rights are checked against the built-in base of its own
// regime: the ICO, 40 working days for EIR representations, or the Scottish Information Commissioner
// and the Court of Session.

export interface RightsSettings {
  /** The settings whose rights section applies: the authority's own, or the base of the draft's regime. */
  schema: Schema;
  regime: RegimeId;
  ownSettings: boolean;
}

export function rightsSettingsFor(schema: Schema, regime: RegimeId): RightsSettings {
  if (regime === schema.base) return { schema, regime, ownSettings: true };
  return { schema: baseSchema(regime), regime, ownSettings: false };
}
