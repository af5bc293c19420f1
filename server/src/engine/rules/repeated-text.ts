import { normalise } from '../parse/markup';
import type { Block } from '../types';
import type { Rule } from './rule';
import { blockSentences, findInBlock, offsetRange, ownBlocks } from './text-spans';

// Shorter texts repeat on purpose: "Not held." under two questions, "See attached." twice.
const MIN_CHARS = 40;
const MIN_WORDS = 6;
// List items repeat on purpose: the same answer to parallel parts of a question.
const PROSE: ReadonlySet<Block['kind']> = new Set(['paragraph']);

// Bullets typed as characters, as converted letters have them.
const BULLET = /^\s*[•●▪◦·]/;

const SPACES = /\s+/g;

/** At least MIN_CHARS and MIN_WORDS (pieces between runs of white space), counted no further than needed. */
function long(text: string): boolean {
  if (text.length < MIN_CHARS) return false;
  let pieces = 1;
  SPACES.lastIndex = 0;
  while (pieces < MIN_WORDS && SPACES.exec(text)) pieces++;
  return pieces >= MIN_WORDS;
}

/** Texts that fold to the same words differ only in case, spacing and punctuation: lengths close, so compared first. */
const near = (a: string, b: string) => Math.abs(a.length - b.length) <= Math.max(8, a.length / 5);

export const repeatedText: Rule<'reply'> = {
  meta: {
    id: 'repeated-text',
    description: 'The same sentence or paragraph twice in a row (or with one paragraph between): a copy-and-paste slip.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A sentence or paragraph that appears twice in a row (after ignoring differences of whitespace, case
and punctuation) is almost always a slip when pasting from a template or an earlier draft. It does not
break the law, but a reply published on a disclosure log with a doubled paragraph reads as careless, and
the section 45 Code of Practice expects replies to be clear [U].

Reported: a paragraph of at least six words repeated as the next paragraph (or the one after, with one
paragraph of the reply between them), and a sentence of at
least six words repeated as the next sentence of the same paragraph, in the authority's own words (the
quoted request and restated questions are the requester's). Numbered answers and list items that say the
same thing ("1. Not held", "2. Not held") are not reported: each answers its own question.

**Fix:** delete the second copy. The quick fix offered in the editor does, leaving the first; \`--fix\`
does not apply it, because fixes applied without review never remove the draft's own lines.`,
  },
  reads: ['reply'],
  check(ctx) {
    const { draft } = ctx;
    const own = new Set(ownBlocks(draft, ctx.facts.reply));
    const view = { isReply: (b: Block) => own.has(b) };
    const blocks = draft.blocks;
    const foldedText = new Map<Block, string>();
    const folded = (b: Block) => foldedText.get(b) ?? foldedText.set(b, normalise(b.text)).get(b)!;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!view.isReply(block) || !PROSE.has(block.kind)) continue;
      // A paragraph repeated as the next block, or the one after with one paragraph of the reply between.
      const earlier = [blocks[i - 1], blocks[i - 2]].findIndex(
        (b, k) =>
          b !== undefined &&
          b.kind === block.kind &&
          (k === 0 || (view.isReply(blocks[i - 1]) && PROSE.has(blocks[i - 1].kind))) &&
          view.isReply(b) &&
          !numbered(b) &&
          !numbered(block) &&
          !BULLET.test(draft.lines[block.startLine]) &&
          near(b.text, block.text) &&
          long(block.text) &&
          folded(b) === folded(block),
      );
      if (earlier >= 0) {
        ctx.report({
          message: `This paragraph repeats the one ${earlier ? 'two paragraphs up' : 'before it'} word for word: delete one copy.`,
          range: block.range,
          suggestions: [{ title: 'Delete the repeated paragraph', edits: [{ range: { start: blocks[i - 1].range.end, end: block.range.end }, newText: '' }] }],
        });
        continue;
      }
      // A sentence repeated as the next sentence.
      if (block.text.length < 2 * MIN_CHARS) continue;
      const sentences = blockSentences(block);
      for (let i = 1; i < sentences.length; i++) {
        const [a, b] = [sentences[i - 1], sentences[i]];
        if (!near(a.text, b.text) || !long(b.text) || normalise(a.text) !== normalise(b.text)) continue;
        const first = findInBlock(draft, block, a.text);
        const second = first && findInBlock(draft, block, b.text, first.end);
        const range = second ? offsetRange(draft, second.start, second.end) : block.range;
        ctx.report({
          message: 'This sentence repeats the one before it word for word: delete one copy.',
          range,
          ...(first &&
            second && {
              suggestions: [{ title: 'Delete the repeated sentence', edits: [{ range: offsetRange(draft, first.end, second.end), newText: '' }] }],
            }),
        });
      }
    }
  },
};

function numbered(block: Block): boolean {
  return block.item !== undefined || (block.marker !== undefined && block.marker !== '-' && block.marker !== '*' && block.marker !== '+');
}
