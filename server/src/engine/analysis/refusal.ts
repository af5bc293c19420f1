import { findCitations, type CitationMatch, type Ground } from '../law/catalogue';
import { sentencesOf } from '../parse/sentences';
import type { ReplyView } from './reply';
import type { Block, Draft, Range, RegimeId } from '../types';

// What a draft refuses and on which grounds, read once per draft for the refusal-notice rules
// (FOIA s.17, EIR reg 14, FOISA s.16): every citation in the authority's own words, resolved in the
// one catalogue of grounds (law/catalogue.ts); the passage that explains each ground; and the
// phrases that show information is withheld, redacted, not held or neither confirmed nor denied.

export interface Citation extends CitationMatch {
  range: Range;
  block: Block;
}

export interface CitedGround extends Citation {
  ground: Ground;
  /** The paragraphs that explain this citation: its own, up to two before it in its answer, and those after it up to the next ground, heading or answer. */
  passage: readonly Block[];
  /** The passage's text, joined. */
  passageText: string;
}

export interface RefusalAnalysis {
  regime: RegimeId;
  /** Every citation of a section or regulation in the authority's own words, in order. */
  citations: readonly Citation[];
  /** The citations that are refusal grounds (exemptions, exceptions, s.12, s.14, NCND provisions). */
  grounds: readonly CitedGround[];
  /** Blocks of the response proper: not the regime statement or the closing sections. */
  responseBlocks: readonly Block[];
  /** Their text, joined by line breaks: one string to search before looking block by block. */
  responseText: string;
  /** The first block that neither confirms nor denies. */
  ncnd?: Block;
  /** Blocks that say information is withheld or refused. */
  withholding: readonly Block[];
  /** Blocks that say information is redacted. */
  redaction: readonly Block[];
  /** The first block that says information is not held. */
  notHeld?: Block;
  /** Whether the reply refuses anything: a ground cited, NCND, or information withheld. */
  refuses: boolean;
  /** Blocks that give public interest reasoning (weighing factors or saying which interest outweighs). */
  publicInterest: readonly Block[];
  /** The passage around any block of the response (see CitedGround.passage). */
  passageOf(block: Block): readonly Block[];
  /** The grounds cited in a block. */
  groundsIn(block: Block): readonly CitedGround[];
  /** The text of every passage that cites this ground, each passage once. */
  groundText(ground: Ground): string;
}

export const NCND = /\bneither\s+confirms?\s+nor\s+den(?:y|ies)\b|\bcan(?:not|'t|’t)\s+confirm\s+or\s+deny\b/i;
export const NOT_HELD =
  /\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t)\s+hold\b|\bnot\s+held\b|\bholds?\s+no\s+(?:recorded\s+)?information\b|\bno\s+(?:recorded\s+)?information\s+(?:is\s+|was\s+)?held\b/i;
const WITHHOLDING =
  /\bwith(?:h[oe]ld(?:ing)?|held)\b|\bexempt\s+from\s+disclosure\b|\b(?:is|are|was|were|remains?)\s+exempt\b|\brefus(?:e|ed|ing)\s+(?:your|this|the)\s+request\b|\bnot\s+obliged\s+to\s+comply\b|\b(?:are|is)\s+(?:not\s+able|unable)\s+to\s+(?:disclose|release)\b|\bcannot\s+(?:disclose|release)\b|\bwill\s+not\s+(?:be\s+)?(?:disclos|releas)(?:e|ed|ing)\b/i;
const REDACTION =
  /\bredact(?:ed|ions?|ing)?\b|\bblacked[\s-]out\b|\bblanked[\s-]out\b|\b(?:has|have)\s+been\s+(?:removed|obscured)\s+from\s+(?:the|this|these)\b/i;
/** Public interest reasoning: the phrase, plus a weighing. */
const PIT_PHRASE = /\bpublic\s+interest\b/i;
const PIT_WEIGHING =
  /\boutweigh|\bfavou?r(?:s|ing)?\s+(?:of\s+)?(?:the\s+)?(?:disclos|maintain|withhold|releas|non-disclosure|the\s+exemption|the\s+exception)|\bbalance\b|\bfactors?\s+(?:for|against|in\s+favou?r)/i;

const CLOSING = new Set(['regime', 'further-information', 'direct-marketing', 'rights']);


/** What the law allows any authority ("exemptions ... enable public authorities to withhold information"). */
const THE_LAW_IN_GENERAL = /\bpublic authorit(?:y|ies)\b|\bthe act (?:requires|allows|provides|creates)\b/i;

/** "... within 20 working days unless the information is exempt": what may happen, not what does. */
const HYPOTHETICAL = /\b(?:unless|if|where|whether)\b[^.;]{0,80}\b(?:exempt|withh[oe]ld)/i;

/** A paragraph that withholds something itself, not only in sentences about what the law allows any authority or what may happen. */
function withholdsHere(block: Block): boolean {
  return sentencesOf(block.text).some((s) => WITHHOLDING.test(s.text) && !THE_LAW_IN_GENERAL.test(s.text) && !HYPOTHETICAL.test(s.text));
}

export function isPublicInterestText(text: string): boolean {
  return PIT_PHRASE.test(text) && PIT_WEIGHING.test(text);
}

function isGround(c: CitationMatch): c is CitationMatch & { ground: Ground } {
  return c.ground !== undefined && c.instrument === undefined && c.ground.kind !== 'not-a-ground';
}

/** What a draft refuses and on which grounds, read in the regime in effect from the authority's own words. */
export function analyseRefusal(draft: Draft, regime: RegimeId, view: ReplyView): RefusalAnalysis {
  // From the acknowledgement on: the header's addresses are not part of the reply's substance.
  const first = draft.request ? (draft.blocks[draft.request.start - 1] ?? draft.blocks[draft.request.start]) : undefined;
  const firstLine = first ? first.startLine : 0;
  // The regime statement itself is not the response, but what follows it before a heading may be.
  const responseBlocks = view.blocks.filter((b) => {
    const s = view.sectionOf(b);
    const closing = s !== undefined && CLOSING.has(s.id) && (s.id !== 'regime' || s.anchor === b);
    return b.startLine >= firstLine && !closing;
  });
  const responseText = responseBlocks.map((b) => b.text).join('\n');
  const citations = citationsFrom(draft, regime, view, firstLine);
  const citedIn = groupByBlock(citations);
  const passageOf = passageFinder(responseBlocks, citedIn, answersByBlock(draft));
  const grounds = citedGrounds(citations, passageOf);
  const groundsByBlock = groupByBlock(grounds);

  // Each phrase is looked for in the whole response first: most replies refuse nothing.
  const blocksMatching = (re: RegExp): Block[] => (re.test(responseText) ? responseBlocks.filter((b) => re.test(b.text)) : []);
  const ncnd = blocksMatching(NCND)[0];
  const notHeld = blocksMatching(NOT_HELD)[0];
  const withholding = blocksMatching(WITHHOLDING).filter(withholdsHere);
  const redaction = blocksMatching(REDACTION);
  const publicInterest = PIT_PHRASE.test(responseText) ? blocksMatching(PIT_PHRASE).filter((b) => PIT_WEIGHING.test(b.text)) : [];
  return {
    regime,
    citations,
    grounds,
    responseBlocks,
    responseText,
    ...(ncnd && { ncnd }),
    withholding,
    redaction,
    ...(notHeld && { notHeld }),
    refuses: grounds.length > 0 || ncnd !== undefined || withholding.length > 0,
    publicInterest,
    passageOf,
    groundsIn: (b) => groundsByBlock.get(b) ?? [],
    groundText: groundTextOf(grounds),
  };
}

/** One pass over the text from the acknowledgement on: citations can span markup and hard line breaks. */
function citationsFrom(draft: Draft, regime: RegimeId, view: ReplyView, firstLine: number): Citation[] {
  const citations: Citation[] = [];
  const from = draft.lineStarts[firstLine] ?? 0;
  for (const c of findCitations(from ? draft.text.slice(from) : draft.text, regime)) {
    const index = c.index + from;
    if (!view.isReplyOffset(index)) continue;
    const range = view.range(index, index + c.length);
    const block = view.blockAt(range.start.line);
    if (block) citations.push({ ...c, index, range, block });
  }
  return citations;
}

function groupByBlock<T extends { block: Block }>(items: readonly T[]): Map<Block, T[]> {
  const out = new Map<Block, T[]>();
  for (const item of items) {
    const list = out.get(item.block);
    if (list) list.push(item);
    else out.set(item.block, [item]);
  }
  return out;
}

function citedGrounds(citations: readonly Citation[], passageOf: (block: Block) => readonly Block[]): CitedGround[] {
  // Many citations share a passage (a long paragraph citing the same ground again and again): its text is built once.
  const textOf = new Map<readonly Block[], string>();
  const passageText = (passage: readonly Block[]) => {
    let text = textOf.get(passage);
    if (text === undefined) {
      text = passage.map((b) => b.text).join('\n');
      textOf.set(passage, text);
    }
    return text;
  };
  const grounds: CitedGround[] = [];
  for (const c of citations) {
    if (!isGround(c)) continue;
    const passage = passageOf(c.block);
    grounds.push({ ...c, ground: c.ground, passage, passageText: passageText(passage) });
  }
  return grounds;
}

/** The text of every passage citing a ground: each paragraph once, in order, however many passages share it. */
function groundTextOf(grounds: readonly CitedGround[]): (ground: Ground) => string {
  const textByGround = new Map<Ground, string>();
  return (ground) => {
    let text = textByGround.get(ground);
    if (text === undefined) {
      const blocks = new Set<Block>();
      for (const g of grounds) if (g.ground === ground) for (const b of g.passage) blocks.add(b);
      text = [...blocks].sort((x, y) => x.startLine - y.startLine).map((b) => b.text).join('\n');
      textByGround.set(ground, text);
    }
    return text;
  };
}

function answersByBlock(draft: Draft): Map<Block, readonly Block[]> {
  const out = new Map<Block, readonly Block[]>();
  const visit = (qs: Draft['questions']) => {
    for (const q of qs) {
      if (q.answer) for (const b of q.answer.blocks) out.set(b, q.answer.blocks);
      visit(q.children);
    }
  };
  visit(draft.questions);
  for (const s of draft.sharedAnswers) for (const b of s.answer.blocks) out.set(b, s.answer.blocks);
  return out;
}

/** Paragraphs after a citation that can explain it, and before it within the same answer. */
const MAX_AFTER = 8;
const MAX_BEFORE = 2;

/**
 * The passage explaining a citation: its paragraph, up to two before it in the same answer, and the
 * paragraphs after it until a heading, another answer or a paragraph citing a different ground. Bounded,
 * so a long answer citing the same ground in every paragraph costs no more than linear time.
 */
function passageFinder(
  responseBlocks: readonly Block[],
  citedIn: ReadonlyMap<Block, Citation[]>,
  answerOf: ReadonlyMap<Block, readonly Block[]>,
): (block: Block) => readonly Block[] {
  const index = new Map(responseBlocks.map((b, i) => [b, i]));
  const keys = new Map<Block, ReadonlySet<string>>();
  const none: ReadonlySet<string> = new Set();
  /** The sections or regulations (without subsections) a paragraph cites as grounds. */
  const groundKey = (b: Block): ReadonlySet<string> => {
    let key = keys.get(b);
    if (!key) {
      const cited = citedIn.get(b);
      key = cited ? new Set(cited.flatMap((c) => (isGround(c) ? [c.ground.citation.replace(/\(.*$/, '')] : []))) : none;
      keys.set(b, key);
    }
    return key;
  };
  const differentGround = (b: Block, own: ReadonlySet<string>) => {
    const other = groundKey(b);
    if (other.size === 0 || own.size === 0) return false;
    for (const k of other) if (own.has(k)) return false;
    return true;
  };
  const isHeading = (b: Block) => b.kind === 'heading' || b.headingLevel !== undefined;
  const memo = new Map<Block, readonly Block[]>();
  return (block) => {
    const cached = memo.get(block);
    if (cached) return cached;
    const start = index.get(block);
    let passage: Block[] = [block];
    if (start !== undefined) {
      // A paragraph that cites nothing itself ("Some names have been redacted.") is explained by the
      // first ground cited after it.
      let own = groundKey(block);
      const answer = answerOf.get(block);
      let first = start;
      while (first > 0 && start - first < MAX_BEFORE) {
        const b = responseBlocks[first - 1];
        if (!answer || answerOf.get(b) !== answer || isHeading(b) || differentGround(b, own)) break;
        first--;
      }
      let last = start;
      while (last + 1 < responseBlocks.length && last - start < MAX_AFTER) {
        const b = responseBlocks[last + 1];
        if (isHeading(b) || (answerOf.has(b) && answerOf.get(b) !== answer) || differentGround(b, own)) break;
        if (own.size === 0) own = groundKey(b);
        last++;
      }
      passage = responseBlocks.slice(first, last + 1);
    }
    memo.set(block, passage);
    return passage;
  };
}
