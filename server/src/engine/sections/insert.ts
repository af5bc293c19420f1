import { blockSource } from '../parse/blocks';
import type { Schema, StandardParagraph } from '../schema/types';
import type { Block, Draft, Position, Range, Section, TextEdit } from '../types';

/** How the draft writes section headings, so an inserted section looks like its neighbours. */
function headingFor(draft: Draft, title: string, near?: Section): string {
  const named = draft.sections.filter((s) => s.by === 'heading');
  const md = near?.by === 'heading' && near.anchor.kind === 'heading' ? near : named.find((s) => s.anchor.kind === 'heading');
  if (md) return `${'#'.repeat(md.anchor.headingLevel ?? 2)} ${title}`;
  if (named.length) return title; // plain lines, as in letters converted from Word
  return `## ${title}`;
}

/** The text a standard paragraph inserts as a section: its heading (if the section has one) and body. */
export function sectionText(draft: Draft, schema: Schema, paragraph: StandardParagraph, near?: Section): string {
  // The section the paragraph provides: named by the paragraph, or naming it as its fix.
  const spec =
    (paragraph.section !== undefined ? schema.sections.find((s) => s.id === paragraph.section) : undefined) ??
    schema.sections.find((s) => s.paragraph === paragraph.id);
  return spec && spec.heading.length ? `${headingFor(draft, paragraph.title, near)}\n\n${paragraph.text}` : paragraph.text;
}

export interface Insertion {
  /** Where the text goes. */
  at: Position;
  /**
   * Where a "missing" finding is shown: the line the inserted section will start on (the line after
   * the insertion point, or the point itself at the end of the draft), not the neighbour's heading,
   * which would read as if that heading were wrong.
   */
  shown: Range;
  /** What the section goes beside (its heading, or the quoted request): the finding's related place. */
  near: Range;
  /** Whether the section goes after `near` or before it. */
  side: 'after' | 'before';
  /** The present section it goes beside, whose heading style it should copy. */
  neighbour?: Section;
  edit(text: string): TextEdit;
}

/** Where the section goes, in words, for a finding's related information. */
export function describeInsertion(place: Insertion, title: string): string {
  const what = place.neighbour ? `“${place.neighbour.title}”` : place.side === 'after' && place.near.start.line > 0 ? 'the quoted request' : 'the end of the letter';
  if (what === 'the end of the letter') return `“${title}” goes at the end of the letter`;
  return `“${title}” goes ${place.side} ${what}`;
}

const endOf = (draft: Draft): Position => {
  let line = draft.lines.length - 1;
  while (line > 0 && draft.lines[line].trim() === '') line--;
  return { line, character: draft.lines[line]?.length ?? 0 };
};

/**
 * Where house style puts a missing section: after the nearest present section that comes before it
 * in the schema's order (the quoted request counting as the first), else before the nearest that
 * comes after it, else at the end of the letter.
 */
/** An HTML block's start, and the marker that ends it: without the marker it runs to the end of the file. */
const RUN_TO_MARKER: readonly [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![A-Za-z]/, />/],
];

/**
 * A comment, code fence or other HTML block left open at the end swallows whatever follows it, so text is inserted
 * before it rather than into it.
 */
function openTrailingBlock(draft: Draft): Block | undefined {
  const last = draft.blocks[draft.blocks.length - 1];
  if (!last || (last.kind !== 'html' && last.kind !== 'code')) return undefined;
  if (last.kind === 'html') {
    const source = blockSource(draft.lines, last);
    if (source.lastIndexOf('<!--') > source.lastIndexOf('-->')) return last;
    // The HTML blocks that end at a closing marker, not at a blank line (CommonMark's kinds 1 to 5).
    const opener = source.trimStart();
    const kind = RUN_TO_MARKER.find(([start]) => start.test(opener));
    return kind && !kind[1].test(opener) ? last : undefined;
  }
  const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(draft.lines[last.startLine]);
  if (!fence) return undefined;
  const closing = draft.lines[last.endLine].trim();
  const closed = last.endLine > last.startLine && closing.startsWith(fence[1]) && closing.replace(/[`~]/g, '') === '';
  return closed ? undefined : last;
}

export function insertionFor(draft: Draft, schema: Schema, sectionId: string): Insertion {
  const place = houseStylePlace(draft, schema, sectionId);
  const open = openTrailingBlock(draft);
  if (!open || place.at.line < open.startLine) return place;
  return { ...place, ...beforeLine(draft, open.startLine) };
}

/** The whole of a line as a range (empty for a blank line). */
const wholeLine = (draft: Draft, line: number): Range => ({ start: { line, character: 0 }, end: { line, character: draft.lines[line].length } });

/** Insert as a paragraph of its own before `line`, with a blank line on each side. */
function beforeLine(draft: Draft, line: number): Pick<Insertion, 'at' | 'edit' | 'shown'> {
  // Text right above (no blank line) would run on into the inserted paragraph: insert after that
  // text instead.
  const runOn = line > 0 && draft.lines[line - 1].trim() !== '';
  const at = runOn ? { line: line - 1, character: draft.lines[line - 1].length } : { line, character: 0 };
  // Shown on the blank line above, where the section will stand, or at the insertion point itself.
  const shown = !runOn && line > 0 ? wholeLine(draft, line - 1) : { start: at, end: at };
  return { at, shown, edit: (text) => ({ range: { start: at, end: at }, newText: runOn ? `\n\n${text}\n` : `${text}\n\n` }) };
}

function houseStylePlace(draft: Draft, schema: Schema, sectionId: string): Insertion {
  const order = schema.sections.findIndex((s) => s.id === sectionId);
  const present = draft.sections
    .map((s) => ({ s, order: schema.sections.findIndex((spec) => spec.id === s.id) }))
    .filter((p) => p.order >= 0);
  const before = present.filter((p) => p.order < order).sort((a, b) => b.order - a.order)[0];
  const after = present.filter((p) => p.order > order).sort((a, b) => a.order - b.order)[0];
  // Insert at the end of a whole line, so markup that closes on it (a trailing "**") stays whole.
  const lineEnd = (line: number): Position => ({ line, character: draft.lines[line]?.length ?? 0 });
  const after_ = (line: number, near: Range, neighbour?: Section): Insertion => {
    const at = lineEnd(line);
    const shown = line + 1 < draft.lines.length ? wholeLine(draft, line + 1) : { start: at, end: at };
    return { at, shown, near, side: 'after', neighbour, edit: (text) => ({ range: { start: at, end: at }, newText: `\n\n${text}` }) };
  };
  if (before) return after_(before.s.range.end.line, before.s.anchor.range, before.s);
  if (after && !(draft.request && after.s.anchor.startLine < draft.request.range.start.line)) {
    return { near: after.s.anchor.range, side: 'before', neighbour: after.s, ...beforeLine(draft, after.s.anchor.startLine) };
  }
  if (draft.request) return after_(draft.request.range.end.line, draft.request.range);
  const end = endOf(draft);
  return after_(end.line, { start: { line: end.line, character: 0 }, end });
}
