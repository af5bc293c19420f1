import type { RefusalAnalysis } from '../analysis/refusal';
import { isScottish } from '../analysis/regime';
import type { Range } from '../types';
import type { Schema } from '../schema/types';
import { insertionFor, sectionText } from '../sections/insert';
import { REFUSAL_LAW } from './regime-law';
import type { Rule, RuleContext } from './rule';

// The requester's right to a review, not any use of the word ("our review of the assessment").
const REVIEW =
  /\binternal\s+review\b|\b(?:ask|request|require|apply)\w*\s+(?:us\s+)?(?:for\s+|to\s+)?(?:an?\s+)?review\b|\breview\s+(?:of\s+)?(?:our|this|the|its)\s+(?:decision|response|reply|handling)\b|\brequirement\s+for\s+review\b|\bno\s+(?:internal\s+)?(?:review|complaints?)\s+procedure\b|\bcomplaints?\s+(?:procedure|process)\b|\brepresentations?\b|\breconsider/i;
// The request sent on to another authority: under the EIR and in Scotland, a notice that the
// information is not held here (EIR regulations 10 and 12(4)(a); FOISA section 17).
const TRANSFER =
  /\b(?:have|has|will|we)\s+(?:now\s+)?(?:been\s+)?(?:transferred|passed|forwarded|referred|sent)\s+(?:on\s+)?(?:your|this|the)\s+(?:request|enquiry|e-?mail)\s+(?:on\s+)?to\b|\b(?:your|this|the)\s+request\s+(?:has\s+been|was|will\s+be)\s+(?:transferred|passed|forwarded|referred)\s+(?:on\s+)?to\b/i;
// Part of the request answered and part not: "we are unable to provide some of the information".
const PARTIAL =
  /\b(?:cannot|can['’]t|unable\s+to|not\s+able\s+to)\s+(?:provide|supply|give|release|disclose)\s+(?:you\s+with\s+)?(?:all|some|part|parts|the\s+rest|the\s+remainder)\b(?:\s+of)?/i;
const ENGLISH_COMMISSIONER = /(?<!Scottish\s)Information\s+Commissioner|\bICO\b/;
const SCOTTISH_COMMISSIONER = /Scottish\s+Information\s+Commissioner/i;

export const refusalNoRights: Rule<'refusal' | 'reply' | 'rights'> = {
  meta: {
    id: 'refusal-no-rights',
    description: 'A refusal does not tell the requester about the internal review (or that there is none) and the right to complain to the Commissioner.',
    defaultSeverity: 'error',
    fixable: true,
    docs: `Every refusal notice, including a partial refusal, a redaction, neither confirm nor deny, a section 12
(cost) or section 14 (vexatious) refusal, must contain particulars of the authority's complaints (internal
review) procedure or a statement that it has none, and of the right to complain to the Information
Commissioner under section 50 (FOIA section 17(7); the exact wording of 17(7) is not verified [U], its
substance is the ICO's). Under the EIR the requester must be told they may make representations under
regulation 11 and of the enforcement and appeal provisions (regulation 14(5)), and "not held" is itself a
refusal (regulation 12(4)(a)). Under FOISA the notice must give the right to require a review and to apply
to the Scottish Information Commissioner (section 19), also for "not held" (a section 17 notice).

What makes a reply such a notice, and must therefore give the rights:

- any refusal: an exemption or exception cited, neither confirm nor deny, information withheld;
- a partial answer: "we are unable to provide some of the information" is a refusal of the rest;
- under the EIR, the EISR and FOISA, "not held" (or, under FOISA, a citation of section 17), and a
  request transferred to another authority, which says the information is not held here (EIR
  regulation 10 [U: transfer provisions not verified]; FOISA has no transfer provision, so the reply is
  a section 17 notice [U]).

Under FOIA neither "not held" nor a transfer is a refusal notice; the Code of Practice still expects the
rights in every reply, which \`missing-rights\` checks.

The whole letter is searched, not only the "Your rights" section, for the review (or "no review
procedure") and for the Commissioner of the regime in effect (the ICO for FOIA and the EIR, the Scottish
Information Commissioner for FOISA and the EISR).

\`missing-rights\` checks the "Your rights" section of every reply. When it already reports the same gap as
an error, this rule stays silent, so that one gap is one finding; it reports on its own when an authority
has made the rights section optional or turned \`missing-rights\` down, since for a refusal the rights are
statutory.

**Fix:** add the standard "Your rights" paragraph for the regime (the quick fix appends it).`,
  },
  checksGround: () => true,
  reads: ['refusal', 'reply', 'rights'],
  check(ctx) {
    const { draft } = ctx;
    const a = ctx.facts.refusal;
    const notice = refusalNotice(a);
    if (!notice) return;
    const text = ctx.facts.reply.blocks.map((b) => b.text).join('\n');
    const commissioner = isScottish(a.regime) ? SCOTTISH_COMMISSIONER : ENGLISH_COMMISSIONER;
    const missing: { id: string; text: string }[] = [];
    if (!REVIEW.test(text)) {
      missing.push({
        id: 'internal-review',
        text: a.regime === 'foia' ? 'the internal review procedure (or a statement that there is none)' : 'the right to ask for a review',
      });
    }
    if (!commissioner.test(text)) missing.push({ id: 'commissioner', text: `the right to complain to ${REFUSAL_LAW[a.regime].commissioner}` });
    if (!missing.length) return;

    const rights = ctx.facts.rights;
    if (coveredByMissingRights(ctx, rights.schema, missing.map((m) => m.id))) return;

    const where = notice.range;
    const paragraph = rights.schema.paragraphs.get('rights');
    const hasSection = draft.sections.some((s) => s.id === 'rights');
    const place = !hasSection && paragraph ? insertionFor(draft, rights.schema, 'rights') : undefined;
    ctx.report({
      message: `This reply ${notice.what} but does not give ${missing.map((m) => m.text).join(' or ')} (${REFUSAL_LAW[a.regime].rights}).`,
      range: where,
      ...(place &&
        paragraph && {
          fix: {
            title: `Insert the standard “${paragraph.title}” paragraph`,
            edits: [place.edit(sectionText(draft, rights.schema, paragraph, place.neighbour))],
          },
        }),
      data: { missing: missing.map((m) => m.id) },
    });
  },
};

/** What makes the reply a notice that must give the rights, and where it says so; undefined when nothing does. */
function refusalNotice(a: RefusalAnalysis): { what: string; range: Range } | undefined {
  const where = a.grounds[0]?.range ?? a.ncnd?.range ?? a.withholding[0]?.range;
  if (a.refuses && where) return { what: 'refuses information', range: where };
  const partial = a.responseBlocks.find((b) => PARTIAL.test(b.text));
  if (partial) return { what: 'answers only part of the request (a partial refusal)', range: partial.range };
  if (a.regime === 'foia') return undefined;
  const law = a.regime === 'foisa' ? 'a notice under FOISA section 17' : isScottish(a.regime) ? 'a refusal under EISR regulation 10(4)(a)' : 'a refusal under EIR regulation 12(4)(a)';
  // FOISA section 17 is the notice that information is not held.
  const s17 = a.regime === 'foisa' ? a.citations.find((c) => c.regime === 'foisa' && /^17\b/.test(c.citation)) : undefined;
  if (a.notHeld || s17) return { what: `says the information is not held (${law})`, range: a.notHeld?.range ?? s17!.range };
  const transfer = a.responseBlocks.find((b) => TRANSFER.test(b.text));
  if (transfer) return { what: `transfers the request, so says the information is not held here (${law})`, range: transfer.range };
  return undefined;
}

/** Whether missing-rights already reports, as an error, the gaps this rule found. */
function coveredByMissingRights(ctx: RuleContext, rightsSchema: Schema, gaps: readonly string[]): boolean {
  const setting = ctx.schema.rules.get('missing-rights') ?? 'error';
  if (setting !== 'error') return false;
  const spec = rightsSchema.sections.find((s) => s.id === 'rights');
  if (!spec?.required) return false;
  const section = ctx.draft.sections.find((s) => s.id === 'rights');
  if (!section) return true;
  const text = section.by === 'heading' ? section.text : section.text || section.anchor.text;
  return gaps.every((id) => {
    const mention = spec.mustMention.find((m) => m.id === id);
    return mention !== undefined && !mention.patterns.some((p) => p.test(text));
  });
}
