import type { CitedGround, RefusalAnalysis } from '../analysis/refusal';
import type { Block, Draft, Range } from '../types';
import { findInBlock, offsetRange } from './text-spans';

// Where a FOIA or FOISA reply refuses on cost (section 12): the citation, the paragraphs about the
// limit being exceeded, and the passages that explain them. Read by the cost rules (cost-limit,
// cost-estimate, cost-aggregation) so that they agree on what a cost refusal is.

const COST_WORDING = /\b(?:appropriate|cost|costs|fees?)\s+limit\b|\bcost\s+of\s+compl(?:ying|iance)\b/i;
const EXCEEDED = /\bexceed|\bover\s+the\b|\babove\s+the\b|\bmore\s+than\b|\bbeyond\b/i;

export interface CostRefusal {
  /** The section 12 citation, if the reply cites it. */
  section12?: CitedGround;
  /** Paragraphs saying the cost limit would be exceeded (not those saying a request is within it). */
  costBlocks: readonly Block[];
  /** Where findings about the refusal as a whole go: the citation, else the first cost paragraph. */
  anchor: Range;
  scotland: boolean;
  /** The cost paragraphs and the passages around them (or the citation's passage), in order. */
  passage: readonly Block[];
  passageText: string;
}

/** The three cost rules read the same draft's cost refusal: found once per analysis (each draft has its own). */
const byAnalysis = new WeakMap<RefusalAnalysis, { value: CostRefusal | undefined }>();

export function costRefusal(a: RefusalAnalysis): CostRefusal | undefined {
  let found = byAnalysis.get(a);
  if (!found) {
    found = { value: findCostRefusal(a) };
    byAnalysis.set(a, found);
  }
  return found.value;
}

function findCostRefusal(a: RefusalAnalysis): CostRefusal | undefined {
  if (a.regime === 'eir' || a.regime === 'eisr') return undefined;
  const section12 = a.grounds.find((g) => (g.ground.regime === 'foia' || g.ground.regime === 'foisa') && /^12\b/.test(g.ground.citation));
  // The whole response is searched first: most replies say nothing of a cost limit.
  const costBlocks = COST_WORDING.test(a.responseText) ? a.responseBlocks.filter((b) => COST_WORDING.test(b.text) && EXCEEDED.test(b.text)) : [];
  if (!section12 && !costBlocks.length) return undefined;
  const blocks = new Set<Block>();
  for (const b of [...(section12 ? [section12.block] : []), ...costBlocks]) for (const p of a.passageOf(b)) blocks.add(p);
  const passage = [...blocks].sort((x, y) => x.startLine - y.startLine);
  return {
    ...(section12 && { section12 }),
    costBlocks,
    anchor: section12?.range ?? costBlocks[0].range,
    scotland: a.regime === 'foisa',
    passage,
    passageText: passage.map((b) => b.text).join('\n'),
  };
}

/** Where a piece of a block's text is in the source ("£450" also as "£ 450"), or the block's range. */
export function rangeOf(draft: Draft, block: Block, piece: string): Range {
  const at = findInBlock(draft, block, piece) ?? findInBlock(draft, block, piece.replace('£', '£ '));
  return at ? offsetRange(draft, at.start, at.end) : block.range;
}
