// Look-up in the catalogue of refusal grounds: by citation, by prefix (completion), and the provisions
// that are cited but are not grounds. catalogue.ts is the public face of this and citations.ts.

import type { RegimeId } from '../types';
import { eirGrounds } from './eir-grounds';
import { eisrGrounds } from './eisr-grounds';
import { foiaGrounds } from './foia-grounds';
import { foisaGrounds } from './foisa-grounds';
import { citationKeyword, type Ground, type Provision } from './ground';
import { provisions } from './provisions';

const KEYWORD = /^\s*(?:sections?|ss?|regulations?|regs?)\s*\.?\s*/i;
const CITATION = /^(\d{1,3})([A-Za-z]?)((?:\([0-9A-Za-z]{1,4}\)){0,6})$/;
const COMPONENT = /\(([0-9A-Za-z]{1,4})\)/g;

/** Split a normalised citation into its number and parenthesised parts: "40(3A)(a)" -> ["40", "3A", "a"]. */
export function citationParts(citation: string): string[] {
  const open = citation.indexOf('(');
  const head = open < 0 ? citation : citation.slice(0, open);
  const parts = [head];
  if (open >= 0) for (const m of citation.slice(open).matchAll(COMPONENT)) parts.push(m[1]);
  return parts;
}

/**
 * Canonical form of a citation: keyword and spaces removed, section letters upper case ("22A",
 * "40(5B)"), paragraph letters lower case ("12(4)(b)"). Undefined if it is not a citation.
 */
export function normaliseCitation(text: string): string | undefined {
  const bare = text.replace(KEYWORD, '').replace(/\s+/g, '');
  const m = CITATION.exec(bare);
  if (!m) return undefined;
  let out = `${Number(m[1])}${m[2].toUpperCase()}`;
  for (const c of m[3].matchAll(COMPONENT)) {
    const part = c[1];
    out += /^\d/.test(part) ? `(${part.toUpperCase()})` : `(${part.toLowerCase()})`;
  }
  return out;
}

/** Orders citations as the legislation does: 14 < 14(1) < 21 < 22 < 22A < 40 < 40(1) < 40(5A). */
export function compareCitations(a: string, b: string): number {
  const pa = citationParts(a);
  const pb = citationParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const na = parseInt(pa[i], 10);
    const nb = parseInt(pb[i], 10);
    if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
    if (pa[i] !== pb[i]) {
      if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
      // Letters sort alphabetically ("a" < "aa" < "ab" < "b"); a bare number before its lettered
      // sibling ("22" < "22A").
      if (Number.isNaN(na)) return pa[i] < pb[i] ? -1 : 1;
      return pa[i].length - pb[i].length || (pa[i] < pb[i] ? -1 : 1);
    }
  }
  return pa.length - pb.length;
}

function sorted(grounds: readonly Ground[]): readonly Ground[] {
  return [...grounds].sort((a, b) => compareCitations(a.citation, b.citation));
}

const catalogue: Record<RegimeId, readonly Ground[]> = {
  foia: sorted(foiaGrounds),
  eir: sorted(eirGrounds),
  foisa: sorted(foisaGrounds),
  eisr: sorted(eisrGrounds),
};

const byCitation: Record<RegimeId, ReadonlyMap<string, Ground>> = {
  foia: new Map(catalogue.foia.map((g) => [g.citation, g])),
  eir: new Map(catalogue.eir.map((g) => [g.citation, g])),
  foisa: new Map(catalogue.foisa.map((g) => [g.citation, g])),
  eisr: new Map(catalogue.eisr.map((g) => [g.citation, g])),
};

const provisionByCitation: Record<RegimeId, ReadonlyMap<string, Provision>> = {
  foia: new Map(provisions.foia.map((p) => [p.citation, p])),
  eir: new Map(provisions.eir.map((p) => [p.citation, p])),
  foisa: new Map(provisions.foisa.map((p) => [p.citation, p])),
  eisr: new Map(provisions.eisr.map((p) => [p.citation, p])),
};

/** Every ground in the regime's catalogue, in legislative order. */
export function allGrounds(regime: RegimeId): readonly Ground[] {
  return catalogue[regime];
}

export interface ResolvedCitation {
  /** The most specific catalogued ground the citation falls under. */
  ground?: Ground;
  /** A known provision that is not a refusal ground (only when there is no ground). */
  provision?: Provision;
  /** True when the ground or provision found has exactly the cited number (not a parent of it). */
  exact: boolean;
}

/**
 * Resolve a citation against the regime's catalogue: the exact entry, or else the nearest parent
 * ("31(1)(a)" -> s.31; "40(3A)(a)" -> s.40). Grounds win over provisions.
 */
export function resolveCitation(regime: RegimeId, citation: string): ResolvedCitation {
  const normal = normaliseCitation(citation);
  if (!normal) return { exact: false };
  const parts = citationParts(normal);
  for (let n = parts.length; n >= 1; n--) {
    const key = parts[0] + parts.slice(1, n).map((p) => `(${p})`).join('');
    const ground = byCitation[regime].get(key);
    if (ground) return { ground, exact: n === parts.length };
  }
  for (let n = parts.length; n >= 1; n--) {
    const key = parts[0] + parts.slice(1, n).map((p) => `(${p})`).join('');
    const provision = provisionByCitation[regime].get(key);
    if (provision) return { provision, exact: n === parts.length };
  }
  return { exact: false };
}

/**
 * The ground for a citation such as "40(2)", "s.43", "12(4)(b)" or "regulation 13": the exact entry
 * or its nearest catalogued parent; undefined when the number is not a refusal ground in the regime.
 * Pass { exact: true } to refuse parents.
 */
export function lookupGround(regime: RegimeId, citation: string, opts: { exact?: boolean } = {}): Ground | undefined {
  const resolved = resolveCitation(regime, citation);
  if (!resolved.ground || (opts.exact && !resolved.exact)) return undefined;
  return resolved.ground;
}

/**
 * Grounds whose citation starts with what the officer has typed, for completion: "section 4" ->
 * 40, 40(1), 40(2), 41, 42, 43, 43(1), 43(2), 44. A leading keyword must suit the regime ("section"
 * for FOIA/FOISA, "regulation" for EIR/EISR), otherwise nothing matches. Non-grounds (FOIA s.25) are left out.
 */
export function groundsMatchingPrefix(regime: RegimeId, prefix: string): readonly Ground[] {
  const keyword = /^\s*(sections?|ss?|regulations?|regs?)\b\s*\.?/i.exec(prefix);
  if (keyword) {
    const isSection = /^s/i.test(keyword[1]);
    if (isSection !== (citationKeyword(regime) === 'section')) return [];
  }
  const typed = prefix
    .slice(keyword ? keyword[0].length : 0)
    .replace(/\s+/g, '')
    .toLowerCase();
  if (!/^[0-9a-z()]*$/.test(typed)) return [];
  return catalogue[regime].filter((g) => g.kind !== 'not-a-ground' && g.citation.toLowerCase().startsWith(typed));
}

/** The catalogue's provisions that are not grounds (for hovers on "section 50" and the like). */
export function allProvisions(regime: RegimeId): readonly Provision[] {
  return provisions[regime];
}
