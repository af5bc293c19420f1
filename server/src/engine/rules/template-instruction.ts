import { NOTES } from '../parse/placeholders';
import type { Rule } from './rule';
import { blockSentences, findInBlock, offsetRange, ownBlocks, sentencesOf } from './text-spans';

const PART = String.raw`(?:paragraph|section|sentence|wording|text|option|template|clause|line|box|bullet)s?`;
// Words addressed to the officer who fills in the template, never to the requester.
const INSTRUCTION = new RegExp(
  [
    String.raw`^(?:please\s+)?(?:use|insert|include|add|keep|select|choose|amend|adapt|tailor|remove|delete)\s+(?:this|these|the\s+following|the\s+above|one\s+of\s+the\s+following|the\s+appropriate|either)\s+${PART}\b`,
    String.raw`^(?:only\s+)?(?:use|include|insert|keep)\s+(?:this|these|the\s+following)\b[^.]{0,40}\b(?:if|when|where|for)\s+(?:the\s+)?(?:requester|applicant|request|information|exemption|exception|answer|response)\b`,
    String.raw`^only\s+(?:use|include|insert|keep)\s+(?:this|these|it)\b`,
    String.raw`^(?:if|where|when)\s+(?:this\s+is\s+)?(?:applicable|relevant|appropriate|needed|required)\s*,\s*(?:insert|include|add|use|delete|remove)\b`,
    String.raw`^(?:guidance(?:\s+note)?|instructions?|officer\s+guidance|for\s+officer\s+use)\s*:`,
    String.raw`^\(?(?:choose|select)\s+(?:one|the\s+(?:appropriate|relevant)\s+${PART})\b`,
  ].join('|'),
  'i',
);

export const templateInstruction: Rule<'reply'> = {
  meta: {
    id: 'template-instruction',
    description: 'Guidance for the officer pasted from a template ("Use this paragraph when ...", "Only include this if ...") left in the reply.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Reply templates carry instructions for the officer who fills them in: "Use this paragraph when the
information is published", "Only include this if the requester asked for personal data", "Insert the
following section if section 12 applies". They are not addressed to the requester, and a reply that
still holds one has not been finished: the paragraph it governs may not apply either. Replies are
published on disclosure logs as sent.

Reported: a sentence of the authority's own words that starts as an instruction about the template
itself (use, insert, include, delete ... this paragraph / the following section / the appropriate
option; only include this if ...; if applicable, insert ...; "Guidance:"). Sentences addressed to the
requester ("Please use this form to ask for a review") are not instructions about the template's
paragraphs and are not reported. Drafting notes such as "Note to officer" and "delete as appropriate" are
reported by \`placeholder\`, so that one leftover is one finding.

**Fix:** check whether the paragraph the instruction governs applies; keep it or delete it, then delete
the instruction (the quick fix offered deletes the instruction only; it is not applied by \`--fix\`,
because the decision about the paragraph is the officer's).`,
  },
  reads: ['reply'],
  check(ctx) {
    const { draft } = ctx;
    for (const block of ownBlocks(draft, ctx.facts.reply)) {
      if (block.kind === 'code' || block.kind === 'html' || block.kind === 'table') continue;
      const text = block.text.replace(/^[[(]+/, '');
      const sentences = text === block.text ? blockSentences(block) : sentencesOf(text);
      for (const s of sentences) {
        const sentence = s.text.replace(/^[[(]+/, '');
        if (!INSTRUCTION.test(sentence)) continue;
        NOTES.lastIndex = 0;
        if (NOTES.test(sentence)) continue;
        const at = findInBlock(draft, block, sentence);
        const range = at ? offsetRange(draft, at.start, at.end) : block.range;
        // The whole block when it is nothing but the instruction; otherwise the sentence.
        const whole = sentences.length === 1;
        const del = whole ? { start: block.range.start, end: block.range.end } : at && offsetRange(draft, at.start, at.end);
        ctx.report({
          message: `“${sentence.length > 80 ? sentence.slice(0, 77) + '…' : sentence}” is guidance for the officer, not the requester: decide what it asks, then delete it before the reply is sent.`,
          range,
          ...(del && { suggestions: [{ title: 'Delete the template instruction', edits: [{ range: del, newText: '' }] }] }),
        });
        break;
      }
    }
  },
};
