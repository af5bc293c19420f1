import type { Rule } from './rule';

export const missingDate: Rule = {
  meta: {
    id: 'missing-date',
    description: 'The letter has no date, or does not say when the request was received.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Without the date of receipt and the letter's date nobody can show that the reply met the statutory
deadline (20 working days under FOIA section 10 and EIR regulation 5). The Scottish Information
Commissioner recommends telling requesters the date of receipt.

The rule looks for the letter's date (a date line in the header, "Date: ...", or a log's "Date of
response", "Responded", "Issued"; \`sent:\` / \`date:\` in front matter) and for the date of receipt
("received on <date>", "your request of <date>", a log's "Date received" or "Requested"; \`received:\` in
front matter). On a published record of a request that does not address the requester (a disclosure-log
page, with no salutation and no acknowledgement) the findings are information only: such pages often
give only their publication date.

**Fix:** date the letter, and say when the request was received ("Thank you for your request received on ...").`,
  },
  reads: [],
  check(ctx) {
    const { draft } = ctx;
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: draft.lines[0]?.length ?? 0 } };
    // A log page's record of a request is not the letter: its missing dates are only worth a note.
    const severity = !draft.frontMatter && draft.meta.addressed === false ? ('info' as const) : undefined;
    const noDate = 'The letter has no date: add a date line to the header.';
    const noReceipt = 'The reply does not say when the request was received (“Thank you for your request received on …”).';
    const ack = draft.request ? draft.blocks[draft.request.start - 1] : undefined;
    // Both missing: one finding at the top, not two (often at one place).
    if (!draft.meta.sent && !draft.meta.received) {
      ctx.report({ message: `${noDate} ${noReceipt.replace(/^The reply/, 'It also')}`, range: top, severity });
      return;
    }
    if (!draft.meta.sent) ctx.report({ message: noDate, range: top, severity });
    if (!draft.meta.received) ctx.report({ message: noReceipt, range: ack?.range ?? top, severity });
  },
};
