import type { LayoutSpec, SectionSpec } from '../schema/types';
import type { Block } from '../types';
import { isAcknowledgement } from './acknowledgement';
import { looksAsked } from './certainty';
import { SIGN_OFF } from './conditions';
import { stripInline, trimMarkupEnd } from './markup';
import { mayMatchAtStart } from '../schema/pattern';
import { readLabel } from './recognisers/labels';
import { readMarker } from './recognisers/numbering';

// Real letters do not keep one question to a Markdown block. Text pasted from Word, HTML logs and PDFs
// runs numbered items together ("1. ... 2. ..." in one paragraph, "Request 1" / the question /
// "Answer 1" / the answer on consecutive lines) and puts an answer on the line under its question.
// This splits such blocks where a new item starts, so that every question, label and answer is a
// block of its own, with exact positions.

/** A bullet written as a character rather than Markdown list syntax (Word and PDF text). */
const BULLET = /^[•▪◦·●○■□➢►‣⁃]\s*/;
/** Leading container markup on a source line: quotes, list markers, heading hashes, emphasis. */
const LEAD = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:#{1,6}\s+)?[\s*_]*/;
/** What every inline number stands in: a cheap test before the search. */
const RUN_ON_HINT = /\d[.)]\s/;
/** An inline number that may start a run-on item, wherever it stands (see inlineNumbers). */
const INLINE_NUMBER = /(\d{1,2})[.)]\s+(?=[("“'A-Z])/g;
const SPACE = /\s/;

/** After a space or sentence end ("?"), or glued to a year: where an inline number may start an item. */
function mayStartItem(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return false;
  if (before === '?' || SPACE.test(before)) return true;
  if (at < 4) return false;
  for (let k = at - 4; k < at; k++) if (text[k] < '0' || text[k] > '9') return false;
  return true;
}

/**
 * The inline numbers that may start run-on items, as `(?<=\s|\d{4}|\?)` before INLINE_NUMBER would
 * find them: the look-behinds, tried by V8 at every position of every line, made it several times slower.
 */
function inlineNumbers(text: string, first = false): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (!RUN_ON_HINT.test(text)) return found;
  INLINE_NUMBER.lastIndex = 0;
  for (let m = INLINE_NUMBER.exec(text); m; m = INLINE_NUMBER.exec(text)) {
    // Not after a space, "?" or a year: go on from the next character, as the look-behinds would.
    if (!mayStartItem(text, m.index)) INLINE_NUMBER.lastIndex = m.index + 1;
    else {
      found.push(m);
      if (first) break;
    }
  }
  INLINE_NUMBER.lastIndex = 0;
  return found;
}

interface Piece {
  line: number;
  start: number;
  end: number; // exclusive, on `line`
}

/** Where each line's words start and end, after leading container markup. */
function lineSpan(lines: readonly string[], line: number, first: boolean): Piece {
  const raw = lines[line] ?? '';
  const lead = first ? (LEAD.exec(raw)?.[0].length ?? 0) : (/^[\s>]*/.exec(raw)?.[0].length ?? 0);
  const trimmed = trimMarkupEnd(raw);
  return { line, start: Math.min(lead, trimmed.length), end: Math.max(trimmed.length, lead) };
}

const textOf = (lines: readonly string[], p: Piece) => (lines[p.line] ?? '').slice(p.start, p.end);

/** Whether a line's words start a new item: a question number, an answer label, a bullet or a field label. */
function startsItem(t: string, layout: LayoutSpec): boolean {
  return BULLET.test(t) || readMarker(t, layout) !== undefined || isBareField(t, layout);
}

/** A line that is only a field label ("Request", "Details of the Response:"): its text follows beneath. */
function isBareField(text: string, layout: LayoutSpec): boolean {
  return text.length <= 60 && (readLabel(text, layout.fields.request)?.bare === true || readLabel(text, layout.fields.response)?.bare === true);
}

/**
 * A field label run onto the end of the line before it ("4. Please provide ... - Decision"), as text
 * taken from a web page's list of fields can be: where the label starts.
 */
function trailingLabel(text: string, layout: LayoutSpec): { before: number; at: number } | undefined {
  const m = /\s[-–]\s+([^-–]{3,40})$/.exec(text);
  return m && isBareField(m[1].trim(), layout) ? { before: m.index, at: m.index + m[0].length - m[1].length } : undefined;
}

/** Longer than a line a PDF or an e-mail wraps at: a paragraph that was one line where it came from. */
const UNWRAPPED = 110;

/**
 * An item's first line is its question and the next line starts the answer: the line asks ("...?"),
 * or it is a whole paragraph of its own (too long to be a wrapped line) and the next begins afresh.
 */
function endsQuestion(line: string, next: string, wrap: number, first: boolean): boolean {
  if (/\?["”')]?$/.test(line)) return true;
  // "... in the following time frames:": what follows is still the question.
  if (/[:;,]$/.test(line.trimEnd()) || !/^[\s*_]*[A-Z0-9£“"]/.test(next)) return false;
  // A whole paragraph of its own (its first line), or in text wrapped at `wrap` a line that stops well
  // short of it (after the first, only at the end of a sentence).
  if (first && line.length > UNWRAPPED) return true;
  return wrap >= 60 && line.length < wrap * 0.75 && (first || /[.!]["”')]?$/.test(line));
}

/** Split a line at run-on numbers 1., 2., 3. (or continuing `after`) that follow each other in order. */
function runOnCuts(text: string, after: number | undefined, nextLineNumber: number | undefined): number[] {
  const found = inlineNumbers(text).map((m) => ({ at: m.index, n: Number(m[1]) }));
  if (!found.length) return [];
  const chain: number[] = [];
  let expect = after !== undefined ? after + 1 : 1;
  for (const f of found) {
    if (f.n === expect) {
      chain.push(f.at);
      expect++;
    }
  }
  // One inline number is a run-on item only when the next line carries on the count.
  if (chain.length >= 2 || (chain.length === 1 && (after !== undefined || nextLineNumber === expect))) return chain;
  return [];
}

/**
 * A block rebuilt from pieces of its lines. `whole`: a line's words, where the only piece is that whole
 * line (already stripped of markup, as most pieces are).
 */
function fromPieces(parent: Block, pieces: Piece[], lines: readonly string[], first: boolean, whole?: string): Block | undefined {
  let text = whole ?? stripInline(pieces.map((p) => textOf(lines, p)).join('\n'));
  if (!text) return undefined;
  const startPiece = pieces[0];
  const lastPiece = pieces[pieces.length - 1];
  const lead = textOf(lines, startPiece).search(/\S/);
  const block: Block = {
    kind: first ? parent.kind : 'paragraph',
    startLine: startPiece.line,
    endLine: lastPiece.line,
    text,
    range: {
      start: { line: startPiece.line, character: startPiece.start + Math.max(0, lead) },
      end: { line: lastPiece.line, character: lastPiece.end },
    },
    depth: parent.depth,
  };
  if (first) {
    if (parent.marker !== undefined) block.marker = parent.marker;
    if (parent.headingLevel !== undefined) block.headingLevel = parent.headingLevel;
    return block;
  }
  const bullet = BULLET.exec(text);
  if (bullet) {
    block.marker = '-';
    block.text = text.slice(bullet[0].length);
  }
  return block;
}

/** Split one block where items start; returns it unchanged when nothing starts inside it. */
/** A line that opens a standard section by its first words ("If you are dissatisfied with ..."). */
function opensSection(t: string, sections: readonly SectionSpec[]): boolean {
  // Only the line's start matters: a bounded slice keeps the search short on long lines.
  const head = t.slice(0, 240);
  return sections.some((s) => mayMatchAtStart(s.text, head) && s.text.some((p) => p.findAtStart(head) !== undefined));
}

/** "Yours faithfully,", "Good afternoon", "Dear Ms Smith", "Thank you for your request": where an e-mail thread turns. */
const LETTER_TURN = new RegExp(`${SIGN_OFF.source}|^(?:dear\\s|good (?:morning|afternoon|evening)\\b|thank you for your\\b)`, 'i');

/** A line that ends a sentence: the next may start something new (wrapped text runs on). */
const ENDS_SENTENCE = /[.?!:;)"”]$/;

function splitBlock(block: Block, lines: readonly string[], layout: LayoutSpec, sections: readonly SectionSpec[]): Block[] {
  const spans: Piece[] = [];
  for (let l = block.startLine; l <= block.endLine; l++) spans.push(lineSpan(lines, l, l === block.startLine));
  // Cut points as pieces: each group of pieces becomes a block.
  const groups: Piece[][] = [[]];
  const cut = () => {
    if (groups[groups.length - 1].length) groups.push([]);
  };
  let lastNumber = block.marker !== undefined && /^\d+$/.test(block.marker) ? Number(block.marker) : undefined;
  // Each line's words, and whether it starts an item, read once.
  const stripped = spans.map((span) => stripInline(textOf(lines, span)));
  const starts = stripped.map((t) => startsItem(t, layout));
  const isItem = block.marker !== undefined || block.kind === 'list-item' || starts[0];
  // The line an item starts on, and whether the current group is one: its first line may be its question.
  let groupStart = 0;
  let groupIsItem = isItem;
  const wrap = Math.max(...spans.map((p) => p.end - p.start));
  spans.forEach((span, i) => {
    const text = textOf(lines, span);
    if (i > 0) {
      const before = groups.length;
      const previous = stripped[i - 1];
      const prevIsBareMarker = starts[i - 1] && (readMarker(previous, layout)?.length === previous.length || isBareField(previous, layout));
      const opens = ENDS_SENTENCE.test(previous) && opensSection(stripped[i], sections);
      // "Thank you for your request ... seeking the following information under the Act:": the
      // request quoted on the next line is not the acknowledgement's (a PDF runs them together).
      const acknowledged = /:\s*$/.test(previous) && isAcknowledgement(stripped.slice(groupStart, i).join(' '));
      // A sign-off, a greeting or a thank-you starts afresh: a list item's lazy lines do not run on into them.
      const letterTurn = LETTER_TURN.test(stripped[i]);
      // An item's question ends at its first line that ends it (a wrapped question runs on over a few).
      const questionEnds = groupIsItem && !prevIsBareMarker && i - groupStart <= 3 && endsQuestion(previous, text, wrap, i === groupStart + 1);
      if (starts[i] || prevIsBareMarker || opens || questionEnds || acknowledged || letterTurn) cut();
      if (groups.length !== before || groups[groups.length - 1].length === 0) {
        groupStart = i;
        // After a number on its own line, this line is the item's question.
        groupIsItem = starts[i] || prevIsBareMarker;
      }
    }
    const next = spans[i + 1] && /^\s*(\d{1,2})[.)]\s/.exec(textOf(lines, spans[i + 1]));
    const leading = /^\s*(\d{1,2})[.)]\s/.exec(text);
    const cuts = runOnCuts(text, leading ? Number(leading[1]) : i === 0 ? lastNumber : undefined, next ? Number(next[1]) : undefined);
    const label = trailingLabel(text, layout);
    let from = span.start;
    for (const at of cuts) {
      const pos = span.start + at;
      if (pos > from && text.slice(from - span.start, at).trim()) {
        groups[groups.length - 1].push({ line: span.line, start: from, end: pos });
        cut();
      }
      from = pos;
    }
    if (cuts.length) lastNumber = undefined;
    if (label) {
      groups[groups.length - 1].push({ line: span.line, start: from, end: span.start + label.before });
      cut();
      from = span.start + label.at;
    }
    groups[groups.length - 1].push({ line: span.line, start: from, end: span.end });
  });
  const pieces = groups.filter((g) => g.length);
  if (pieces.length < 2) return [block];
  const out: Block[] = [];
  pieces.forEach((g, i) => {
    const span = g.length === 1 ? spans[g[0].line - block.startLine] : undefined;
    const whole = span && g[0].start === span.start && g[0].end === span.end ? stripped[g[0].line - block.startLine] : undefined;
    const b = fromPieces(block, g, lines, i === 0, whole);
    if (b) out.push(b);
  });
  return out.length ? out : [block];
}

/**
 * A pipe table runs, as Markdown reads it, to the next blank line; the lines after its last row that
 * have no pipe ("Request", then the request) are a paragraph of their own.
 */
function splitTable(table: Block, lines: readonly string[]): [Block, Block | undefined] {
  let last = table.startLine;
  while (last + 1 <= table.endLine && lines[last + 1].includes('|')) last++;
  if (last >= table.endLine) return [table, undefined];
  const rows = lines.slice(table.startLine, last + 1);
  const head: Block = {
    ...table,
    endLine: last,
    text: stripInline(rows.join(' | ')),
    range: { start: table.range.start, end: { line: last, character: lines[last].trimEnd().length } },
  };
  const from = last + 1;
  const text = stripInline(lines.slice(from, table.endLine + 1).join('\n'));
  const lead = lines[from].search(/\S/);
  const tail: Block = {
    kind: 'paragraph',
    startLine: from,
    endLine: table.endLine,
    text,
    range: { start: { line: from, character: Math.max(0, lead) }, end: table.range.end },
    depth: table.depth,
  };
  return [head, tail];
}

/** Blocks with run-together items split apart; other blocks are returned as they are. */
export function segmentBlocks(blocks: readonly Block[], lines: readonly string[], layout: LayoutSpec, sections: readonly SectionSpec[] = []): Block[] {
  const out: Block[] = [];
  for (const whole of blocks) {
    const [b, rest] = whole.kind === 'table' ? splitTable(whole, lines) : [whole, undefined];
    if (rest) {
      out.push(b);
      out.push(...splitBlock(rest, lines, layout, sections));
      continue;
    }
    if (
      (b.kind === 'paragraph' || b.kind === 'list-item') &&
      (b.endLine > b.startLine || inlineNumbers(b.text, true).length > 0 || trailingLabel(b.text, layout) !== undefined)
    ) {
      out.push(...splitBlock(b, lines, layout, sections));
    } else {
      out.push(b);
    }
  }
  return out;
}

/**
 * Each block's item marker: a question number or an answer label by the layout's styles ("Request 1",
 * "Q4 & Q5", "Answer To Question 2:"), or the number Markdown or the block reader already found.
 */
export function markItems(blocks: Block[], layout: LayoutSpec): void {
  for (const b of blocks) {
    if (b.kind === 'code' || b.kind === 'html' || b.kind === 'table') continue;
    if (b.marker !== undefined && b.marker !== '-') {
      // A Markdown ordered list: its number is the question's.
      b.item = { role: 'question', numbers: [b.marker.toLowerCase()], written: b.marker };
      continue;
    }
    const bullet = b.marker === '-' ? undefined : BULLET.exec(b.text);
    if (bullet) {
      b.marker = '-';
      b.text = b.text.slice(bullet[0].length);
    }
    const m = readMarker(b.text, layout);
    if (!m) continue;
    b.item = { role: m.role, numbers: m.numbers, written: m.written };
    if (m.role === 'question') b.marker = m.numbers[0];
    // A bare label keeps its words: it may also be a section's heading ("Response").
    if (m.numbers.length) b.text = b.text.slice(m.length).trim();
  }
  // "3. How many are closed?" then "a) None, they are long-term cases": a lone "a)" under a numbered
  // question that asks nothing is the answer, as some letters label answers. Parts come in twos.
  const items = blocks.filter((b) => b.item?.role === 'question');
  const numbers = items.map((b) => b.item!.numbers);
  items.forEach((b, k) => {
    if (numbers[k].join() !== 'a' || !/^\d/.test(numbers[k - 1]?.[0] ?? '') || numbers[k + 1]?.[0] === 'b' || looksAsked(b.text)) return;
    b.item = undefined;
    b.marker = undefined;
  });
}
