// Citations written in a form a reader cannot look up as written: parts not in brackets ("section 43 2",
// "s40 2 b", "36(2)b(ii)"), a bracket left open ("12(5(b)"), or a keyword that is not the statute's
// ("Sec. 36(2)", "Exemption 31"). citations.ts reads the standard forms; this reads the rest, so that a
// rule can say what is wrong and write the standard form. One forward pass with bounded look-ahead.

import type { RegimeId } from '../types';
import { citationKeyword } from './ground';
import { KeywordPattern } from './keyword-search';
import { resolveCitation } from './lookup';

export type LooseProblem = 'spaced' | 'unbracketed' | 'unbalanced' | 'keyword';
export type LooseKind = 'section' | 'regulation' | 'bare';

export interface LooseCitation {
  /** Where the citation starts (its keyword) and its length, in the input. */
  index: number;
  length: number;
  /** Where the number starts. */
  numberIndex: number;
  keyword: string;
  kind: LooseKind;
  plural: boolean;
  /** "43", "2", "b": the number and each part, normalised (section letters upper case, paragraphs lower). */
  parts: string[];
  problems: ReadonlySet<LooseProblem>;
}

const KEYWORD = new KeywordPattern('sections?|sects?|secs?|ss?|regulations?|regs?|exemptions?|exceptions?');
const QUANTITY =
  /^\s*(?:working|calendar|days?|weeks?|months?|years?|hours?|minutes?|per|percent|people|persons|requests?|questions?|items?|pages?|pounds?|%|st|nd|rd|th|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
// After a spaced letter: the end of the citation, not a word ("section 40(2) a number of ...").
// A line break is no end: a wrapped line may go on "a\nnumber of".
const LETTER_END = /^(?:$|[,;:)]|\.(?![A-Za-z])|[ \t\u00a0]+(?:of|and|or|&|applies|apply|which|because|is|are|was|were|to|under|FOIA|EIR|FOISA|EISR|\(|[A-Z]|\d))/;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);

function normalisePart(part: string): string {
  return /^\d/.test(part) ? part.toUpperCase() : part.toLowerCase();
}

export function joinParts(parts: readonly string[]): string {
  return parts[0] + parts.slice(1).map((p) => `(${p})`).join('');
}

/** Every citation in `text` written in a non-standard form (at least one problem), in order. */
export function findLooseCitations(text: string): LooseCitation[] {
  const out: LooseCitation[] = [];
  // Every citation has a number: most paragraphs have none, and the keyword search is slow.
  if (!/[0-9]/.test(text)) return out;
  const re = KEYWORD.search(text);
  for (let m = re.next(); m; m = re.next()) {
    const found = readAt(text, m.index, m[1]);
    if (!found) continue;
    out.push(found);
    re.lastIndex = Math.max(re.lastIndex, found.index + found.length);
  }
  return out;
}

function readAt(text: string, index: number, keyword: string): LooseCitation | undefined {
  const word = keyword.toLowerCase();
  const problems = new Set<LooseProblem>();
  const kind: LooseKind = word.startsWith('reg') ? 'regulation' : word.startsWith('exe') || word.startsWith('exc') ? 'bare' : 'section';
  if (kind === 'bare' || /^secs?$|^sects?$/.test(word)) problems.add('keyword');
  let p = index + keyword.length;
  if (text[p] === '.') p++;
  let spaces = 0;
  while ((text[p] === ' ' || text[p] === '\u00a0' || text[p] === '\t') && spaces < 3) {
    p++;
    spaces++;
  }
  if (!isDigit(text[p])) return undefined;
  const numberIndex = p;
  const start = p;
  while (isDigit(text[p]) && p - start < 4) p++;
  if (p - start > 3) return undefined;
  let head = String(Number(text.slice(start, p)));
  if (/[A-Z]/.test(text[p] ?? '') && !isWordChar(text[p + 1])) head += text[p++];
  if (isWordChar(text[p])) return undefined;
  if (text[p] === '.' && isDigit(text[p + 1])) return undefined;
  const parts = [head];
  for (let i = 0; i < 6; i++) {
    let q = p;
    // "(2)", " (2)", and an unclosed "(5(b)".
    if (text[q] === '(' || (text[q] === ' ' && text[q + 1] === '(')) {
      if (text[q] === ' ') q++;
      let r = q + 1;
      while (r - q <= 4 && /[0-9A-Za-z]/.test(text[r] ?? '')) r++;
      const inner = text.slice(q + 1, r);
      if (!inner || !/^(?:\d{1,3}[A-Za-z]{0,2}|[A-Za-z]{1,4})$/.test(inner)) break;
      if (text[r] === ')') {
        parts.push(normalisePart(inner));
        p = r + 1;
        continue;
      }
      if (text[r] === '(') {
        parts.push(normalisePart(inner));
        problems.add('unbalanced');
        p = r;
        continue;
      }
      break;
    }
    // A paragraph letter straight after a bracket: "36(2)b", "(2)b(ii)".
    if (parts.length >= 2 && /[a-z]/.test(text[q] ?? '') && text[q - 1] === ')') {
      let r = q;
      while (r - q < 4 && /[a-z]/.test(text[r] ?? '')) r++;
      const token = text.slice(q, r);
      if (isWordChar(text[r]) || !(token.length === 1 || /^[ivx]+$/.test(token))) break;
      parts.push(token);
      problems.add('unbracketed');
      p = r;
      continue;
    }
    // Spaced parts: "43 2", "40 2 b", "40(2) b".
    if (text[q] === ' ' || text[q] === '\u00a0') {
      const r0 = q + 1;
      if (isDigit(text[r0]) && parts.length === 1) {
        let r = r0;
        while (isDigit(text[r]) && r - r0 < 3) r++;
        if (r - r0 > 2) break;
        if (/[A-Z]/.test(text[r] ?? '') && !isWordChar(text[r + 1])) r++;
        if (isWordChar(text[r]) || (text[r] === '.' && isDigit(text[r + 1])) || QUANTITY.test(text.slice(r, r + 12))) break;
        parts.push(normalisePart(text.slice(r0, r)));
        problems.add('spaced');
        p = r;
        continue;
      }
      if (/[a-z]/.test(text[r0] ?? '') && parts.length >= 2) {
        let r = r0;
        while (r - r0 < 4 && /[a-z]/.test(text[r] ?? '')) r++;
        const token = text.slice(r0, r);
        if (isWordChar(text[r]) || !(token.length === 1 || /^[ivx]+$/.test(token))) break;
        if (!LETTER_END.test(text.slice(r, r + 12))) break;
        parts.push(token);
        problems.add('spaced');
        p = r;
        continue;
      }
    }
    break;
  }
  if (problems.size === 0) return undefined;
  return { index, length: p - index, numberIndex, keyword, kind, plural: /s$/i.test(word) && word !== 's', parts, problems };
}

const OTHER_FAMILY: Record<RegimeId, RegimeId> = { foia: 'eir', eir: 'foia', foisa: 'eisr', eisr: 'foisa' };

/** The regime whose catalogue a loose citation is looked up in, as citations.ts does for standard ones. */
export function looseRegime(c: LooseCitation, regime: RegimeId): RegimeId {
  if (c.kind === 'bare') return regime;
  return c.kind === citationKeyword(regime) ? regime : OTHER_FAMILY[regime];
}

/** A loose citation the catalogue confirms: its section is a ground or provision, and any spaced number is a known subsection. */
export function confirmedLoose(c: LooseCitation, regime: RegimeId): { canonical: string; label: string } | undefined {
  const catalogue = looseRegime(c, regime);
  const canonical = joinParts(c.parts);
  const resolved = resolveCitation(catalogue, canonical);
  const found = resolved.ground ?? resolved.provision;
  if (!found || found.citation.replace(/\(.*$/, '') !== c.parts[0]) return undefined;
  if (resolved.ground?.kind === 'not-a-ground' && !resolved.provision) return undefined;
  // "Exemption 1" in a numbered list is not section 1: a bare number must be a ground.
  if (c.kind === 'bare' && (!resolved.ground || resolved.ground.kind === 'not-a-ground')) return undefined;
  // "section 43 2" is read as 43(2) only when 43(2) exists; a stray number after a section is not a part.
  if (c.problems.has('spaced') && /^\d/.test(c.parts[1] ?? '') && found.citation.split('(').length < 2) return undefined;
  const word = citationKeyword(catalogue);
  const keyword = c.plural ? `${word}s` : word;
  return { canonical, label: `${/^[A-Z]/.test(c.keyword) ? keyword.charAt(0).toUpperCase() + keyword.slice(1) : keyword} ${canonical}` };
}

