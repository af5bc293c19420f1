import type { Rule } from './rule';
import { ownBlocks, rangeInBlock } from './text-spans';

const VERB = String.raw`(?:is|are|was|were|has|have|had|will|can|may|do|does|did|hold|holds|held|attached|enclosed|below|provided)`;
const SUBJECT = String.raw`(?:it|this|they|these|those|we|I|you|the|there|no|a|an|our|your|some|all|none|each)`;
// Two clauses joined by a slash: "it is attached/ the answers to your questions are below".
const CLAUSES = new RegExp(
  String.raw`\b${SUBJECT}\b[^.;:!?/\n]{0,80}\b${VERB}\b[^.;:!?/\n]{0,40}?\s*/\s*${SUBJECT}\b[^.;:!?/\n]{0,80}?\b${VERB}\b[^.;:!?/\n]{0,40}`,
  'i',
);
// A word and its negation: "is/is not", "does / does not hold", "can/cannot", "Yes/No".
const NEGATION = /\b(is|are|was|were|has|have|does|do|did|will|can|could|would|should)\s*\/\s*(?:\1\s+not|\1n['’]t|cannot)\b|\bholds?\s*\/\s*does\s+not\s+hold\b|\bheld\s*\/\s*not\s+held\b|^(?:yes\s*\/\s*no|no\s*\/\s*yes)\b/i;

/** What CLAUSES and NEGATION both need: a slash, then a letter after any spaces. */
const SLASH_WORD = /\/\s*[a-z]/i;

export const templateChoice: Rule<'reply'> = {
  meta: {
    id: 'template-choice',
    description: 'An either/or choice from the template left in ("it is attached/ the answers are below"): keep the one that applies.',
    defaultSeverity: 'info',
    fixable: false,
    docs: `Reply templates often offer two wordings separated by a slash, for the officer to keep one: "The council
holds the information requested and it is attached/ the answers to your questions are below", "The
council does/does not hold the information". Left in, the requester cannot tell which applies. The
section 1(1) duty is to tell the requester whether the information is held and to communicate it (FOIA
section 1(1)); an ambiguous sentence does neither clearly.

Reported as advice (the wording may be deliberate, and the reply's substance may make it plain): two
clauses joined by a slash, a word and its negation ("is/is not", "does/does not hold", "can/cannot"), and
an answer that is just "Yes/No", in the authority's own words (not in the quoted request, where "Yes/No"
is the requester's).

**Fix:** delete the alternative that does not apply, and the slash.`,
  },
  reads: ['reply'],
  check(ctx) {
    for (const block of ownBlocks(ctx.draft, ctx.facts.reply)) {
      // Every choice has a word after its slash: dates ("10/05/2023") and references have digits there.
      if (!block.text.includes('/') || !SLASH_WORD.test(block.text) || block.kind === 'table' || block.kind === 'heading') continue;
      const m = CLAUSES.exec(block.text) ?? NEGATION.exec(block.text);
      if (!m || /https?:|www\./i.test(m[0])) continue;
      // From the last clause before the slash: "it is attached/ the answers ... are below".
      const slash = m[0].indexOf('/');
      const cut = Math.max(0, ...[' and ', ' but ', ', ', ' which ', ' that '].map((w) => {
        const at = m[0].lastIndexOf(w, slash);
        return at < 0 ? 0 : at + w.length;
      }));
      const choice = m[0].slice(cut).trim();
      ctx.report({
        message: `“${choice}” offers two alternatives: keep the one that applies and delete the other, so the requester knows which is true.`,
        range: rangeInBlock(ctx.draft, block, choice),
      });
    }
  },
};
