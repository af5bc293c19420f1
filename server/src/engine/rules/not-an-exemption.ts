import type { Citation } from '../analysis/refusal';
import type { Rule } from './rule';

// "exempt under section 12", "exemption in s.12", "by virtue of the section 12 exemption".
const BEFORE = /\bexempt(?:ions?|ed)?\s+(?:(?:is\s+)?(?:under|by\s+virtue\s+of|in|at|of|from|pursuant\s+to|provided\s+by|set\s+out\s+in|contained\s+in)\s+)?(?:the\s+)?$/i;
// "section 12 exemption", "Section 12 exempts", "section 12 (cost limit) exemption", "Section 12 of the Act
// exempts", "Section 12 and Section 17 Exemptions": only short words between the number and "exempt".
const AFTER =
  /^(?:\s+of\s+(?:the|this)\s+(?:Act|FOIA|FOISA|Freedom\s+of\s+Information(?:\s+\(Scotland\))?\s+Act(?:\s+\d{4})?))?(?:\s*\([^)]{0,40}\))?(?:\s*(?:,|and|&)\s*(?:s(?:ection|\.)?\s*)?\d{1,3}(?:\(\w{1,4}\))*)*\s*(?:[-–—:]\s*)?(exemptions?|exempts)\b/i;
const NEGATED = /\b(?:not|nor|no)\s+(?:\w+\s+)?$/i;
// The Act's own heading for section 12, quoted: "Exemption where cost of compliance exceeds appropriate limit".
const STATUTORY_HEADING = /^exemption\s+where\s+cost/i;

const PROVISIONS: Record<'foia' | 'foisa', { citation: RegExp; what: (c: string) => string }> = {
  foia: {
    citation: /^12(?:\(|$)/,
    what: () =>
      'Section 12 is not an exemption (the ICO calls it an exclusion) and has no public interest test: say that the authority is not obliged to comply because the cost would exceed the appropriate limit.',
  },
  foisa: {
    citation: /^(?:12|17)(?:\(|$)/,
    what: (c) =>
      c.startsWith('17')
        ? 'Section 17 of FOISA is not an exemption: it is the notice that the information is not held. Say that the information is not held and that this is notice under section 17(1).'
        : 'Section 12 of FOISA is not an exemption and has no public interest test: say that the authority is not obliged to comply because the cost would exceed the prescribed amount (£600).',
  },
};

export const notAnExemption: Rule<'refusal'> = {
  meta: {
    id: 'not-an-exemption',
    description: 'Section 12 (cost limit), or FOISA section 17 (information not held), called an exemption.',
    defaultSeverity: 'info',
    fixable: false,
    docs: `Section 12 of FOIA (and of FOISA) lets an authority refuse a request whose cost would exceed the limit:
"Section 1(1) does not oblige a public authority to comply with a request for information if the authority
estimates that the cost of complying with the request would exceed the appropriate limit" (FOIA section
12(1)). It is not one of the exemptions in Part II of the Act, which is why no public interest test applies;
the ICO calls it an exclusion. FOISA section 17 is not an exemption either: it is the notice an authority
gives when it does not hold the information ("Notice that information is not held").

Reported (**info**, once per letter): "exempt under section 12", "the section 12 exemption", "section 12
exempts", and under FOISA the same for section 17. The Act's own heading for section 12, "Exemption where
cost of compliance exceeds appropriate limit", quoted as such, is not reported.

Why it matters: calling a cost refusal an exemption invites the requester to expect (and the reviewer to
look for) a public interest test, and mixes up the notice section 17(5) asks for with a section 17(1) refusal.

**Fix:** "We are not obliged to comply with your request, because we estimate that the cost of doing so
would exceed the appropriate limit (section 12 of the Freedom of Information Act 2000)"; under FOISA,
"This is formal notice under section 17(1) of FOISA that we do not hold the information".`,
  },
  checksGround: (ground) => ground.kind === 'procedural' && /^12(?:\(|$)/.test(ground.citation),
  reads: ['refusal'],
  check(ctx) {
    const a = ctx.facts.refusal;
    if (a.regime !== 'foia' && a.regime !== 'foisa') return;
    const provision = PROVISIONS[a.regime];
    const text = ctx.draft.text;
    for (const c of a.citations) {
      if (c.form !== 'section' || c.regime !== a.regime || c.instrument || !provision.citation.test(c.citation)) continue;
      if (!calledExemption(text, c)) continue;
      ctx.report({ message: provision.what(c.citation), range: c.range, data: { citation: c.citation } });
      return;
    }
  },
};

function calledExemption(text: string, c: Citation): boolean {
  // The keyword's own index is relative to the text the citation was read from: find it before the number.
  const keywordAt = Math.max(0, text.lastIndexOf(c.keyword.text, c.index));
  const before = text.slice(Math.max(0, keywordAt - 60), keywordAt);
  if (BEFORE.test(before) && !NEGATED.test(before.replace(BEFORE, ''))) return true;
  const afterStart = c.index + c.length;
  const after = text.slice(afterStart, afterStart + 60);
  const m = AFTER.exec(after);
  if (!m) return false;
  const lead = after.slice(0, m.index + m[0].length - m[1].length);
  if (NEGATED.test(lead)) return false;
  if (STATUTORY_HEADING.test(after.slice(m.index + m[0].length - m[1].length))) return false;
  return true;
}
