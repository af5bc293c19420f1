import { allGrounds, confirmedLoose } from '../law/catalogue';
import { lineOfOffset } from '../analysis/reply';
import { NCND, NOT_HELD } from '../analysis/refusal';
import { REGIME_NAMES } from '../analysis/regime';
import type { Block } from '../types';
import { capitalise, REFUSAL_LAW } from './regime-law';
import type { Rule } from './rule';

// "No information has been withheld" is not a refusal.
const NEGATED = /\b(?:no|nothing|none|not)\b[^.;]{0,30}\b(?:withh[oe]ld|exempt)/i;
// "see below", "the exemptions set out above": the citation is elsewhere on purpose.
const POINTS_ELSEWHERE = /\b(?:see|set\s+out|explained|detailed|given)\s+(?:below|above)\b|\bas\s+follows\b/i;

export const refusalGroundUnspecified: Rule<'refusal' | 'looseCitations'> = {
  meta: {
    id: 'refusal-ground-unspecified',
    description: 'Information is withheld, or neither confirmed nor denied, without specifying the exemption or exception; or a citation is ambiguous or not a ground.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `A refusal notice must specify the exemption relied on (FOIA section 17(1)(b); EIR regulation 14(3)(a);
FOISA section 16(1)), by section and, where the section has several, subsection: "section 40(2)", not
"section 40" or "the personal data exemption". A refusal on cost (section 12) or because a request is
vexatious (section 14) must say which section applies (FOIA section 17(5)).

Reported:
- **error**: a paragraph of the response says information is withheld, exempt or refused, or that the
  authority can neither confirm nor deny holding it, and neither it nor the paragraphs that follow (up to
  the next heading or answer) cite a ground. "See below" defers to a later citation and is not reported.
- **error**: a section or regulation number in such a paragraph that is not a ground of the regime in
  effect (for example "section 47" in a FOIA letter).
- **error**: neither confirm nor deny with a ground that does not allow it: FOIA section 21 (information
  reasonably accessible), and under FOISA anything but sections 28 to 35, 39(1) and 41 (section 18). Where
  the catalogue's record of a ground's NCND provision is not verified [U] (most EIR and EISR exceptions),
  nothing is reported.
- **warning**: a citation of a section that holds several grounds ("section 43" = 43(1) trade secrets
  or 43(2) commercial interests; "regulation 12(4)" = 12(4)(a) to (e)).

"Not held" under the EIR or EISR without regulation 12(4)(a) (EISR 10(4)(a)) is reported by
\`eir-not-held-exception\`; a citation written in a malformed way ("section 43 2") by \`citation-form\`.

Grounds and their subsections come from foi-lint's catalogue of FOIA, EIR, FOISA and EISR grounds; where
a fact in it is not verified, the hover on the citation says so.

**Fix:** name the exemption or exception with its number, e.g. "under section 43(2) of the Freedom of
Information Act 2000 (commercial interests)".`,
  },
  checksGround: () => true,
  reads: ['refusal', 'looseCitations'],
  check(ctx) {
    const a = ctx.facts.refusal;
    const law = REFUSAL_LAW[a.regime];
    const anyGround = a.grounds.length > 0;
    const reported = new Set<Block>();
    const cites = (blocks: readonly Block[]) => blocks.some((b) => a.groundsIn(b).length > 0);
    const refusing = [...a.withholding, ...(a.ncnd ? [a.ncnd] : [])].sort((x, y) => x.startLine - y.startLine);
    // Citations written loose ("section 43 2", "12(5(b)") are citation-form's: the paragraph does cite a
    // ground, and the number read before the loose part is not what the letter means. They matter only
    // to a refusing paragraph or a cited ground, and most replies have neither.
    const loose =
      refusing.length > 0 || anyGround
        ? ctx.facts.looseCitations.filter((c) => [...c.problems].some((p) => p !== 'keyword') && confirmedLoose(c, a.regime))
        : [];
    const looseNumbers = new Set(loose.map((c) => c.numberIndex));
    const looseLines = loose.map((c) => lineOfOffset(ctx.draft.lineStarts, c.index));
    for (const b of a.responseBlocks) if (looseLines.some((l) => l >= b.startLine && l <= b.endLine)) reported.add(b);
    const isRefusing = new Set(refusing);
    // Numbers that are not grounds, in refusing paragraphs: the paragraph then names a wrong number
    // rather than none.
    for (const c of a.citations) {
      if (c.ground || c.provision || c.instrument || c.form === 'bare' || c.regime !== a.regime) continue;
      if (!isRefusing.has(c.block)) continue;
      reported.add(c.block);
      ctx.report({
        message: `“${c.keyword.text} ${c.text}” is not ${law.ground === 'exemption' ? 'an exemption' : 'an exception'} of ${REGIME_NAMES[a.regime]}: check the number.`,
        range: c.range,
        data: { citation: c.citation },
      });
    }
    for (const b of refusing) {
      if (reported.has(b) || (NEGATED.test(b.text) && !NCND.test(b.text))) continue;
      // "... is not held by the Council. Therefore ... this information is exempt under Section 17": a
      // not-held answer in the words of an exemption, not information withheld.
      if (NOT_HELD.test(b.text) && !/\bwithh[oe]ld/i.test(b.text)) continue;
      if (cites(a.passageOf(b))) continue;
      if (anyGround && POINTS_ELSEWHERE.test(b.text)) continue;
      reported.add(b);
      const ncnd = NCND.test(b.text);
      ctx.report({
        message: ncnd
          ? `Neither confirming nor denying needs the ${law.ground} that allows it, e.g. “${a.regime === 'foia' ? 'section 40(5B)' : law.example}” (${law.specify}).`
          : `Information is withheld here but no ${law.ground} is specified: cite it by number, e.g. “${law.example}” (${law.specify}).`,
        range: b.range,
      });
    }

    // A ground that does not allow neither confirm nor deny (FOIA s.21; FOISA outside s.18), where
    // the catalogue's fact is verified or from a secondary source.
    if (a.ncnd) {
      for (const g of a.groundsIn(a.ncnd)) {
        if (g.ground.ncndAvailable || g.ground.ncndStatus === 'U') continue;
        ctx.report({
          message:
            a.regime === 'foisa'
              ? `${capitalise(g.ground.label)} cannot be used to neither confirm nor deny: FOISA section 18 allows it only with sections 28 to 35, 39(1) and 41.`
              : `${capitalise(g.ground.label)} has no neither-confirm-nor-deny provision: confirm whether the information is held, or rely on ${law.ground === 'exemption' ? 'an exemption' : 'an exception'} that has one.`,
          range: g.range,
          data: { citation: g.citation },
        });
      }
    }

    // A section with several grounds, cited without the subsection.
    const seen = new Set<string>();
    for (const g of a.grounds) {
      if (!g.exact || seen.has(`${g.regime}:${g.citation}`) || looseNumbers.has(g.index)) continue;
      seen.add(`${g.regime}:${g.citation}`);
      const depth = g.citation.split('(').length;
      const children = allGrounds(g.regime).filter(
        (c) => c.kind !== 'not-a-ground' && c.citation.startsWith(`${g.citation}(`) && c.citation.split('(').length === depth + 1,
      );
      if (children.length < 2) continue;
      const list = children.map((c) => `${c.citation} (${c.subject.charAt(0).toLowerCase()}${c.subject.slice(1)})`);
      ctx.report({
        severity: 'warning',
        message: `“${g.keyword.text} ${g.text}” covers more than one ${law.ground}: specify which, e.g. ${list.slice(0, 3).join(' or ')}.`,
        range: g.range,
        data: { citation: g.citation },
      });
    }
  },
};
