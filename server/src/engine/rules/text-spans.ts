import { positionOfOffset, type ReplyView } from '../analysis/reply';
import type { Block, Draft, Range } from '../types';
import { sentencesOf, type Sentence } from '../parse/sentences';
export { sentencesOf, type Sentence };

// Where a block's words are in the source, for the rules that point at a sentence, a phrase or a
// pointer inside a paragraph. A block's text has its markup stripped and its whitespace folded; these
// helpers look for the same words in the source, allowing markup and line breaks between them.

/** The source offsets of a block's lines: from the start of its first line to the end of its last. */
export function blockSpan(draft: Draft, block: Block): { start: number; end: number; text: string } {
  const start = draft.lineStarts[block.startLine] ?? draft.text.length;
  const last = Math.min(block.endLine, draft.lines.length - 1);
  const end = (draft.lineStarts[last] ?? draft.text.length) + (draft.lines[last]?.length ?? 0);
  return { start, end, text: draft.text.slice(start, end) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `piece` (words of the block's text) is in the block's source, at or after source offset
 * `after`: the words may be separated by markup and line breaks there. Undefined when not found.
 */
export function findInBlock(draft: Draft, block: Block, piece: string, after = 0): { start: number; end: number } | undefined {
  const words = piece.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 200) return undefined;
  const span = blockSpan(draft, block);
  const re = new RegExp(words.map(escape).join('[\\s*_\\\\>]+'), 'g');
  re.lastIndex = Math.max(0, after - span.start);
  const m = re.exec(span.text);
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : undefined;
}

/** The range of source offsets start..end. */
export function offsetRange(draft: Draft, start: number, end: number): Range {
  return { start: positionOfOffset(draft.lineStarts, start), end: positionOfOffset(draft.lineStarts, end) };
}

/** The range of `piece` in a block, or the block's own range when the words cannot be found. */
export function rangeInBlock(draft: Draft, block: Block, piece: string): Range {
  const at = findInBlock(draft, block, piece);
  return at ? offsetRange(draft, at.start, at.end) : block.range;
}

/**
 * The authority's own words for the rules on slips and leftovers: the reply's blocks and the answers the
 * reader paired with questions inside the request (a letter that answers under each question quoted).
 */
export function ownBlocks(draft: Draft, view: ReplyView): readonly Block[] {
  let blocks = ownByDraft.get(draft);
  if (!blocks) {
    const own = new Set(view.blocks);
    for (const b of answerBlocks(draft)) if (b.kind !== 'code' && b.kind !== 'html') own.add(b);
    blocks = draft.blocks.filter((b) => own.has(b));
    ownByDraft.set(draft, blocks);
  }
  return blocks;
}

/** Several rules read the same draft's own blocks: found once per draft (the view is the draft's own). */
const ownByDraft = new WeakMap<Draft, Block[]>();

/** The blocks the reader paired with questions as their answers. */
export function answerBlocks(draft: Draft): Set<Block> {
  const out = new Set<Block>();
  const visit = (qs: Draft['questions']) => {
    for (const q of qs) {
      for (const b of q.answer?.blocks ?? []) out.add(b);
      visit(q.children);
    }
  };
  visit(draft.questions);
  for (const s of draft.sharedAnswers) for (const b of s.answer.blocks) out.add(b);
  return out;
}

/** A block's sentences (sentencesOf its text), cut once per block: several rules read them. */
export function blockSentences(block: Block): readonly Sentence[] {
  const cached = sentencesByBlock.get(block);
  if (cached && cached.text === block.text) return cached.sentences;
  const sentences = sentencesOf(block.text);
  sentencesByBlock.set(block, { text: block.text, sentences });
  return sentences;
}

const sentencesByBlock = new WeakMap<Block, { text: string; sentences: readonly Sentence[] }>();
