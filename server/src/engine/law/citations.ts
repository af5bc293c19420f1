// Finds the refusal grounds a draft cites: "section 40(2)", "s.43(2)", "s 21", "sections 40(2) and
// 43(2)", "section 40(2) and (3A)", "regulation 12(5)(e)", "reg. 13", "exemption under 40(2)" ...
// (RULES.md §9.7). It runs on every keystroke in the language server, so it is one forward pass: a
// simple keyword regex finds where a citation may start, and a hand-written parser reads the numbers
// after it without backtracking. Every look-ahead is bounded.

import type { RegimeId } from '../types';
import { resolveCitation } from './lookup';
import { citationKeyword, type Ground, type Provision } from './ground';
import { KeywordPattern } from './keyword-search';

export type CitationForm = 'section' | 'regulation' | 'bare';

export interface CitationMatch {
  /** Normalised: "40(2)", "12(5)(e)", "40(3A)". */
  citation: string;
  /** The number as written (for a continuation such as "and (3A)", just "(3A)"). */
  text: string;
  /** Where `text` is in the input (UTF-16 offsets). */
  index: number;
  length: number;
  /** "section"/"s."/"ss" -> section; "regulation"/"reg." -> regulation; after "exemption under" -> bare. */
  form: CitationForm;
  /** The word that introduced the citation (shared by every number in a list). */
  keyword: { index: number; length: number; text: string };
  /**
   * The regime whose catalogue was consulted: the draft's own for its own form and for bare numbers;
   * the other family's for the other form ("regulation 13" in a FOIA letter -> 'eir'; "section 40(2)"
   * in an EISR letter -> 'foisa'). Different from the draft's regime = a cross-regime citation (GEN-04).
   */
  regime: RegimeId;
  /** The ground in that catalogue the citation falls under (exact or nearest parent). */
  ground?: Ground;
  /** A known provision that is not a ground (e.g. FOIA s.50), when there is no ground. */
  provision?: Provision;
  /** The ground or provision has exactly the cited number. */
  exact: boolean;
  /** Another instrument named right after the citation ("of the Data Protection Act 2018"): no ground is looked up. */
  instrument?: string;
}

const ASCII_DIGIT = /[0-9]/;
// "section(s) 40 & 41": the plural a form letter writes with brackets.
const TRIGGER = new KeywordPattern(String.raw`sections?(?:\(s\))?|regulations?(?:\(s\))?|regs?|ss?|exemptions?|exceptions?`);
const CONNECTIVE = /[ \t\u00a0]{0,3}(?:(?:under|at|in|of|from)[ \t\u00a0]{1,3})?(?=\d)/iy;
const QUANTITY =
  /\s*(?:(?:working|calendar|days?|weeks?|months?|years?|hours?|minutes?|per|percent|people|persons|requests?|questions?|items?|pages?|pounds?)\b|%)/iy;
const INSTRUMENT_LEAD = /\s*,?\s*(?:of|in|under)\s+(?:the\s+)?/iy;
// A year ("Regulations 2003") is part of a name; a 1-3 digit number after a keyword starts a new citation.
const NEXT_CITATION = /[.,;:\n]|\b(?:sections?|regulations?|regs?|s\.|ss\.)\s*\d{1,3}(?!\d)/i;
const OURS =
  /freedom of information|environmental information|\bfoi(?:sa|a)?\b|\beis?rs?\b|^(?:act|regulations)\b|\b(?:the|this|that|said) (?:act|regulations)\b|\bthese regulations\b|\b2000 act\b|\b2004 regulations\b/i;
const OTHER = /\b(?:act|regulations?|gdpr|pecr|dpa|order|code|rules|directive|convention|charter)\b/gi;
/** Words that may sit inside an instrument's name without a capital. */
const CONNECTORS = new Set(['and', 'of', 'the', 'on', 'for', 'in', 'to', '&']);

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r';

type PartKind = 'num' | 'alpha' | 'roman';

interface Parsed {
  start: number;
  end: number;
  parts: string[];
}

function skipSpaces(text: string, p: number, max = 3): number {
  let n = 0;
  while (n < max && isSpace(text[p])) {
    p++;
    n++;
  }
  return p;
}

/** Parenthesised components from p: "(2)(a)", "(3A)", " (2)". */
function parseComponents(text: string, p: number, parts: string[]): number {
  for (let i = 0; i < 6; i++) {
    let q = p;
    if (text[q] === ' ' && text[q + 1] === '(') q++;
    if (text[q] !== '(') break;
    let r = q + 1;
    while (r - q <= 5 && /[0-9A-Za-z]/.test(text[r] ?? '')) r++;
    if (text[r] !== ')') break;
    const inner = text.slice(q + 1, r);
    if (/^\d{1,3}[A-Za-z]{0,2}$/.test(inner)) parts.push(inner.replace(/[a-z]+$/, (s) => s.toUpperCase()));
    else if (/^[A-Za-z]{1,4}$/.test(inner)) parts.push(inner.toLowerCase());
    else break;
    p = r + 1;
  }
  return p;
}

/** A number such as "40", "22A", "40(2)", "12(5)(e)" at p, or undefined. */
function parseNumber(text: string, p: number): Parsed | undefined {
  const start = p;
  while (isDigit(text[p]) && p - start < 4) p++;
  if (p === start || p - start > 3 || isDigit(text[p])) return undefined;
  let head = String(Number(text.slice(start, p)));
  if (isLetter(text[p]) && !isWordChar(text[p + 1])) {
    head += text[p].toUpperCase();
    p++;
  }
  const parts = [head];
  p = parseComponents(text, p, parts);
  // "4.2" is paragraph numbering and "21st" is not a citation.
  if (isWordChar(text[p]) || (text[p] === '.' && isDigit(text[p + 1]))) return undefined;
  return { start, end: p, parts };
}

function kinds(parts: string[]): PartKind[] {
  const out: PartKind[] = [];
  parts.forEach((part, i) => {
    // (i), (ii), (iv) directly under a lettered paragraph are sub-paragraphs: 36(2)(b)(ii).
    if (/^\d/.test(part)) out.push('num');
    else out.push(i > 1 && out[i - 1] === 'alpha' && /^[ivx]+$/.test(part) ? 'roman' : 'alpha');
  });
  return out;
}

/** "(3A)" after "40(2) and": replace from the deepest part of the same kind -> 40(3A). */
function continueFrom(previous: string[], cont: string[]): string[] | undefined {
  const prevKinds = kinds(previous);
  const first = cont[0];
  const kind: PartKind = /^\d/.test(first)
    ? 'num'
    : /^[ivx]+$/.test(first) && prevKinds.includes('roman')
      ? 'roman'
      : 'alpha';
  for (let i = previous.length - 1; i >= 1; i--) {
    if (prevKinds[i] === kind) return [...previous.slice(0, i), ...cont];
  }
  return undefined;
}

function join(parts: string[]): string {
  return parts[0] + parts.slice(1).map((p) => `(${p})`).join('');
}

/** After one element of a list: a separator (",", "and", "or", "&", "/", "and/or"), or -1. */
function separatorEnd(text: string, p: number): number {
  let q = skipSpaces(text, p);
  let found = false;
  if (text[q] === ',') {
    found = true;
    q = skipSpaces(text, q + 1);
  }
  const lower = text.slice(q, q + 6).toLowerCase();
  for (const word of ['and/or', 'and', 'or', '&', '/']) {
    if (lower.startsWith(word) && (!/[a-z]/.test(word) || !isWordChar(text[q + word.length]))) {
      q = skipSpaces(text, q + word.length);
      found = true;
      break;
    }
  }
  return found ? q : -1;
}

/**
 * The instrument named right after a citation ("of the Data Protection Act 2018"), unless it is the
 * regime's own (FOIA, "the Act", the EIR...). Only a run of capitalised words ending in a word such as
 * Act, Regulations, GDPR or Code counts, so "in this case" or "of the Council" name no instrument.
 */
function instrumentAfter(text: string, end: number): string | undefined {
  INSTRUMENT_LEAD.lastIndex = end;
  const lead = INSTRUMENT_LEAD.exec(text);
  if (!lead) return undefined;
  const from = end + lead[0].length;
  let phrase = text.slice(from, from + 120);
  const stop = NEXT_CITATION.exec(phrase);
  if (stop) phrase = phrase.slice(0, stop.index);
  if (phrase.trim() === '' || OURS.test(phrase.trim())) return undefined;
  // The longest prefix of name-like words: capitalised, acronyms, "(EC", years, connectors.
  let nameEnd = 0;
  for (const token of phrase.matchAll(/\S+/g)) {
    const word = token[0];
    const nameLike = /^\(?[A-Z0-9]/.test(word) || (nameEnd > 0 && CONNECTORS.has(word.toLowerCase()));
    if (!nameLike) break;
    nameEnd = token.index + word.length;
  }
  const name = phrase.slice(0, nameEnd);
  let lastEnd = -1;
  OTHER.lastIndex = 0;
  for (let m = OTHER.exec(name); m; m = OTHER.exec(name)) lastEnd = m.index + m[0].length;
  if (lastEnd < 0) return undefined;
  const year = /^\s+\d{4}\b/.exec(name.slice(lastEnd));
  return name.slice(0, lastEnd + (year ? year[0].length : 0)).trim();
}

function quantityFollows(text: string, p: number): boolean {
  QUANTITY.lastIndex = p;
  return QUANTITY.test(text);
}

/**
 * Every citation of a section or regulation in `text`, in order. `regime` is the draft's: "section"
 * citations are looked up in FOIA/FOISA, "regulation" ones in the EIR/EISR (the Scottish pair for a
 * Scottish draft), bare numbers after "exemption"/"exception" in the draft's own. Citations that are
 * not grounds are returned too, with `provision` (e.g. s.50) or neither field (unknown numbers,
 * other Acts).
 */
export function findCitations(text: string, regime: RegimeId): CitationMatch[] {
  const out: CitationMatch[] = [];
  // Every citation has a number: most paragraphs have none, and the keyword search is slow.
  if (!ASCII_DIGIT.test(text)) return out;
  const regimeForm = citationKeyword(regime);
  // Citations in the other family's form ("regulation 13" in a FOIA letter) use that family's catalogue.
  const otherFamily: RegimeId = ({ foia: 'eir', eir: 'foia', foisa: 'eisr', eisr: 'foisa' } as const)[regime];
  const trigger = TRIGGER.search(text);
  for (let m = trigger.next(); m; m = trigger.next()) {
    const word = m[1].toLowerCase();
    const kwEnd = m.index + m[1].length;
    const form: CitationForm = word.startsWith('exc') || word.startsWith('exe')
      ? 'bare'
      : word.startsWith('r')
        ? 'regulation'
        : 'section';
    let p: number;
    if (form === 'bare') {
      CONNECTIVE.lastIndex = kwEnd;
      if (!CONNECTIVE.exec(text)) continue;
      p = CONNECTIVE.lastIndex;
    } else {
      p = kwEnd;
      if (text[p] === '.') p++;
      p = skipSpaces(text, p);
      if (!isDigit(text[p])) continue;
    }

    const keyword = { index: m.index, length: m[1].length, text: m[1] };
    const catalogueRegime = form === 'bare' || form === regimeForm ? regime : otherFamily;
    const elements: { parts: string[]; start: number; end: number }[] = [];
    const first = parseNumber(text, p);
    if (!first || quantityFollows(text, first.end)) continue;
    if (form === 'bare' && first.parts.length === 1 && !resolveCitation(regime, first.parts[0]).ground) continue;
    elements.push(first);
    let end = first.end;

    for (;;) {
      const q = separatorEnd(text, end);
      if (q < 0) break;
      const previous = elements[elements.length - 1].parts;
      if (text[q] === '(') {
        const cont: string[] = [];
        const contEnd = parseComponents(text, q, cont);
        const parts = cont.length > 0 && !isWordChar(text[contEnd]) ? continueFrom(previous, cont) : undefined;
        if (!parts) break;
        elements.push({ parts, start: q, end: contEnd });
        end = contEnd;
        continue;
      }
      const next = isDigit(text[q]) ? parseNumber(text, q) : undefined;
      if (!next || quantityFollows(text, next.end)) break;
      // A plain number in a list must be a known ground ("sections 21 and 22"), not "and 3 others".
      if (next.parts.length === 1 && !resolveCitation(catalogueRegime, next.parts[0]).ground) break;
      elements.push(next);
      end = next.end;
    }

    const instrument = instrumentAfter(text, end);
    for (const element of elements) {
      const citation = join(element.parts);
      const resolved = instrument ? { exact: false } : resolveCitation(catalogueRegime, citation);
      out.push({
        citation,
        text: text.slice(element.start, element.end),
        index: element.start,
        length: element.end - element.start,
        form,
        keyword,
        regime: catalogueRegime,
        ...(resolved.ground ? { ground: resolved.ground } : {}),
        ...(resolved.provision ? { provision: resolved.provision } : {}),
        exact: resolved.exact,
        ...(instrument ? { instrument } : {}),
      });
    }
    trigger.lastIndex = Math.max(trigger.lastIndex, end);
  }
  return out;
}

const CITATION_NUMBER = /\b(?:sections?|regulations?|regs?|s)\.?\s*\d[\w()]*/gi;

/** The text with its citation numbers ("section 40(2)", "reg. 12") blanked: what it says besides them. */
export function withoutCitationNumbers(text: string): string {
  return text.replace(CITATION_NUMBER, ' ');
}
