import type { HarmTest } from '../law/catalogue';
import { NCND } from '../analysis/refusal';
import { withoutCitationNumbers } from '../law/citations';
import { capitalise, REFUSAL_LAW } from './regime-law';
import type { Rule } from './rule';

// Some wording that gives a reason. Deliberately broad: the rule reports a citation with no reasoning
// at all, not reasoning it finds weak.
const REASONING =
  /\bbecause\b|\bas\s+(?:it|they|this|these|those|the|disclosure|disclosing|releasing|release|we|its|their|such|doing|that)\b|\bsince\b|\bwould\b|\bcould\b|\blikely\s+to\b|\bdue\s+to\b|\bon\s+the\s+(?:basis|grounds?)\s+(?:that|of)\b|\breasons?\b|\btherefore\b|\bin\s+order\s+to\b|\bso\s+that\b|\bwhich\s+(?:would|could|means)\b|\bpersonal\s+(?:data|information)\b|\bdata\s+protection\b|\bconfiden/i;
// Reasons that are apparent from the ground itself (FOIA s.17(1)(c) "if that would not otherwise be apparent").
const APPARENT = /\baccessible\b|\bavailable\b|\bpublished\b|\bwebsite\b|https?:\/\/|\bwww\./i;

const HARM: Partial<Record<HarmTest, { words: RegExp; say: string }>> = {
  prejudice: {
    words: /\b(?:would|could|likely\s+to)\b[^.;]{0,80}\b(?:prejudic|harm|damag|undermin|impair|weaken|disadvantag|jeopardi|compromis|hinder|inhibit)/i,
    say: 'which interest would be harmed, and whether disclosure “would” or “would be likely to” prejudice it',
  },
  'adverse-effect': {
    words: /\badverse(?:ly)?\s+(?:affect|effect|impact)/i,
    say: 'how disclosure would adversely affect the interest the exception protects',
  },
  'substantial-prejudice': {
    words: /\bsubstantial(?:ly)?\s+prejudic|\bprejudic\w*\s+substantially\b/i,
    say: 'how disclosure would, or would be likely to, prejudice substantially the interest concerned',
  },
  endangerment: {
    words: /\bendanger/i,
    say: 'how disclosure would, or would be likely to, endanger someone’s health or safety',
  },
};

export const refusalNoReasons: Rule<'refusal'> = {
  meta: {
    id: 'refusal-no-reasons',
    description: 'An exemption or exception is cited without saying why it applies, or a harm-based one without the harm and its likelihood.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `A refusal notice must state why the exemption applies, unless that is apparent (FOIA section 17(1)(c);
EIR regulation 14(3); FOISA section 16(1)). Quoting the section number is not a reason.

Reported:
- **error**: the paragraphs that cite a ground (its answer, and the paragraphs after it up to the next
  heading, answer or ground) give no reasoning at all: no "because", "as", "would", "likely to", "due to",
  no mention of personal data or confidentiality. Grounds whose reason is apparent from the citation
  itself (information already published or accessible, with the link) are not reported.
- **warning**: a harm-based ground without the harm: for FOIA prejudice-based exemptions (ss.26, 27(1),
  28, 29, 31, 33, 36, 43(2) in the ICO's March 2024 list), say which interest would be harmed and whether
  disclosure "would" or "would be likely to" prejudice it; for EIR regulation 12(5) exceptions, how
  disclosure would "adversely affect" the interest; for FOISA and EISR, "substantial prejudice" (that
  threshold is from secondary sources [S]); for FOIA section 38, "endanger".

Not reported: a reply that neither confirms nor denies, because section 17(4) allows the reasons to be
left out when giving them would disclose exempt information; and the procedural grounds (section 12 is
checked by \`cost-limit\`). A harm put only as "could", "may" or "might" happen is \`prejudice-wording\`'s
finding.

**Fix:** explain, in the requester's terms, what disclosure would do and why the ground applies.`,
  },
  checksGround: (ground) => ground.kind !== 'procedural',
  reads: ['refusal'],
  check(ctx) {
    const a = ctx.facts.refusal;
    const law = REFUSAL_LAW[a.regime];
    const seen = new Set<string>();
    for (const g of a.grounds) {
      const key = `${g.ground.regime}:${g.ground.citation}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (g.ground.kind === 'procedural' || g.ground.kind === 'ncnd-provision') continue;
      if (NCND.test(g.passageText)) continue;
      // Reasons may sit in any paragraph explaining the same ground.
      const text = a.groundText(g.ground);
      const withoutCitations = withoutCitationNumbers(text);
      if (!REASONING.test(withoutCitations) && !APPARENT.test(text)) {
        ctx.report({
          message: `“${g.keyword.text} ${g.text}” is cited without saying why it applies: explain what disclosure would do (${law.reasons}).`,
          range: g.range,
          data: { citation: g.ground.citation },
        });
        continue;
      }
      const harm = HARM[g.ground.test];
      if (harm && !harm.words.test(text)) {
        ctx.report({
          severity: 'warning',
          message: `${capitalise(g.ground.label)} (${g.ground.subject.toLowerCase()}) is harm-based: say ${harm.say}.`,
          range: g.range,
          data: { citation: g.ground.citation },
        });
      }
    }
  },
};
