import type { Block, DateValue, FrontMatter, LetterMeta, Located, Range, RegimeId } from '../types';
import { blockSource } from './blocks';
import type { LayoutSpec } from '../schema/types';
import { readDateValue } from './dates';
import { completeYear, nearestFullDate, type DateForm } from './recognisers/date-forms';
import { readDateFields } from './recognisers/date-fields';
import { readRequestDate } from './recognisers/date-phrases';
import { readFootDate, readLetterDate } from './recognisers/letter-date';

const REGIME_NAMES: [RegExp, RegimeId][] = [
  [/Environmental Information \(Scotland\) Regulations|\bEISR\b|\bEI\(S\)Rs?\b/i, 'eisr'],
  [/Freedom of Information \(Scotland\) Act|\bFOISA\b|\bFOI\(S\)A\b/i, 'foisa'],
  [/Environmental Information Regulations|\bEIRs?\b/, 'eir'],
  [/Freedom of Information Act|\bFOIA\b/, 'foia'],
];

/** The regime a phrase names ("the Freedom of Information Act 2000" -> foia). */
export function regimeFromText(text: string): { id: RegimeId; index: number; length: number } | undefined {
  let best: { id: RegimeId; index: number; length: number } | undefined;
  for (const [re, id] of REGIME_NAMES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { id, index: m.index, length: m[0].length };
  }
  return best;
}

/** "under the terms of the", "in accordance with": the words a regime statement puts before the law. */
const UNDER = /\b(?:under|in accordance with)\s+(?:the\s+)?(?:(?:terms|provisions) of\s+)?(?:the\s+)?$/i;

/**
 * The regime a statement handles the request under: the first law it names, unless that is an Act and
 * the request is then handled under environmental regulations ("We have applied the exemption under
 * section 39(2) of the FOISA ... handling your request under the terms of the EISR" is EISR).
 */
function statedRegime(text: string): { id: RegimeId; index: number; length: number } | undefined {
  const first = regimeFromText(text);
  if (!first || first.id === 'eir' || first.id === 'eisr') return first;
  for (let from = first.index + first.length; from < text.length; ) {
    const found = regimeFromText(text.slice(from));
    if (!found) break;
    const at = { ...found, index: from + found.index };
    if ((at.id === 'eir' || at.id === 'eisr') && UNDER.test(text.slice(Math.max(0, at.index - 40), at.index))) return at;
    from = at.index + at.length;
  }
  return first;
}

function regimeFromValue(v: unknown): RegimeId | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim().toLowerCase();
  if (t === 'foia' || t === 'eir' || t === 'foisa' || t === 'eisr') return t;
  return regimeFromText(v)?.id;
}

function lineRange(line: number, start: number, length: number): Range {
  return { start: { line, character: start }, end: { line, character: start + length } };
}

function fmValue(fm: FrontMatter | undefined, keys: string[]): { value: unknown; range: Range } | undefined {
  if (!fm) return undefined;
  for (const k of keys) {
    if (fm.data[k] !== undefined && fm.data[k] !== null) {
      const line = fm.keyLines?.[k] ?? 0;
      return { value: fm.data[k], range: lineRange(line, 0, k.length) };
    }
  }
  return undefined;
}

function fmDate(fm: FrontMatter | undefined, keys: string[]): DateValue | undefined {
  const v = fmValue(fm, keys);
  if (!v) return undefined;
  const d = readDateValue(v.value);
  return d ? { text: d.text, iso: d.iso, range: v.range, source: 'front-matter' } : undefined;
}

// How far into the letter its dates are looked for: the letterhead, a log page's fields and the
// opening paragraphs; later dates belong to the request's and the answers' own subject matter.
const DATE_LINES = 60;
const DATE_CHARS = 8000;
// A letter speaks to the requester; a log page or a published record of a request does not, and its
// bare dates ("Date: 03 June 2019") may be when the page was published.
const addressed = /\bDear\b|\byou(?:r)?\b/i;
// An unlabelled date line is the letter's date only in a letter: one with a salutation or that opens
// by acknowledging the request. A log page's lone date may be its publication date.
const letterOpening =
  /\bDear(?:\s|(?=[A-Z]))|\b(?:thank you for your|(?:I|we) (?:am |are )?writ(?:e|ing)|(?:I|we) (?:refer|write) to your|further to your|in response to your)\b/i;

function textDate(line: number, lines: readonly string[], d: DateForm, iso: string | undefined): DateValue {
  const raw = lines[line];
  const found = raw.indexOf(d.text);
  const start = found >= 0 ? found : Math.max(0, raw.search(/\S/));
  return { text: d.text, iso, range: lineRange(line, start, Math.max(0, Math.min(d.text.length, raw.length - start))), source: 'text' };
}

interface TextDates {
  sent?: DateValue;
  received?: DateValue;
  addressed: boolean;
}

/** The letter's date and the date of receipt as the letter's own text gives them. */
function readTextDates(lines: readonly string[], from: number, layout: LayoutSpec): TextDates {
  const to = Math.min(lines.length, from + DATE_LINES);
  const window = lines.slice(from, to).map((l) => (l.length > DATE_CHARS ? l.slice(0, DATE_CHARS) : l));
  // Lines joined (a date may break over two) and emphasis markers blanked, offsets kept.
  const joined = window.join(' ').slice(0, DATE_CHARS).replace(/[*_]/g, ' ');
  const isLetter = addressed.test(joined);
  const fields = readDateFields(lines, from, to, layout);
  const sentField =
    fields.find((f) => f.field === 'sent' && !f.plain) ?? (isLetter ? fields.find((f) => f.field === 'sent') : undefined);
  const taken = new Set(fields.map((f) => f.line));
  const opens = letterOpening.test(joined);
  const sentAt = sentField ?? (opens ? (readLetterDate(lines, from, to, taken) ?? readFootDate(lines, from)) : undefined);
  const offsets: number[] = [];
  window.reduce((at, l) => (offsets.push(at), at + l.length + 1), 0);
  const lineOf = (index: number) => {
    let i = 0;
    while (i + 1 < offsets.length && offsets[i + 1] <= index) i++;
    return from + i;
  };
  const complete = (d: DateForm, index: number, reference?: string) => {
    if (d.year !== undefined) return d.iso;
    if (reference) return completeYear(d, reference);
    const near = nearestFullDate(joined, index);
    return near ? completeYear(d, near, true) : undefined;
  };
  const out: TextDates = { addressed: opens };
  if (sentAt) {
    const iso = complete(sentAt.date, offsets[sentAt.line - from] ?? 0);
    if (iso || sentAt.date.year !== undefined) out.sent = textDate(sentAt.line, lines, sentAt.date, iso);
  }
  const receivedField = fields.find((f) => f.field === 'received');
  // Only a letter to the requester dates "your request"; a report about a request tells its history.
  const said = receivedField || !isLetter ? undefined : readRequestDate(joined);
  const receivedAt = receivedField
    ? { line: receivedField.line, index: offsets[receivedField.line - from] ?? 0, date: receivedField.date }
    : said && said !== 'several'
      ? { line: lineOf(said.index), index: said.index, date: said.date }
      : undefined;
  if (receivedAt) {
    const iso = complete(receivedAt.date, receivedAt.index, out.sent?.iso);
    if (iso || receivedAt.date.year !== undefined) out.received = textDate(receivedAt.line, lines, receivedAt.date, iso);
  }
  return out;
}

const ourRef = /\b(?:our|my)\s+ref(?:erence)?(?:\s*(?:no\.?|number))?\s*[:.]?\s*([A-Za-z0-9][\w/.-]*[\w])/i;

function findReference(lines: readonly string[], from: number, to: number): Located<string> | undefined {
  for (let l = from; l < to; l++) {
    const m = ourRef.exec(lines[l]);
    if (m) {
      const start = m.index + m[0].length - m[1].length;
      return { value: m[1], range: lineRange(l, start, m[1].length), source: 'text' };
    }
  }
  return undefined;
}

/**
 * Letter metadata from front matter, else from the letter: the header (lines before the
 * acknowledgement), the acknowledgement itself and the regime statement.
 */
export function readMeta(
  lines: readonly string[],
  bodyStart: number,
  fm: FrontMatter | undefined,
  ack: Block | undefined,
  regimeBlock: Block | undefined,
  layout: LayoutSpec,
): LetterMeta {
  const headerEnd = ack ? ack.startLine : Math.min(lines.length, bodyStart + 25);
  const searchEnd = Math.min(lines.length, (ack ? ack.endLine : headerEnd) + 1);
  const meta: LetterMeta = {};
  const { sent: textSent, received: textReceived, addressed } = readTextDates(lines, bodyStart, layout);
  meta.addressed = addressed;
  meta.sent = fmDate(fm, ['sent', 'date', 'dated', 'letter-date']) ?? textSent;
  meta.received = fmDate(fm, ['received', 'date-received', 'received-on', 'receipt']) ?? textReceived;
  if (meta.sent !== textSent || meta.received !== textReceived) {
    meta.inText = {
      sent: meta.sent !== textSent ? textSent : undefined,
      received: meta.received !== textReceived ? textReceived : undefined,
    };
  }
  const ref = fmValue(fm, ['reference', 'ref', 'our-ref', 'our_ref']);
  meta.reference =
    ref && (typeof ref.value === 'string' || typeof ref.value === 'number')
      ? { value: String(ref.value), range: ref.range, source: 'front-matter' }
      : findReference(lines, bodyStart, Math.min(lines.length, searchEnd + 5));
  const fmRegime = fmValue(fm, ['regime', 'law', 'legislation']);
  const regimeId = fmRegime ? regimeFromValue(fmRegime.value) : undefined;
  if (fmRegime && regimeId) meta.regime = { value: regimeId, range: fmRegime.range, source: 'front-matter' };
  else if (regimeBlock) {
    const source = blockSource(lines, regimeBlock);
    const found = statedRegime(source);
    if (found) {
      const before = source.slice(0, found.index).split('\n');
      const line = regimeBlock.startLine + before.length - 1;
      meta.regime = { value: found.id, range: lineRange(line, before[before.length - 1].length, found.length), source: 'text' };
    }
  }
  return meta;
}
