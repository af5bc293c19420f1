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

The rule looks for a date line in the letter's header (or \`sent:\` / \`date:\` in front matter) and for
"received on <date>" (or \`received:\` in front matter).

**Fix:** date the letter, and say when the request was received ("Thank you for your request received on ...").`,
  },
  reads: [],
  check(ctx) {
    const { draft } = ctx;
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: draft.lines[0]?.length ?? 0 } };
    if (!draft.meta.sent) {
      ctx.report({ message: 'The letter has no date: add a date line to the header.', range: top });
    }
    if (!draft.meta.received) {
      const ack = draft.request ? draft.blocks[draft.request.start - 1] : undefined;
      ctx.report({
        message: 'The reply does not say when the request was received (“Thank you for your request received on …”).',
        range: ack?.range ?? top,
      });
    }
  },
};
