import { htmlCommentSpans } from '../parse/comments';
import type { Block, Draft, Position, Range, Section } from '../types';

// The authority's own words in a draft: every block except the quoted request, questions restated
// in the response, code and HTML. The statutory rules read these (a requester who writes "under the
// Freedom of Information Act 2000" to a Scottish council has made no mistake), and they map offsets
// in draft.text back to lines. Built once per draft (see facts.ts) and shared by every rule that needs it.

export interface ReplyView {
  /** Blocks in the authority's own words, in document order. */
  blocks: readonly Block[];
  /** Whether a block belongs to the authority's own words. */
  isReply(block: Block): boolean;
  /** The block on a line, if any. */
  blockAt(line: number): Block | undefined;
  /** Whether an offset of draft.text is in the authority's own, visible words. */
  isReplyOffset(offset: number): boolean;
  position(offset: number): Position;
  range(start: number, end: number): Range;
  /** The section a block belongs to (a text-recognised section's anchor block included). */
  sectionOf(block: Block): Section | undefined;
}

/** The position of an offset. */
export function positionOfOffset(lineStarts: readonly number[], offset: number): Position {
  const line = lineOfOffset(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

/** The line of an offset, by binary search over line starts. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function buildReplyView(draft: Draft): ReplyView {
  const excluded = new Set<Block>();
  if (draft.request) for (let i = draft.request.start; i < draft.request.end; i++) excluded.add(draft.blocks[i]);
  const markRestated = (qs: Draft['questions']) => {
    for (const q of qs) {
      if (q.restated) excluded.add(q.restated);
      markRestated(q.children);
    }
  };
  markRestated(draft.questions);
  const blocks = draft.blocks.filter((b) => !excluded.has(b) && b.kind !== 'code' && b.kind !== 'html');
  const reply = new Set(blocks);

  // Block index per line, for offsets found by a pass over the whole text.
  const byLine: (Block | undefined)[] = new Array(draft.lines.length);
  for (const b of draft.blocks) for (let l = b.startLine; l <= b.endLine && l < byLine.length; l++) byLine[l] = b;

  // HTML comments are not shown to the requester, even inside a paragraph.
  const comments = htmlCommentSpans(draft.text);

  const sectionByBlock = new Map<Block, Section>();
  for (const s of draft.sections) {
    sectionByBlock.set(s.anchor, s);
    for (const b of s.blocks) sectionByBlock.set(b, s);
  }

  const position = (offset: number): Position => positionOfOffset(draft.lineStarts, offset);
  return {
    blocks,
    isReply: (b) => reply.has(b),
    blockAt: (line) => byLine[line],
    isReplyOffset(offset) {
      const block = byLine[lineOfOffset(draft.lineStarts, offset)];
      if (!block || !reply.has(block)) return false;
      // The last comment starting at or before the offset (comments are in order and do not overlap).
      let lo = 0;
      let hi = comments.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (comments[mid][0] <= offset) lo = mid + 1;
        else hi = mid - 1;
      }
      return hi < 0 || offset >= comments[hi][1];
    },
    position,
    range: (start, end) => ({ start: position(start), end: position(end) }),
    sectionOf: (b) => sectionByBlock.get(b),
  };
}
