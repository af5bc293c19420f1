import type { Rule } from './rule';
import { danglingPointer, isAccessibleElsewhere } from './pointers';
import { offsetRange, ownBlocks } from './text-spans';

export const emptyLink: Rule<'reply' | 'refusal'> = {
  meta: {
    id: 'empty-link',
    description: 'A pointer with no address: "available at:" followed by nothing, "please follow the link" with no link, link text with no URL.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A reply that sends the requester to "the following link:" and then gives none, or says the information
"can be found here" where "here" links nowhere, has not communicated the information or said where it is.
Where the authority relies on the information being reasonably accessible (FOIA section 21, FOISA section
25, EIR regulation 6(1)(b)), the reply should give the specific URL or location (RULES.md RESP-07 [S]; the ICO
guidance's exact wording is not verified [U]); a link that goes nowhere is no direction at all. Links are often lost when a letter is pasted from Word or a web page, so check the
sent text, not the template.

Reported, in the authority's own words:

- a paragraph that ends in a pointer and a colon ("can be found at:", "the following link:", "website
  at:") with no address in it or in the next paragraph;
- "please follow the link", "click here", "can be found here", "the link below" with no address in the
  paragraph or the next one;
- link text with an empty address: \`[Facts and Figures]()\`, or an opening bracket with nothing in it
  after words such as "website" or "page" ("Facts and Figures (", "Incident Data ( .").

An address is a URL (\`https://…\`, \`www.…\`), a Markdown link with a target, or a domain name such as
ico.org.uk. One finding per paragraph.

As advice (info): "please see our website" or "visit our website" with no address in the paragraph or the
next one, which may be deliberate for a small site. Where the paragraph relies on section 21 (FOISA
section 25, EIR regulation 6(1)(b)), \`pointer-without-location\` reports it instead, as a warning.

**Fix:** paste the full address (the page itself, not the home page), or describe exactly where the
information is (the page's title and the menu path to it).`,
  },
  reads: ['reply', 'refusal'],
  check(ctx) {
    const { draft } = ctx;
    const blocks = ownBlocks(draft, ctx.facts.reply);
    blocks.forEach((block, i) => {
      if (block.kind === 'code' || block.kind === 'html') return;
      const d = danglingPointer(draft, block, blocks[i + 1]);
      if (!d) return;
      // "See our website" where section 21 is relied on is pointer-without-location's, as a warning.
      if (d.kind === 'website' && ctx.facts.refusal.citations.some((c) => (c.block === block || c.block === blocks[i - 1]) && isAccessibleElsewhere(ctx.facts.refusal.regime, c))) return;
      const more = d.count > 1 ? ` (and ${d.count - 1} more in this paragraph)` : '';
      ctx.report({
        ...(d.kind === 'website' && { severity: 'info' as const }),
        message:
          d.kind === 'website'
            ? 'This sends the requester to the website as a whole: give the address of the page or document, or say exactly where on the site the information is.'
            : d.kind === 'empty-target'
            ? `This link has no address${more}: paste the full URL so the requester can reach the information.`
            : 'This points the requester to a link or address, but none follows: paste the full URL or say exactly where the information is.',
        range: offsetRange(draft, d.start, d.end),
      });
    });
  },
};
