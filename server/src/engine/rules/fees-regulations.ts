import { correction, findInReply } from './find-text';
import type { Rule } from './rule';

const ENGLAND = 'Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004';
const SCOTLAND = 'Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004';
/** Titles that are right as they are (the Scottish section 13 fees regulations are a different instrument). */
const OTHER_RIGHT = ['Freedom of Information (Fees for Disclosure under Section 13) (Scotland) Regulations 2004'];

// A title of regulations about fees or the limit: "Freedom of Information ... (Appropriate Limit and Fees)
// Regulations 2004". It must hold a parenthesis and one of Fees/Limit, and no Act, full stop or semicolon.
const TITLE = /\bFreedom\s+of\s+Information\b(?:(?!\bAct\b)[^.;:\n]|\n(?!\s*\n)){0,120}?\bRegulations\b(?:\s+(?:\d{4}|\(\w+\)))*/g;
const ABOUT_FEES = /\b(?:fees?|limits?)\b/i;
// The limit attributed to the Commissioner: "the limit set by the Information Commissioner", "the ICO's
// appropriate limit".
const BY_COMMISSIONER =
  /(?:\b(?:appropriate|cost|costs|fees?|upper)\s+limit\b|\blimit\s+of\s+£\s?\d{3}\b|£\s?\d{3}\b)[^.;\n]{0,60}?\b(?:set|prescribed|determined|imposed|fixed|specified|laid\s+down|defined)\s+by\s+(the\s+(?:UK\s+)?(?:Information\s+Commissioner(?:['’]s\s+Office)?|ICO)|the\s+Scottish\s+Information\s+Commissioner)\b|\b(?:the\s+)?(?:Information\s+Commissioner|ICO)['’]s?\s+(?:appropriate|cost|costs|fees?)\s+limit\b/gi;
/** What every BY_COMMISSIONER match contains: most letters have neither, and the pattern is slow to search. */
const LIMIT_OR_POUND = /limit|£/i;

/** Every word capitalised, a year, or a connector: "Freedom of Information (Fees for Required Disclosure) ...". */
function titleLike(text: string): boolean {
  return text
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^[A-Z]/.test(w) || /^\d{4}$/.test(w) || /^(?:and|of|for|under|to|the|on)$/.test(w));
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export const feesRegulations: Rule<'regime' | 'reply'> = {
  meta: {
    id: 'fees-regulations',
    description: 'The Fees Regulations named wrongly, or the cost limit attributed to the Information Commissioner.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `The cost limit for a section 12 refusal is set by regulations, not by the Commissioner, and the ICO
suggests that a refusal names them. Their titles:

- England, Wales and Northern Ireland: **the Freedom of Information and Data Protection (Appropriate Limit
  and Fees) Regulations 2004** (SI 2004/3244; regulation 3 sets £450 and £600, regulation 4 the £25 an
  hour).
- Scotland: **the Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004**
  (SSI 2004/467; regulation 5 sets the prescribed amount, £600, and regulation 3 caps staff time at £15
  an hour). The fees for disclosure under FOISA section 13 are in a different instrument, the Freedom of
  Information (Fees for Disclosure under Section 13) (Scotland) Regulations 2004, which is accepted.

Reported (**warning**):
- a title of regulations on fees or the limit that is not the right one for the regime: a word missing or
  changed ("the Freedom of Information (Appropriate Limit and Fees) Regulations 2004"), another year, or
  the other jurisdiction's regulations (the Scottish title in a FOIA letter, or the other way round). The
  fix writes the right title. A shorthand that does not try to give the title ("the Fees Regulations")
  is not reported.
- the limit said to be set by the Information Commissioner ("the limit set by the ICO", "the ICO's
  appropriate limit"): the Commissioner regulates, the Regulations set the limit. Where the words are
  "set by the Information Commissioner", the fix names the Regulations instead.

Not checked: EIR and EISR replies (they have no cost limit; "section 12" in them is \`wrong-regime\`'s).

**Fix:** name the Regulations by their title, e.g. "the appropriate limit of £450 set by the ${ENGLAND}".`,
  },
  reads: ['regime', 'reply'],
  check(ctx) {
    const regime = ctx.facts.regime.regime;
    if (regime !== 'foia' && regime !== 'foisa') return;
    const right = regime === 'foia' ? ENGLAND : SCOTLAND;
    const other = regime === 'foia' ? SCOTLAND : ENGLAND;
    const view = ctx.facts.reply;
    for (const found of findInReply(ctx.draft, view, TITLE)) {
      const written = found.match[0];
      if (!ABOUT_FEES.test(written) || !written.includes('(') || !titleLike(written)) continue;
      const title = fold(written);
      const withoutYear = title.replace(/\s+\d{4}$/, '');
      if ([right, ...OTHER_RIGHT].some((t) => fold(t) === title || fold(t).replace(/\s+\d{4}$/, '') === withoutYear)) continue;
      const otherJurisdiction = fold(other) === title || fold(other).replace(/\s+\d{4}$/, '') === withoutYear;
      ctx.report({
        message: otherJurisdiction
          ? `“${written.replace(/\s+/g, ' ')}” are the ${regime === 'foia' ? 'Scottish' : 'English and Welsh'} regulations: a ${regime === 'foia' ? 'FOIA' : 'FOISA'} reply relies on the ${right}.`
          : `The title of the regulations that set the cost limit is “the ${right}”${regime === 'foia' ? ' (SI 2004/3244)' : ' (SSI 2004/467)'}: name them as they are titled, so the requester can find them.`,
        range: found.range,
        ...correction(found.range, `Write “${right}”`, right),
        data: { expected: right },
      });
    }
    for (const found of LIMIT_OR_POUND.test(ctx.draft.text) ? findInReply(ctx.draft, view, BY_COMMISSIONER) : []) {
      const commissioner = found.match[1];
      const message = `The ${regime === 'foia' ? 'appropriate limit' : 'prescribed amount'} is set by the ${right} (regulation ${regime === 'foia' ? '3' : '5'}), not by the Commissioner: say so.`;
      if (commissioner) {
        const start = found.match[0].lastIndexOf(commissioner);
        const line = found.range.start.line;
        const sameLine = found.range.start.line === found.range.end.line;
        if (sameLine) {
          const range = {
            start: { line, character: found.range.start.character + start },
            end: { line, character: found.range.start.character + start + commissioner.length },
          };
          ctx.report({ message, range: found.range, fix: { title: 'Name the Regulations', edits: [{ range, newText: `the ${right}` }] } });
          continue;
        }
      }
      ctx.report({ message, range: found.range });
    }
  },
};
