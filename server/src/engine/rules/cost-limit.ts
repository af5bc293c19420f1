import type { Block } from '../types';
import { costRefusal, rangeOf } from './cost-refusal';
import type { Rule, RuleContext } from './rule';

const ADVICE =
  /\badvice\s+and\s+assistance\b|\badvise\b|\bs(?:ection|\.)\s*1[56]\b|\bnarrow|\brefin(?:e|ed|ing)\b|\breduc(?:e|ed|ing)\s+the\s+(?:scope|number|period|range|time)|\bfewer\b|\bshorter\b|\bsmaller\b|\blimit(?:ing)?\s+(?:your|the)\s+request\b|\brephras|\bresubmit|\b(?:new|revised|refined)\s+request\b|\bif\s+you\s+(?:were\s+to|could|would\s+like\s+to)\b/i;
// "the appropriate limit of £450", "the £600 limit", "a limit, which is £450".
const LIMIT_AMOUNT =
  /\b(?:appropriate|cost|fees?)\s+limit\b[^£.;]{0,30}£\s?(\d{1,3}(?:,\d{3})*)|£\s?(\d{1,3}(?:,\d{3})*)\s+(?:appropriate\s+|cost\s+)?limit\b/gi;
const HOURS = /\b(\d{1,3}(?:\.\d+)?)\s*(?:working\s+|person\s+|staff\s+|officer\s+)?hours?\b/i;
const HOURLY_RATE = 25;

export const costLimit: Rule<'refusal'> = {
  meta: {
    id: 'cost-limit',
    description: 'A section 12 (cost limit) refusal without advice on narrowing the request, or with the wrong limit.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `An authority need not comply with a request whose cost would exceed the appropriate limit (FOIA section
12). The Fees Regulations 2004 (SI 2004/3244) set the limit at **£450 (18 hours at £25 an hour)** for
councils and other authorities, and **£600 (24 hours)** for the bodies in Part I of Schedule 1 to FOIA
(central government) (regulation 3; only locating, retrieving and extracting the information and
determining whether it is held count, regulation 4). Set \`authority.centralGovernment: true\` in
\`.foi.yaml\` for the £600 limit.

Reported:
- **warning**: no advice and assistance on narrowing the request (section 16): the ICO repeatedly finds
  section 16 breaches when a section 12 refusal gives none.
- **warning**: the wrong limit for the authority (£600 or 24 hours in a council letter, £450 or 18 hours in
  a central government one), or hours that do not match the amount at £25 an hour ("£600 = 25 hours").

Checked by other rules (each defect once): section 12 called an "exemption" (\`not-an-exemption\`), no estimate or no breakdown
of it (\`cost-estimate\`), requests aggregated without saying so (\`cost-aggregation\`), and the Fees
Regulations named wrongly (\`fees-regulations\`).

FOISA: the Scottish limit is £600 (the "prescribed amount", regulation 5 of the Freedom of Information (Fees
for Required Disclosure) (Scotland) Regulations 2004), and staff time counts at no more than £15 an hour
(regulation 3); as the rate is a cap, not a fixed rate, only the amount is checked. The EIR have no cost limit at all: "section 12" in an EIR letter is reported by \`wrong-regime\`.

**Fix:** use the standard section 12 paragraph: the estimate and how it was reached, the right limit, and
concrete advice on what could be answered within it.`,
  },
  checksGround: (ground) => ground.kind === 'procedural' && /^12\b|^12$/.test(ground.citation),
  reads: ['refusal'],
  check(ctx) {
    const a = ctx.facts.refusal;
    const cost = costRefusal(a);
    if (!cost) return;
    const { section12, costBlocks, anchor, scotland } = cost;

    if (!a.responseBlocks.some((b) => ADVICE.test(b.text))) {
      ctx.report({
        message: `A section 12 refusal must offer advice and assistance on narrowing the request so that it can be answered within the limit (${scotland ? 'FOISA section 15' : 'FOIA section 16'}).`,
        range: anchor,
      });
    }
    const central = ctx.schema.authority.centralGovernment;
    const expected = scotland ? { amount: 600 } : central ? { amount: 600, hours: 24 } : { amount: 450, hours: 18 };
    for (const b of costBlocks.length ? costBlocks : section12 ? [section12.block] : []) checkAmounts(ctx, b, expected, central, scotland);
  },
};

function checkAmounts(
  ctx: RuleContext,
  block: Block,
  expected: { amount: number; hours?: number },
  central: boolean,
  scotland: boolean,
): void {
  LIMIT_AMOUNT.lastIndex = 0;
  for (let m = LIMIT_AMOUNT.exec(block.text); m; m = LIMIT_AMOUNT.exec(block.text)) {
    const written = m[1] ?? m[2];
    const amount = Number(written.replace(/,/g, ''));
    const range = rangeOf(ctx.draft, block, `£${written}`);
    if (amount !== expected.amount) {
      ctx.report({
        message: scotland
          ? `The cost limit for Scottish public authorities is £600, not £${written}.`
          : central
            ? `The appropriate limit for central government (Part I of Schedule 1 to FOIA) is £600 (24 hours at £25 an hour), not £${written}.`
            : `The appropriate limit for this authority is £450 (18 hours at £25 an hour), not £${written}: £600 applies only to central government (Part I of Schedule 1 to FOIA). If this is a central government body, set authority.centralGovernment: true in .foi.yaml.`,
        range,
        data: { amount, expected: expected.amount },
      });
      continue;
    }
    if (expected.hours === undefined) continue;
    const after = block.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const h = HOURS.exec(after);
    if (!h) continue;
    const hours = Number(h[1]);
    if (hours !== expected.hours) {
      ctx.report({
        message: `£${written} at £${HOURLY_RATE} an hour is ${amount / HOURLY_RATE} hours, not ${h[1]}.`,
        range: rangeOf(ctx.draft, block, h[0]),
        data: { hours, expected: expected.hours },
      });
    }
  }
}
