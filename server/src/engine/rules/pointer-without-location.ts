import type { Citation } from '../analysis/refusal';
import type { Block } from '../types';
import type { Rule } from './rule';
import { ACCESSIBLE, danglingPointer, hasAddress, isAccessibleElsewhere } from './pointers';

/**
 * A precise description of where the information is, without an address: a page or document named in
 * quotes or by its title, a menu path, a page number, a place in a named publication.
 */
const DESCRIBED =
  /[“"][^”"\n]{4,100}[”"]|(?:^|\s)‘[^’\n]{4,100}’(?=[\s.,;:)]|$)|\s(?:>|→|»)\s|\bpage\s+\d+|\b(?:under|in)\s+the\s+[“"‘']?[A-Z][\w,&'’-]*(?:\s+[A-Z&][\w,&'’-]*)+|\b(?:section|page|tab|heading|menu)\s+(?:called|titled|entitled|headed|named)\b|\bsearch(?:ing)?\s+for\b|\benclosed\b|\battached\b|\bappendix\b/;

export const pointerWithoutLocation: Rule<'refusal' | 'reply'> = {
  meta: {
    id: 'pointer-without-location',
    description: 'Section 21 (FOISA section 25, EIR regulation 6(1)(b)) relied on without a link or a precise description of where the information is.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `An authority may decline to provide information that is reasonably accessible to the requester by other
means (FOIA section 21; FOISA section 25; EIR regulation 6(1)(b), where it is already publicly available
and easily accessible in another form or format). The refusal is only sound if the requester can find it:
the reply should give the specific URL or location, not just "on our website" (RULES.md RESP-07, from
the ICO's section 21 guidance [S]; the guidance's exact wording is not verified [U]); section 17(1)(c)
requires the reasons for the exemption, and where the information is reached is the reason here. The section 16 duty to advise and assist
points the same way.

Reported: a reply that cites the provision for its regime and gives, in the passage explaining it (the
citing paragraph, the next one and the rest of its answer after it), neither an address (a URL, a Markdown link
with a target, a domain name) nor a precise description (a document or page named in quotes or by its
title, a menu path such as "Council > Spending", a page number, "attached", "enclosed"). A pointer whose
link is missing ("available at:" and nothing after it) is reported by \`empty-link\` instead, so one gap
is one finding.

**Fix:** give the full address of the page or document, or say exactly where it is (its title, the menu
path, the page or table).`,
  },
  reads: ['refusal', 'reply'],
  check(ctx) {
    const { draft } = ctx;
    const a = ctx.facts.refusal;
    const view = ctx.facts.reply;
    const spec = ACCESSIBLE[a.regime];
    const cited = a.citations.filter((c) => isAccessibleElsewhere(a.regime, c));
    const seen = new Set<Block>();
    for (const c of cited) {
      const passage = passageOf(ctx, c);
      if (passage.some((b) => seen.has(b))) continue;
      passage.forEach((b) => seen.add(b));
      const next = (b: Block) => view.blocks[view.blocks.indexOf(b) + 1];
      // A link that is there but empty is empty-link's; "see our website" is this rule's.
      const emptyLink = (b: Block) => {
        const d = danglingPointer(draft, b, next(b));
        return d !== undefined && d.kind !== 'website';
      };
      if (passage.some((b) => hasAddress(draft, b) || emptyLink(b) || DESCRIBED.test(b.text))) continue;
      ctx.report({
        message: `The reply relies on ${spec.label} (information reasonably accessible) but does not say where the information is: give a direct link to the page or document, or a precise description of where to find it.`,
        range: c.range,
      });
    }
  },
};

/** The paragraphs that explain a citation: its own, the rest of its passage after it, and at least the next one. */
function passageOf(ctx: { facts: { refusal: { passageOf(b: Block): readonly Block[] }; reply: { blocks: readonly Block[] } } }, c: Citation): Block[] {
  // From the citing paragraph on: what comes before it belongs to other parts of the answer.
  const passage = ctx.facts.refusal.passageOf(c.block).filter((b) => b.startLine > c.block.startLine);
  passage.unshift(c.block);
  const blocks = ctx.facts.reply.blocks;
  const after = blocks[blocks.indexOf(passage[passage.length - 1]) + 1];
  if (after && !passage.includes(after)) passage.push(after);
  return passage;
}
