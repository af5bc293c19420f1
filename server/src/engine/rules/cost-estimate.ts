import { costRefusal } from './cost-refusal';
import type { Rule } from './rule';

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|hundreds|thousands)`;
// A length of work: "40 hours", "3 minutes per file", "15 working days".
const TIME = new RegExp(String.raw`\b${NUMBER}\s*(?:\(\d+\)\s*)?(?:working\s+|person\s+|staff\s+|officer\s+|man\s+|full\s+)?(hours?|hrs?|minutes?|mins?|days?|weeks?)\b`, 'gi');
const MONEY = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?/g;
// What a limit or a deadline looks like, so that restating it is not read as an estimate.
/** 18 hours (£450) and 24 hours (£600) at £25 an hour; in Scotland £600 at £15 an hour is 40 hours. */
const LIMIT_HOURS = { foia: new Set([18, 24]), foisa: new Set([40]) };
const LIMIT_AMOUNTS = new Set([450, 600, 25, 15, 100]);
const DEADLINE_DAYS = new Set([20, 40]);
const ITEMS =
  '(?:records|files|cases|e-?mails|documents|items|invoices|transactions|pages|entries|folders|boxes|reports|logs|claims|incidents|requests|trails|sheets|forms|contracts|accounts|premises|properties)';
// A number of records: "142,895 transactions", "346 email trails", "almost 3,000 requests".
const COUNT = new RegExp(String.raw`\b\d{1,3}(?:,\d{3})*\s+(?:\w+\s+){0,2}?${ITEMS}\b`, 'i');
// How the estimate was reached: a time per item, a count of items, a sample, an average.
const BREAKDOWN =
  /\bper\s+(?:record|file|case|e-?mail|document|item|invoice|transaction|page|entry|folder|box|report|log|claim|incident|request|person|officer|school|premises|property|account|contract|month|year|week)\b|\beach\b[^.;]{0,80}\b(?:minutes?|mins?|hours?|seconds?)\b|\b(?:minutes?|mins?|hours?|seconds?)\s+(?:each|for\s+each|to\s+(?:locate|retrieve|extract|review|read|check|search|examine|open|identify|find|go\s+through))|\baverage\b|\bsample\b|\bmultipl|\d\s*[x×]\s*\d/i;

const POINTS_BELOW = /\b(?:explained|set\s+out|detailed|see|given|shown|provided)\s+(?:\w+\s+){0,3}?below\b|\bbelow\s+for\b/i;

export const costEstimate: Rule<'refusal'> = {
  meta: {
    id: 'cost-estimate',
    description: 'A cost-limit refusal without an estimate of the time or cost, or without saying how the estimate was reached.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A section 12 refusal rests on an estimate: the authority need not comply "if the authority estimates
that the cost of complying with the request would exceed the appropriate limit" (FOIA section 12(1); FOISA
section 12(1) and the "projected costs" of the Scottish Fees Regulations, regulation 3). The ICO's guidance on
section 12 asks for a reasonable estimate, "sensible and realistic" and supported by cogent evidence, and
the Upper Tribunal has held that an estimate must actually be made. Saying only that the work "would
exceed the limit" gives the requester nothing to test, or to narrow the request against.

Reported, for a FOIA or FOISA reply that cites section 12 or says the cost limit would be exceeded, in the
paragraphs about the cost (and, where they say the estimate is "explained below", the rest of the response):
- **warning**: no estimate: no length of work (hours, minutes, days) or cost other than the limit itself
  (£450 / 18 hours, £600 / 24 hours; in Scotland £600, 40 hours at £15) and the deadlines (20 or 40
  working days), and no number of records to search. "It would exceed 18 hours" restates the limit, and
  is reported.
- **info**: the number of records to search ("142,895 transactions") but no time or cost from it.
- **info**: an estimate with no word on how it was reached: no time per record, number of records, sample
  or average.

Not reported: EIR and EISR replies (no cost limit; regulation 12(4)(b) is weighed differently).

**Fix:** give the estimate and its basis, e.g. "The department's mailboxes hold about 140,000 emails for
the period; at an average of one minute to locate and extract each, the work would take about 2,300
hours, well over the 18 hours (£450) the limit allows."`,
  },
  checksGround: (ground) => ground.kind === 'procedural' && /^12(?:\(|$)/.test(ground.citation),
  reads: ['refusal'],
  check(ctx) {
    const a = ctx.facts.refusal;
    const cost = costRefusal(a);
    if (!cost) return;
    // "This will be explained below": the estimate may come later in the response.
    const first = cost.passage[0];
    const text = POINTS_BELOW.test(cost.passageText)
      ? a.responseBlocks.filter((b) => b.startLine >= first.startLine).map((b) => b.text).join('\n')
      : cost.passageText;
    if (!hasEstimate(text, LIMIT_HOURS[cost.scotland ? 'foisa' : 'foia'])) {
      // The number of records to search is the basis of an estimate, if not the estimate itself.
      if (COUNT.test(text)) {
        ctx.report({
          severity: 'info',
          message: 'Turn the number of records into an estimate: how long each takes to locate, retrieve and extract, and the total in hours against the limit (ICO guidance on section 12: a reasonable estimate based on evidence).',
          range: cost.anchor,
        });
        return;
      }
      ctx.report({
        message: `A cost-limit refusal should give the estimate: how many hours the work would take (or what it would cost) and how that was reached. Saying only that the limit would be exceeded gives the requester nothing to test or to narrow the request against (${cost.scotland ? 'FOISA section 12(1)' : 'FOIA section 12(1)'}; ICO guidance on section 12: a reasonable estimate based on evidence).`,
        range: cost.anchor,
      });
      return;
    }
    if (!BREAKDOWN.test(text) && !COUNT.test(text)) {
      ctx.report({
        severity: 'info',
        message: 'Say how the estimate was reached: the number of records to search and the time each takes, or a sample search (ICO guidance on section 12: a sensible, realistic estimate based on cogent evidence).',
        range: cost.anchor,
      });
    }
  },
};

function amount(written: string): number {
  const n = Number(written.replace(/,/g, ''));
  return Number.isNaN(n) ? -1 : n;
}

/** A length of work or a cost other than the limit or a deadline. */
function hasEstimate(text: string, limitHours: ReadonlySet<number>): boolean {
  for (const m of text.matchAll(TIME)) {
    const n = amount(m[1]);
    const unit = m[2].toLowerCase();
    if (/^h/.test(unit) && limitHours.has(n)) continue;
    if (/^d/.test(unit) && (DEADLINE_DAYS.has(n) || n === 2.5 || n === 3)) continue;
    if (/^(?:day|week)s?$/.test(unit) && /\b(?:within|of\s+(?:receipt|the\s+date)|after)\b/i.test(text.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 25))) continue;
    return true;
  }
  for (const m of text.matchAll(MONEY)) {
    const n = amount(m[1]);
    if (!LIMIT_AMOUNTS.has(n)) return true;
  }
  return false;
}
