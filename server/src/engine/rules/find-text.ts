import type { ReplyView } from '../analysis/reply';
import type { Block, Draft, Fix, Range } from '../types';
import { blockSpan } from './text-spans';

// Phrases found in the source text rather than in a block's folded text, so that a finding (and a fix)
// covers exactly the words written, even where a letter wraps a phrase over two lines.

export interface TextMatch {
  match: RegExpExecArray;
  range: Range;
  block: Block;
}

/**
 * Every match of `pattern` (global) in the authority's own words, optionally only within `blocks`
 * (the lines they span). A match that starts in the quoted request, a restated question or an HTML
 * comment is skipped.
 */
export function findInReply(draft: Draft, view: ReplyView, pattern: RegExp, blocks?: readonly Block[]): TextMatch[] {
  const out: TextMatch[] = [];
  const spans = blocks
    ? mergeSpans(
        blocks.map((b) => {
          const span = blockSpan(draft, b);
          return [span.start, span.end] as [number, number];
        }),
      )
    : [[0, draft.text.length] as [number, number]];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const [from, to] of spans) {
    const text = draft.text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const index = from + m.index;
      if (!view.isReplyOffset(index)) continue;
      const range = view.range(index, index + m[0].length);
      const block = view.blockAt(range.start.line);
      if (block) out.push({ match: m, range, block });
    }
  }
  return out;
}

/** The range of a group of a match found by findInReply (the group must occur once in the match). */
export function groupRange(view: ReplyView, draft: Draft, found: TextMatch, group: number): Range | undefined {
  const piece = found.match[group];
  if (piece === undefined) return undefined;
  const within = found.match[0].indexOf(piece);
  if (within < 0) return undefined;
  const start = offsetOf(draft, found.range.start) + within;
  return view.range(start, start + piece.length);
}

function offsetOf(draft: Draft, pos: Range['start']): number {
  return draft.lineStarts[pos.line] + pos.character;
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1] + 2) last[1] = Math.max(last[1], s[1]);
    else out.push([...s]);
  }
  return out;
}

/**
 * A correction of words within one line, as a safe fix (`--fix` applies it; every other line is kept);
 * where the words run over a line break, only as a suggestion, so `--fix` never joins lines.
 */
export function correction(range: Range, title: string, newText: string): { fix: Fix } | { suggestions: Fix[] } {
  const fix: Fix = { title, edits: [{ range, newText }] };
  return range.start.line === range.end.line ? { fix } : { suggestions: [fix] };
}
