import { citationKeyword } from '../law/ground';
import { confirmedLoose } from '../law/catalogue';
import { correction } from './find-text';
import { REFUSAL_LAW } from './regime-law';
import type { Rule } from './rule';

const WHAT: Record<string, string> = {
  spaced: 'its parts are not in brackets',
  unbracketed: 'a paragraph letter is not in brackets',
  unbalanced: 'a bracket is left open',
};

export const citationForm: Rule<'reply' | 'regime' | 'looseCitations'> = {
  meta: {
    id: 'citation-form',
    description: 'A section or regulation cited in a form a reader cannot look up: "section 43 2", "s40 2 b", "Sec. 36(2)b(ii)", "Exemption 31".',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `A refusal must specify the exemption or exception it relies on (FOIA section 17(1)(b); EIR regulation
14(3)(a); FOISA section 16(1)), and a requester checks it against the legislation, where subsections and
paragraphs are written in brackets: section 43(2), section 36(2)(b)(ii), regulation 12(5)(b). A citation
whose parts are written loose is ambiguous on the page ("section 43 2" may be section 43(2), or section 43
followed by a stray number) and is what a reviewer or the Commissioner quotes back.

Reported:
- **warning**: parts not in brackets ("section 43 2", "s40 2 b", "section 40(2) b"), a paragraph letter
  not in brackets ("36(2)b(ii)"), or a bracket left open ("regulation 12(5(b)"). The fix writes the
  standard form, "section 43(2)", "section 40(2)(b)", "section 36(2)(b)(ii)", "regulation 12(5)(b)".
- **info**: a keyword that is not the statute's: "Sec. 36(2)" or "Sect 40(2)" for "section", or
  "Exemption 31" for "section 31" (under the EIR, "Exception 12(4)(b)" for "regulation 12(4)(b)").

Only citations the catalogue of grounds confirms are reported: the section must be a ground or a known
provision of the regime, and a loose number after it must be one of its subsections ("section 43 2" is
reported because section 43(2) exists). Anything else is left alone, since it may not be a citation at all.
Spaces before brackets ("section 40 (2)") are a common house style and are not reported.

**Fix:** the quick fix writes the standard form; or write it by hand: the word "section" (or
"regulation"), the number, and each subsection and paragraph in its own brackets.`,
  },
  reads: ['reply', 'regime', 'looseCitations'],
  check(ctx) {
    const regime = ctx.facts.regime.regime;
    const view = ctx.facts.reply;
    for (const c of ctx.facts.looseCitations) {
      if (!view.isReplyOffset(c.index)) continue;
      const confirmed = confirmedLoose(c, regime);
      if (!confirmed) continue;
      const written = ctx.draft.text.slice(c.index, c.index + c.length);
      const range = view.range(c.index, c.index + c.length);
      const structural = [...c.problems].filter((p) => p !== 'keyword');
      const law = REFUSAL_LAW[regime];
      const why = structural.length
        ? `${structural.map((p) => WHAT[p]).join(', and ')}, so the requester cannot look it up as written`
        : c.kind === 'bare'
          ? `the ${law.ground} is cited by its ${citationKeyword(regime)} number, not as “${c.keyword} ${c.parts[0]}”`
          : `“${c.keyword}” is not how the legislation is cited`;
      ctx.report({
        ...(structural.length ? {} : { severity: 'info' as const }),
        message: `Write “${written.replace(/\s+/g, ' ')}” as “${confirmed.label}”: ${why} (${law.specify}: the ${law.ground} must be specified).`,
        range,
        ...correction(range, `Write “${confirmed.label}”`, confirmed.label),
        data: { citation: confirmed.canonical },
      });
    }
  },
};
