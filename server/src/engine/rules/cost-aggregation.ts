import { findInReply } from './find-text';
import { costRefusal } from './cost-refusal';
import type { Rule } from './rule';

// The reply says requests were put together: "aggregated", "taken together", "combined with your request".
const AGGREGATED =
  /\brequests?\b[^.;\n]{0,60}?\b(?:aggregat\w*|combined|taken\s+together|considered\s+together|added\s+together|treated\s+as\s+(?:one|a\s+single))|\b(?:aggregat\w*|combined|taken\s+together|considered\s+together)\s+(?:\w+\s+){0,3}?(?:with\s+)?(?:your|the|these|those|both|all|two|three|several)\s+(?:\w+\s+){0,2}?requests?\b/i;
const NOT_AGGREGATED = /\bnot\s+(?:been\s+)?(?:aggregat|combined)/i;
// Advice about what may happen to later requests is not an aggregation: "separate requests may be aggregated".
const HYPOTHETICAL = /\b(?:may|might|could|can|would|will|if)\b[^.;]{0,40}$/i;
// The cost of another request counted in: "when added to the time spent on your previous request".
const OTHER_REQUEST =
  /\b(?:previous|earlier|other|related|recent|separate|preceding|prior)\s+(?:FOI\s+|information\s+)?requests?\b[^.;]{0,80}?\b(?:hours?|cost|time|limit)\b|\b(?:hours?|cost|time|limit)\b[^.;]{0,80}?\b(?:previous|earlier|other|related|preceding|prior)\s+(?:FOI\s+|information\s+)?requests?\b/gi;
// Why they may be aggregated: the same or similar information, within 60 working days; or the provision.
const REASON =
  /\bsame\s+(?:or\s+(?:a\s+)?(?:similar|related)\s+)?(?:subject|topic|information|theme|matter|area|issue)|\bsimilar\s+(?:information|subject|topic|matter|theme|issue|area)|\boverlap|\b(?:60|sixty)\s+(?:consecutive\s+)?working\s+days|\bs(?:ection|\.)?\s*12\s*\(4\)|\bregulations?\s+5\b|\bacting\s+in\s+concert|\bcampaign\b|\brelat(?:e|es|ed|ing),?\s+(?:to\s+any\s+extent,?\s+)?to\s+the\s+same\b/i;

export const costAggregation: Rule<'refusal' | 'reply'> = {
  meta: {
    id: 'cost-aggregation',
    description: 'Requests aggregated for the cost limit without saying so, or without saying why they may be.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Under FOIA section 12(4) and regulation 5 of the Freedom of Information and Data Protection (Appropriate
Limit and Fees) Regulations 2004, the costs of two or more requests may be added together for the limit
when they are made by one person (or by people acting in concert or in a campaign), relate to the same or
similar information, and are received within 60 consecutive working days (the conditions of regulation 5
as the ICO's section 12 guidance sets them out). The requester
can only challenge an aggregation they are told about.

Reported (**warning**), in a FOIA reply refusing on cost:
- the reply says the requests were aggregated (or combined, or taken together) but not why: no word of
  the same or similar information, the 60 working days, section 12(4) or regulation 5;
- the estimate counts another request ("when added to the time spent on your previous request") and the
  reply does not say the requests were aggregated.

Not checked: FOISA. The Scottish Fees Regulations aggregate requests from different persons for the same
subject matter only where the authority publishes the information (regulation 6), and nothing here reads
that.

**Fix:** "Under section 12(4) of the Act and regulation 5 of the Fees Regulations we have aggregated this
request with your request of 3 March (ref FOI-123), because both ask for information about the same
contracts and we received them within 60 working days of each other."`,
  },
  checksGround: (ground) => ground.regime === 'foia' && /^12(?:\(|$)/.test(ground.citation),
  reads: ['refusal', 'reply'],
  check(ctx) {
    const a = ctx.facts.refusal;
    if (a.regime !== 'foia') return;
    const cost = costRefusal(a);
    if (!cost) return;
    const text = cost.passageText;
    const said = findInReply(ctx.draft, ctx.facts.reply, AGGREGATED, cost.passage).filter((m) => {
      const sentence = sentenceBefore(ctx.draft.text, ctx.draft.lineStarts[m.range.start.line] + m.range.start.character) + m.match[0];
      return !NOT_AGGREGATED.test(sentence) && !HYPOTHETICAL.test(sentence.replace(/\baggregat[\s\S]*$/i, '').replace(/\b(?:combined|taken\s+together|considered\s+together)[\s\S]*$/i, ''));
    });
    if (said.length) {
      if (REASON.test(text)) return;
      const [at] = said;
      ctx.report({
        message:
          'Say why the requests may be aggregated: they relate to the same or similar information and were received within 60 consecutive working days (FOIA section 12(4); Fees Regulations 2004, regulation 5).',
        range: at?.range ?? cost.anchor,
      });
      return;
    }
    if (AGGREGATED.test(text)) return;
    const [other] = findInReply(ctx.draft, ctx.facts.reply, OTHER_REQUEST, cost.passage);
    if (!other) return;
    ctx.report({
      message:
        'The estimate counts another request: say that the requests are aggregated under FOIA section 12(4) and regulation 5 of the Fees Regulations, and why (the same or similar information, within 60 consecutive working days).',
      range: other.range,
    });
  },
};

/** The sentence up to an offset: back to the last full stop, semicolon or blank line, at most 200 characters. */
function sentenceBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n\n'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}
