import type { Block, DateValue, FrontMatter, LetterMeta, Located, Range, RegimeId } from '../types';
import { blockSource } from './blocks';
import { readDateAt, readDateLine, readDateValue, type DateMatch } from './dates';
import { stripInline } from './markup';

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

const receivedOn = /\breceived(?:\s+by\s+(?:us|the\s+\w+))?\s+on\s+(?:the\s+)?[*_]*/gi;

/** "received on 8 September 2020" anywhere before the request ends. */
function findReceived(lines: readonly string[], from: number, to: number): DateValue | undefined {
  for (let l = from; l < to; l++) {
    const line = lines[l];
    if (!/received/i.test(line)) continue;
    receivedOn.lastIndex = 0;
    const m = receivedOn.exec(line);
    if (!m) continue;
    const at = m.index + m[0].length;
    const rest = line.slice(at);
    const d: DateMatch | undefined = readDateAt(rest);
    if (d) return { text: d.text, iso: d.iso, range: lineRange(l, at, d.length), source: 'text' };
    // Something is there but it is not a date; a bracketed blank is the placeholder rule's business.
    const word = /^[^\s,;.()[\]]+(?:\s+[^\s,;.()[\]]+){0,3}/.exec(rest);
    if (word && !rest.startsWith('[')) return { text: word[0], range: lineRange(l, at, word[0].length), source: 'text' };
    return undefined;
  }
  return undefined;
}

/** The date line of the header: a line holding only a date, before the request is quoted. */
function findLetterDate(lines: readonly string[], from: number, to: number): DateValue | undefined {
  for (let l = from; l < to; l++) {
    const raw = lines[l];
    if (raw.length > 80 || !/\d/.test(raw)) continue;
    const text = stripInline(raw);
    const d = readDateLine(text);
    if (!d) continue;
    const start = raw.indexOf(d.text) >= 0 ? raw.indexOf(d.text) : raw.search(/\S/);
    return { text: d.text, iso: d.iso, range: lineRange(l, start, d.text.length), source: 'text' };
  }
  return undefined;
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
): LetterMeta {
  const headerEnd = ack ? ack.startLine : Math.min(lines.length, bodyStart + 25);
  const searchEnd = Math.min(lines.length, (ack ? ack.endLine : headerEnd) + 1);
  const meta: LetterMeta = {};
  const textSent = findLetterDate(lines, bodyStart, headerEnd);
  const textReceived = findReceived(lines, bodyStart, searchEnd);
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
    const found = regimeFromText(source);
    if (found) {
      const before = source.slice(0, found.index).split('\n');
      const line = regimeBlock.startLine + before.length - 1;
      meta.regime = { value: found.id, range: lineRange(line, before[before.length - 1].length, found.length), source: 'text' };
    }
  }
  return meta;
}
