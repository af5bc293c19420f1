import { REFUSAL_LAW } from './regime-law';
import type { Rule } from './rule';

const NO_REDACTION = /\bno\s+(?:information\s+has\s+been\s+)?redact|\bnot\s+(?:been\s+)?redacted\b|\bwithout\s+(?:any\s+)?redaction|\bunredacted\b/i;
const REDACTION_WORD = /\bredact(?:ed|ions?|ing)?\b|\bblacked[\s-]out\b|\bblanked[\s-]out\b|\bremoved\b|\bobscured\b/i;

export const redactionWithoutExemption: Rule<'refusal'> = {
  meta: {
    id: 'redaction-without-exemption',
    description: 'The reply says information has been redacted without citing the exemption for it.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `A redaction is a partial refusal: the refusal notice must specify the exemption relied on for what was
removed (FOIA section 17(1)(b); EIR regulation 14(3)(a); FOISA section 16(1)). Guidance for officers says to
make it clear that redactions have taken place and to cite the exemption for each.

Reported: a paragraph of the response that says information was redacted, blacked out, or removed from a
document, when neither it nor its answer and the paragraphs after it (up to the next heading or answer)
cite an exemption or exception. "No information has been redacted" is not reported.

**Fix:** say which exemption each redaction relies on and why, e.g. "The names of junior officers have been
redacted under section 40(2), because …".`,
  },
  reads: ['refusal'],
  check(ctx) {
    const a = ctx.facts.refusal;
    const law = REFUSAL_LAW[a.regime];
    for (const b of a.redaction) {
      if (NO_REDACTION.test(b.text)) continue;
      if (a.passageOf(b).some((p) => a.groundsIn(p).length > 0)) continue;
      const m = REDACTION_WORD.exec(b.text);
      const word = m?.[0] ?? 'redacted';
      ctx.report({
        message: `Information is ${/^redact/i.test(word) ? 'redacted' : word} here without an ${law.ground}: cite the ${law.ground} each redaction relies on, e.g. “${law.example}” (${law.specify}).`,
        range: b.range,
      });
    }
  },
};
