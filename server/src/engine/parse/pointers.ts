import type { Block } from '../types';

// A reply that points to earlier responses, the disclosure log or a transparency site instead of
// answering. The reader takes such a reply for no answer; the pointer-only-reply rule says why.

/** A pointer to an earlier response, the disclosure log or published responses instead of an answer. */
export const POINTS_ELSEWHERE =
  /\b(?:previous|earlier|similar|recent|other)\s+(?:(?:FOI|EIR|FOISA|information)\s+)?(?:responses?|requests?|disclosures?)\b|\b(?:please\s+)?(?:see|refer\s+to|read)\s+(?:our|the)\s+(?:response|reply|answer)s?\s+to\s+(?:FOI|EIR|request|reference|ref)\b|\b(?:published|available|found)\s+(?:on|in)\s+(?:our|the)\s+(?:[\w&-]+\s+){0,3}(?:disclosure\s+log|transparency\s+(?:site|website|pages?))\b|\bresponses?\s+(?:that\s+(?:are|were|have\s+been)\s+)?published\s+on\b/i;

/** An answer's substance: a figure (not a year or a reference number), a yes or no, "not held", "there has not been any", "none", a refusal. */
export const SUBSTANCE =
  /(?<![\w/-])(?<!\b(?:FOI|EIR|FOISA|EISR|ref|reference|no\.?|number|response|request|case)\s?)(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\w/-])|^(?:yes|no)\b|\b(?:do(?:es)?\s+not|don['’]t)\s+hold\b|\bnot\s+held\b|\bno\s+(?:recorded\s+)?(?:information|data|records?)\b|\b(?:table|figures|list|spreadsheet)\s+(?:below|above)\b|\bexempt|\bexception\b|\bwithh[oe]ld|\battached\b|\benclosed\b|\bplease\s+find\b|\bthere\s+(?:has|have|had)\s+not\s+been\s+any\b|\bthere\s+(?:is|are|was|were)\s+no\b|\b(?:none|nil)\b/i;

/** Relying on the provision for information reasonably accessible elsewhere: a pointer that is an answer. */
const ACCESSIBLE_ELSEWHERE = /\b(?:section|s\.?)\s*(?:21|25)\b|\bregulation\s+6\s*\(1\)/i;

/** The pointer, when blocks read as an answer only point elsewhere and say nothing of their own. */
export function onlyPointer(blocks: readonly Block[]): Block | undefined {
  const pointer = blocks.find((b) => POINTS_ELSEWHERE.test(b.text));
  if (!pointer || blocks.some((b) => SUBSTANCE.test(b.text) || ACCESSIBLE_ELSEWHERE.test(b.text))) return undefined;
  return pointer;
}
