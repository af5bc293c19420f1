import type { ReplyView } from './reply';
import type { Schema } from '../schema/types';
import type { Draft, Range, RegimeId } from '../types';

// Which law a draft is answered under. In order: the front matter's `regime:`; the letter's regime
// statement ("We have processed this request under ..."); the first Act or Regulations the authority's
// own words name (a Scottish one before any other); a Scottish authority (FOISA, or the EISR when the settings are environmental); the
// settings' base. Deadlines, the catalogue of grounds and the rights paragraph all follow it.

export type RegimeSource = 'front-matter' | 'statement' | 'letter' | 'scottish-authority' | 'schema';

export interface RegimeInEffect {
  regime: RegimeId;
  source: RegimeSource;
  /** Where the front matter or the letter names the regime. */
  range?: Range;
  /** Evidence that the authority is a Scottish public authority. */
  scottish?: { reason: string; range: Range; by: 'postcode' | 'commissioner' };
  /** Every regime the authority's own words name (not the quoted request), with its first mention. */
  named: ReadonlyMap<RegimeId, Range>;
  /** The regimes the regime statement names: two for a reply handled partly under each. */
  stated: ReadonlySet<RegimeId>;
}

export const REGIME_NAMES: Record<RegimeId, string> = {
  foia: 'the Freedom of Information Act 2000',
  eir: 'the Environmental Information Regulations 2004',
  foisa: 'the Freedom of Information (Scotland) Act 2002',
  eisr: 'the Environmental Information (Scotland) Regulations 2004',
};

export const isScottish = (regime: RegimeId): boolean => regime === 'foisa' || regime === 'eisr';
export const isEnvironmental = (regime: RegimeId): boolean => regime === 'eir' || regime === 'eisr';

// One alternation, so the reply is read once. Groups: 1 EISR, 2 FOISA, 3 EIR, 4 FOIA. The acronyms
// are matched in capitals only ("eir" is a word in other languages; "foia" is not, but keep it alike).
const ACT_NAMES =
  /(Environmental Information \(Scotland\) Regulations|\bEISR\b|\bEI\(S\)Rs?\b)|(Freedom of Information \(Scotland\) Act|\bFOISA\b|\bFOI\(S\)A\b)|(Environmental Information Regulations|\bEIRs?\b)|(Freedom of Information Act|\bFOIA\b)/g;
const GROUP_REGIME: RegimeId[] = ['eisr', 'foisa', 'eir', 'foia'];

// Postcode areas wholly or mostly in Scotland. TD12 and TD15 straddle the border (Berwick-upon-Tweed is
// in England), so they are left out; a UK-wide body based in Scotland answers under FOIA and should say
// so in front matter (`regime: foia`).
const SCOTTISH_POSTCODE = /\b(AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)(\d{1,2})[A-Z]? ?\d[ABD-HJLNP-UW-Z]{2}\b/;
const ANY_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/;
const SIC = /Scottish Information Commissioner/i;


/** The regime in effect for a draft under the given settings, from the authority's own words. */
export function decideRegime(draft: Draft, schema: Schema, view: ReplyView): RegimeInEffect {
  const named = new Map<RegimeId, Range>();
  let sicRange: Range | undefined;
  for (const b of view.blocks) {
    if (!sicRange && SIC.test(b.text)) sicRange = b.range;
    ACT_NAMES.lastIndex = 0;
    for (let m = ACT_NAMES.exec(b.text); m; m = ACT_NAMES.exec(b.text)) {
      const regime = GROUP_REGIME[m.slice(1, 5).findIndex((g) => g !== undefined)];
      if (!named.has(regime)) named.set(regime, b.range);
    }
  }
  const scottish =
    scottishEvidence(draft) ?? (sicRange && { reason: 'the letter names the Scottish Information Commissioner', range: sicRange, by: 'commissioner' as const });
  const stated = new Set<RegimeId>();
  const statement = draft.sections.find((s) => s.id === 'regime');
  if (statement) {
    ACT_NAMES.lastIndex = 0;
    for (let m = ACT_NAMES.exec(statement.anchor.text); m; m = ACT_NAMES.exec(statement.anchor.text)) {
      stated.add(GROUP_REGIME[m.slice(1, 5).findIndex((g) => g !== undefined)]);
    }
  }
  const base = { named, stated, ...(scottish && { scottish }) };

  const declared = draft.meta.regime;
  const switched = declared?.source === 'text' && !isEnvironmental(declared.value) ? environmentalSwitch(view.blocks) : undefined;
  if (switched) return { regime: switched.regime, source: 'statement', range: switched.range, ...base };
  if (declared) {
    return { regime: declared.value, source: declared.source === 'front-matter' ? 'front-matter' : 'statement', range: declared.range, ...base };
  }
  // A Scottish law named anywhere outranks the UK law named first: a Scottish authority's reply may
  // repeat a requester's "Freedom of Information Act 2000"; an English one has no cause to cite the FOISA.
  const scottishNamed = [...named.entries()].find(([regime]) => isScottish(regime));
  const first = scottishNamed ?? [...named.entries()][0];
  if (first) return { regime: first[0], source: 'letter', range: first[1], ...base };
  if (scottish) return { regime: isEnvironmental(schema.base) ? 'eisr' : 'foisa', source: 'scottish-authority', range: scottish.range, ...base };
  return { regime: schema.base, source: 'schema', ...base };
}

/** Words that move a request to the environmental regime: "as opposed to", "the relevant regime is". */
const SWITCH = /\b(?:as opposed to|rather than|instead of|relevant (?:regime|legislation) is|now consider|falls? (?:to be (?:considered|dealt with|handled) )?under)\b/i;

/**
 * "Although initially your request was dealt with under the Freedom of Information Act, ... we now
 * consider the relevant regime is the Environmental Information Regulations": a sentence of the reply
 * that moves the request to the EIR (or EISR) overrides a statement naming the Act.
 */
function environmentalSwitch(blocks: ReplyView['blocks']): { regime: RegimeId; range: Range } | undefined {
  for (const b of blocks) {
    if (!SWITCH.test(b.text)) continue;
    for (const sentence of b.text.split(/(?<=[.!?])\s+/)) {
      if (!SWITCH.test(sentence)) continue;
      ACT_NAMES.lastIndex = 0;
      for (let m = ACT_NAMES.exec(sentence); m; m = ACT_NAMES.exec(sentence)) {
        const regime = GROUP_REGIME[m.slice(1, 5).findIndex((g) => g !== undefined)];
        // The regime the sentence moves to comes before "as opposed to ..." or after "relevant regime is".
        const opposed = /\b(?:as opposed to|rather than|instead of)\b/i.exec(sentence);
        if (isEnvironmental(regime) && !(opposed && m.index > opposed.index)) return { regime, range: b.range };
      }
    }
  }
  return undefined;
}

/** The first postcode in the letter's header (the authority's address), if it is a Scottish one. */
function scottishEvidence(draft: Draft): RegimeInEffect['scottish'] {
  const from = draft.frontMatter ? draft.frontMatter.endLine + 1 : 0;
  const ack = draft.request ? draft.blocks[draft.request.start - 1] : undefined;
  const to = Math.min(draft.lines.length, ack ? ack.startLine : from + 15);
  for (let line = from; line < to; line++) {
    const text = draft.lines[line];
    if (!/\d/.test(text)) continue;
    const any = ANY_POSTCODE.exec(text);
    if (!any) continue;
    const m = SCOTTISH_POSTCODE.exec(text);
    if (!m || m.index !== any.index) return undefined;
    if (m[1] === 'TD' && (m[2] === '12' || m[2] === '15')) return undefined;
    return {
      reason: `the authority's address has a Scottish postcode (${m[0]})`,
      by: 'postcode',
      range: { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } },
    };
  }
  return undefined;
}
