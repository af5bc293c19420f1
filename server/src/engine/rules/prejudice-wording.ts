import type { HarmTest } from '../law/catalogue';
import { findInReply, groupRange } from './find-text';
import { capitalise } from './regime-law';
import type { Rule } from './rule';

const HARM_VERB = String.raw`(?:prejudic\w*|harm\w*|damag\w*|undermin\w*|endanger\w*|impair\w*|jeopardi[sz]\w*|compromis\w*|adversely\s+affect\w*|have\s+an\s+adverse\s+(?:effect|impact))`;
const FILLER = String.raw`(?:(?:well|potentially|possibly|also|seriously|substantially|significantly|ultimately|in\s+turn|therefore|then|reasonably|conceivably|further|directly|indirectly|be\s+seen\s+to|serve\s+to|be\s+used\s+to)\s+){0,2}`;
// "could prejudice", "may well harm", "might potentially undermine", "can adversely affect".
const WEAK = new RegExp(String.raw`\b(could|may|might|can)\s+${FILLER}${HARM_VERB}\b`, 'gi');
// The statutory likelihood: "would prejudice", "would, or would be likely to, prejudice", "likely to harm".
const STATUTORY = new RegExp(String.raw`\bwould\b[^.;]{0,40}?${HARM_VERB}|\blikely\s+to\s+(?:\w+\s+){0,2}?${HARM_VERB}|\b(?:prejudic|harm|damag|undermin|endanger)\w*\s+(?:\w+\s+){0,3}?would\b`, 'i');

const TESTS: Partial<Record<HarmTest, { law: string; options: readonly string[] }>> = {
  prejudice: { law: 'would, or would be likely to, prejudice', options: ['would', 'would be likely to'] },
  'class-and-prejudice': { law: 'would, or would be likely to, prejudice', options: ['would', 'would be likely to'] },
  'substantial-prejudice': { law: 'would, or would be likely to, prejudice substantially', options: ['would', 'would be likely to'] },
  'adverse-effect': { law: 'would adversely affect', options: ['would'] },
  endangerment: { law: 'would, or would be likely to, endanger', options: ['would', 'would be likely to'] },
};

export const prejudiceWording: Rule<'refusal' | 'reply'> = {
  meta: {
    id: 'prejudice-wording',
    description: 'A harm-based exemption or exception whose harm is put as "could", "may" or "might", not in the statutory terms.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `The prejudice-based exemptions apply only where disclosure "would, or would be likely to, prejudice" the
interest concerned (FOIA sections 26, 27(1), 28, 29, 31, 33, 36 and 43(2)); under FOISA the test is that
disclosure "would, or would be likely to, prejudice substantially" it (and in the EISR, "would, or would be
likely to, prejudice substantially" [S]); an EIR regulation 12(5) exception applies where disclosure "would
adversely affect" the interest; FOIA section 38, where it "would, or would be likely to, endanger" health or
safety. The ICO's guidance on the prejudice test reads "would" as more probable than not and "would be
likely to" as a real and significant risk. "Could", "may" or "might" prejudice is a lower bar than
either: a reply that puts the harm that way has not said that the test is met.

Reported (**warning**, once per ground): the paragraphs explaining a harm-based ground say the harm
"could", "may", "might" or "can" happen ("could prejudice", "may harm", "might undermine", "could adversely
affect"), and nowhere say it "would" or "would be likely to" happen. The wording may be deliberate, and the
authority must decide which limb it relies on, so the rule offers the statutory words as suggestions, not
as an automatic fix.

A harm-based ground with no harm at all is \`refusal-no-reasons\`' finding, not this rule's.

**Fix:** "Disclosure would be likely to prejudice the prevention of crime, because ..." (or "would
prejudice", if the authority relies on the higher limb).`,
  },
  checksGround: (ground) => TESTS[ground.test] !== undefined,
  reads: ['refusal', 'reply'],
  check(ctx) {
    const a = ctx.facts.refusal;
    const seen = new Set<string>();
    for (const g of a.grounds) {
      const test = TESTS[g.ground.test];
      const key = `${g.ground.regime}:${g.ground.citation}`;
      if (!test || seen.has(key) || g.ground.kind === 'procedural') continue;
      seen.add(key);
      const text = a.groundText(g.ground);
      if (STATUTORY.test(text)) continue;
      const blocks = [...new Set(a.grounds.filter((o) => o.ground === g.ground).flatMap((o) => o.passage))];
      const [weak] = findInReply(ctx.draft, ctx.facts.reply, WEAK, blocks);
      if (!weak) continue;
      const modal = weak.match[1];
      const modalRange = groupRange(ctx.facts.reply, ctx.draft, weak, 1);
      ctx.report({
        message: `“${weak.match[0].replace(/\s+/g, ' ')}” does not meet the test for ${g.ground.label} (${g.ground.subject.toLowerCase()}): disclosure must be shown to be one that “${test.law}” the interest. Say which, and why.`,
        range: weak.range,
        ...(modalRange && {
          suggestions: test.options.map((words) => ({
            title: `Write “${words}” for “${modal}”`,
            edits: [{ range: modalRange, newText: /^[A-Z]/.test(modal) ? capitalise(words) : words }],
          })),
        }),
        data: { citation: g.ground.citation },
      });
    }
  },
};
