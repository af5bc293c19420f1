import { lookupGround, type Ground } from '../law/catalogue';
import type { RegimeId } from '../types';
import { allRules } from './registry';

// What a refusal notice relying on a ground must contain (from the catalogue) and which rules check
// it (each refusal rule says which grounds it checks): for hovers, completion details and the CLI.

export interface RefusalRequirements {
  regime: RegimeId;
  label: string;
  subject: string;
  standing: Ground['standing'];
  standingNote?: string;
  publicInterestTest: Ground['publicInterestTest'];
  /** Short lines: what the notice must say. */
  mustContain: readonly string[];
  /** The foi-lint rules that check those items. */
  checkedBy: readonly string[];
  /** Facts about the ground that are not verified (RULES.md tags), to show beside it. */
  caveats: readonly string[];
}

/**
 * The refusal-notice requirements for a ground, or for a citation in a regime ("40(2)", "regulation
 * 12(5)(e)"); undefined when the citation is not a refusal ground there.
 */
export function refusalRequirements(ground: Ground): RefusalRequirements;
export function refusalRequirements(regime: RegimeId, citation: string): RefusalRequirements | undefined;
export function refusalRequirements(a: Ground | RegimeId, citation?: string): RefusalRequirements | undefined {
  const ground = typeof a === 'string' ? lookupGround(a, citation ?? '') : a;
  if (!ground || ground.kind === 'not-a-ground') return undefined;
  return {
    regime: ground.regime,
    label: ground.label,
    subject: ground.subject,
    standing: ground.standing,
    ...(ground.standingNote && { standingNote: ground.standingNote }),
    publicInterestTest: ground.publicInterestTest,
    mustContain: ground.noticeMustContain,
    checkedBy: allRules.filter((r) => r.checksGround?.(ground)).map((r) => r.meta.id),
    caveats: ground.caveats,
  };
}
