import { isPublicInterestText, NCND, type CitedGround } from '../analysis/refusal';
import { capitalise, citedLabel, REFUSAL_LAW } from './regime-law';
import type { Rule } from './rule';

// A passage that says the exemption is being applied in its absolute form (FOIA s.40(2) with the first
// condition: disclosure would breach the data protection principles).
const ABSOLUTE_FORM = /\babsolute\b|\bfirst\s+condition\b|\bdata\s+protection\s+principles?\b|\barticle\s+5\b/i;
const PRESUMPTION = /\bpresumption\s+in\s+favou?r\s+of\s+disclosure\b/i;
/** Information not held: the public interest test has nothing to weigh (ICO view, see docs). */
const NOT_HELD_EXCEPTIONS = new Set(['eir:12(4)(a)', 'eisr:10(4)(a)']);

export const refusalNoPublicInterestTest: Rule<'refusal' | 'deadline'> = {
  meta: {
    id: 'refusal-no-public-interest-test',
    description: 'A qualified exemption, or an EIR/EISR exception, is relied on without the public interest test.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Qualified exemptions apply only if, in all the circumstances, the public interest in maintaining the
exemption outweighs the public interest in disclosure, and the refusal notice must give the reasons for
that conclusion (FOIA section 17(3); FOISA section 16(2)). Under the EIR **every** regulation 12 exception
is public-interest tested, with a presumption in favour of disclosure (regulations 12(1)(b), 12(2) and
14(3)(b)). Which grounds are qualified comes from foi-lint's catalogue (FOIA section 2(3); FOISA section 2(2)).

Reported:
- **error**: a qualified exemption, or any EIR/EISR exception, with no public interest reasoning: the words
  "public interest" together with a weighing ("outweighs", "in favour of disclosure", "balance") in its
  passage, or in a public interest paragraph elsewhere in the reply that names it (or when it is the only
  qualified ground cited).
- **warning**: a ground that is absolute only in some circumstances (FOIA section 36 outside the Houses of
  Parliament, section 40(2) outside the first condition, section 37(1)(a)-(ab) for Northern Ireland
  authorities) with neither a public interest test nor wording that it is applied in its absolute form
  ("absolute", "first condition", "the data protection principles").
- **warning**: a qualified exemption called "absolute".
- **warning**: an EIR exception whose public interest test does not acknowledge the presumption in
  favour of disclosure (regulation 12(2)).

Not reported: a reply that neither confirms nor denies (FOIA section 17(4) allows the public interest
reasons to be left out where giving them would disclose exempt information); a holding notice that
extends the time to consider the public interest (section 17(2); see \`late-response\`); and EIR
regulation 12(4)(a) (not held), where the ICO's position is that there is nothing to weigh (foi-lint
relies on that position without having checked the ICO text [U]).

**Fix:** add the public interest test: the factors in favour of disclosure, the factors in favour of
maintaining the exemption, and which outweighs the other.`,
  },
  checksGround: (ground) => ground.publicInterestTest !== 'not-required',
  reads: ['refusal', 'deadline'],
  check(ctx) {
    const a = ctx.facts.refusal;
    const law = REFUSAL_LAW[a.regime];
    const extension = ctx.facts.deadline?.extension;
    const withholding = new Set(a.withholding);
    if (extension?.kind === 'public-interest' && extension.holdingNotice) return;
    const needsTest = (g: CitedGround) => g.ground.publicInterestTest !== 'not-required' && g.ground.kind !== 'procedural';
    const families = new Set(a.grounds.filter(needsTest).map((g) => `${g.ground.regime}:${g.ground.citation.replace(/\(.*$/, '')}`));
    const seen = new Set<string>();
    for (const g of a.grounds) {
      const key = `${g.ground.regime}:${g.ground.citation}`;
      if (seen.has(key) || !needsTest(g) || NOT_HELD_EXCEPTIONS.has(key)) continue;
      seen.add(key);
      const sameGround = a.grounds.filter((o) => o.ground.regime === g.ground.regime && o.ground.citation === g.ground.citation);
      // Report where the information is withheld, not where an earlier paragraph mentions the ground.
      const at = sameGround.find((o) => withholding.has(o.block)) ?? g;
      const label = capitalise(citedLabel(at));
      const passageText = a.groundText(g.ground);
      if (NCND.test(passageText)) continue;
      const number = g.ground.citation.replace(/\(.*$/, '');
      const tested =
        isPublicInterestText(passageText) ||
        a.publicInterest.some((b) => families.size === 1 || hasNumber(b.text, number));
      const environmental = g.ground.regime === 'eir' || g.ground.regime === 'eisr';

      if (!tested && g.ground.publicInterestTest === 'conditional') {
        // FOIA s.40(2) and EIR reg 13 with the first condition are not public-interest tested.
        if (ABSOLUTE_FORM.test(passageText)) continue;
        ctx.report({
          severity: 'warning',
          message: `${label} is absolute only in some cases (${lowerFirst(g.ground.standingNote ?? 'see the catalogue')}): give the public interest test, or say why it is absolute here.`,
          range: at.range,
          data: { citation: g.ground.citation },
        });
        continue;
      }
      if (!tested) {
        ctx.report({
          message: environmental
            ? `${label} is subject to the public interest test, like every EIR exception: weigh the public interest in disclosure against maintaining the exception, with the presumption in favour of disclosure (${law.publicInterest}).`
            : `${label} is a qualified ${law.ground}: give the public interest test (the factors for disclosure, the factors for withholding, and which outweighs the other) (${law.publicInterest}).`,
          range: at.range,
          data: { citation: g.ground.citation },
        });
        continue;
      }
      if (environmental && g.ground.citation !== '13' && g.ground.citation !== '11' && !PRESUMPTION.test(ctx.draft.text)) {
        ctx.report({
          severity: 'warning',
          message: `The public interest test for ${citedLabel(at)} should acknowledge the presumption in favour of disclosure (${a.regime === 'eisr' ? 'the EISR' : 'EIR regulation 12(2)'}).`,
          range: at.range,
          data: { citation: g.ground.citation },
        });
      }
      if (g.ground.publicInterestTest === 'required' && calledAbsolute(g)) {
        ctx.report({
          severity: 'warning',
          message: `${label} is a qualified ${law.ground}, not an absolute one.`,
          range: at.range,
          data: { citation: g.ground.citation },
        });
      }
    }
  },
};

/** Whether a text mentions a section number on its own ("43" in "section 43(2)", not in "143"). */
function hasNumber(text: string, number: string): boolean {
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + number.length);
    const digit = (c: number) => c >= 48 && c <= 57;
    if (!digit(before) && !digit(after)) return true;
  }
  return false;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The sentence that cites the ground also calls it absolute. */
function calledAbsolute(g: CitedGround): boolean {
  const text = g.block.text;
  const at = text.indexOf(g.text);
  if (at < 0) return false;
  const start = Math.max(text.lastIndexOf('. ', at) + 1, 0);
  const endDot = text.indexOf('. ', at);
  const sentence = text.slice(start, endDot < 0 ? text.length : endDot);
  return /\babsolute\b/i.test(sentence) && !/\bnot\s+(?:an\s+)?absolute\b/i.test(sentence);
}
