import type { Block, Draft } from '../types';
import { ACCESSIBLE, hasAddressIn, isAccessibleElsewhere } from './pointers';
import { POINTS_ELSEWHERE, SUBSTANCE } from '../parse/pointers';
import type { Rule } from './rule';
import { answerBlocks, blockSpan, ownBlocks } from './text-spans';


/** A line that is only a link to something published (its title and address, or its title and an empty bracket). */
function linkLine(draft: Draft, block: Block): boolean {
  const source = blockSpan(draft, block).text;
  return block.text.split(/\s+/).length <= 12 && (hasAddressIn(source) || /\(\s*\)?\s*[.]?\s*$/.test(source));
}

export const pointerOnlyReply: Rule<'refusal' | 'reply' | 'regime'> = {
  meta: {
    id: 'pointer-only-reply',
    description: 'The reply only points to earlier responses or the disclosure log: it does not give the information or rely on section 21.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A reply that answers only "we have published several responses to similar requests, please see our
disclosure log" has not complied with the request: the requester is entitled to be told whether the
information is held and to have it communicated (FOIA section 1(1); EIR regulation 5(1); FOISA section
1(1)). Pointing to information already published is lawful only as a refusal under the provision for
information reasonably accessible by other means (FOIA section 21; FOISA section 25; EIR regulation
6(1)(b)), which must be cited and must say precisely where the information is (see
\`pointer-without-location\`); and an earlier response answers the request only if it holds the same
information for the period asked about.

Reported: a reply whose response, in the authority's own words, points to earlier or similar responses,
the disclosure log or a transparency site, that cites no such provision, and that gives nothing of
substance itself: no answer paired with a question that says more than a pointer or a list of links,
and no figure (years and reference numbers aside), no yes or no, no "not held" or "no recorded information", no table or figures below, no
exemption, nothing attached or enclosed. A reply that gives its answer and mentions the disclosure log as
well is not reported.

**Fix:** give the information (copied from the earlier response if it answers this request), or rely on
section 21 (FOISA section 25, EIR regulation 6(1)(b)) and give a direct link to each published response.`,
  },
  reads: ['refusal', 'reply', 'regime'],
  check(ctx) {
    const { draft } = ctx;
    const a = ctx.facts.refusal;
    const spec = ACCESSIBLE[a.regime];
    if (a.refuses || a.notHeld || a.citations.some((c) => isAccessibleElsewhere(a.regime, c))) return;
    const firstLine = draft.request ? draft.request.range.start.line : 0;
    // The closing paragraphs and the regime statement itself are not the answer.
    const closing = new Set(draft.sections.flatMap((s) => (s.id === 'response' ? [] : s.id === 'regime' ? [s.anchor] : [s.anchor, ...s.blocks])));
    const blocks = ownBlocks(draft, ctx.facts.reply).filter((b) => b.startLine >= firstLine && !closing.has(b) && b.kind !== 'heading');
    const pointer = blocks.find((b) => POINTS_ELSEWHERE.test(b.text));
    if (!pointer) return;
    // An answer paired with a question that says something of its own is an answer, whatever its words.
    const answers = answerBlocks(draft);
    const pointing = (b: Block) => POINTS_ELSEWHERE.test(b.text) || linkLine(draft, b);
    if (blocks.some((b) => SUBSTANCE.test(b.text) || (!pointing(b) && answers.has(b) && b.text.split(/\s+/).length >= 3))) return;
    ctx.report({
      message: `This reply only points to other responses or published pages: give the information asked for, or rely on ${spec.label} (information reasonably accessible) and link to exactly where it is (${a.regime === 'eir' || a.regime === 'eisr' ? 'regulation 5(1)' : 'section 1(1)'}).`,
      range: pointer.range,
    });
  },
};
