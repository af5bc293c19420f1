import { correction } from './find-text';
import type { Rule } from './rule';

/** The day the Data Protection Act 2018 replaced FOIA section 40(3), (4) and (5) (Schedule 19, paragraph 58). */
const DPA_2018 = '2018-05-25';

interface Replacement {
  /** The provision that replaced it now. */
  now: string;
  /** What it is. */
  what: string;
  /** Written by the fix; otherwise only suggested, because the old and new parts do not map one to one. */
  fix: boolean;
}

/** Old FOIA section 40 citations and what replaced them. */
function replacementFor(citation: string): Replacement | undefined {
  if (citation === '40(5)(a)') return { now: '40(5A)', what: 'neither confirm nor deny for the requester’s own personal data', fix: true };
  if (citation === '40(5)(b)') return { now: '40(5B)', what: 'neither confirm nor deny for other people’s personal data', fix: true };
  if (citation === '40(5)' || citation.startsWith('40(5)(')) return { now: '40(5A) or 40(5B)', what: 'neither confirm nor deny', fix: false };
  if (citation === '40(3)(a)(i)' || citation === '40(3)(a)') return { now: '40(3A)(a)', what: 'the first condition: disclosure would contravene the data protection principles', fix: false };
  if (citation === '40(3)' || citation.startsWith('40(3)(')) return { now: '40(3A) or 40(3B)', what: 'the first and second conditions', fix: false };
  if (citation === '40(4)' || citation.startsWith('40(4)(')) return { now: '40(4A)', what: 'the third condition', fix: false };
  return undefined;
}

export const supersededCitation: Rule<'refusal'> = {
  meta: {
    id: 'superseded-citation',
    description: 'A FOIA section 40 citation replaced by the Data Protection Act 2018: 40(5)(a)/(b) for 40(5A)/(5B), 40(3)(a)(i) for 40(3A)(a).',
    defaultSeverity: 'error',
    fixable: true,
    docs: `On 25 May 2018 the Data Protection Act 2018 (Schedule 19, paragraph 58) rewrote FOIA section 40. Its
subsection (3) was replaced by (3A) and (3B) (the first and second conditions), (4) by (4A) (the third
condition), and (5) by (5A) and (5B) (neither confirm nor deny, for the requester's own personal data and for
other people's). A reply citing "section 40(5)(b)" or "section 40(2) and (3)(a)(i)" cites provisions that no
longer exist, so it does not specify the exemption as section 17(1)(b) requires.

Reported:
- **error**: such a citation in a letter dated on or after 25 May 2018;
- **warning**: the same in a letter with no date (it may be an old letter);
- nothing in a letter dated before 25 May 2018, when the old numbers were right.

The fix writes 40(5A) for 40(5)(a) and 40(5B) for 40(5)(b). For the old conditions the rule suggests the new
provision (40(3A)(a) for the first condition) but does not write it, because the old and new paragraphs do
not map one to one [U: the pre-2018 wording of section 40(3) is from memory, not checked against the text].

Not checked: EIR regulation 13, which the same Act rewrote [U].

**Fix:** cite the current provision: "section 40(2), by virtue of section 40(3A)(a)" for third-party personal
data, "section 40(5B)" to neither confirm nor deny.`,
  },
  checksGround: (ground) => ground.regime === 'foia' && ground.citation.startsWith('40'),
  reads: ['refusal'],
  check(ctx) {
    const a = ctx.facts.refusal;
    if (a.regime !== 'foia') return;
    const sent = ctx.draft.meta.sent?.iso;
    if (sent && sent < DPA_2018) return;
    for (const c of a.citations) {
      if (c.regime !== 'foia' || c.form === 'regulation' || c.instrument) continue;
      const replacement = replacementFor(c.citation);
      if (!replacement) continue;
      const newText = c.text.startsWith('(') ? replacement.now.slice(2) : replacement.now;
      const corrected = correction(c.range, `Write “${newText}”`, newText);
      ctx.report({
        ...(sent ? {} : { severity: 'warning' as const }),
        message: `Section ${c.citation} no longer exists: since 25 May 2018 (Data Protection Act 2018, Schedule 19) ${replacement.what} is section ${replacement.now}. Cite the current provision${sent ? '' : ' (unless this letter predates the change)'}.`,
        range: c.range,
        // Where the old and new parts do not map one to one, the new provision is only suggested.
        ...(replacement.now.includes(' or ') ? {} : replacement.fix ? corrected : { suggestions: 'fix' in corrected ? [corrected.fix] : corrected.suggestions }),
        data: { citation: c.citation, now: replacement.now },
      });
    }
  },
};
