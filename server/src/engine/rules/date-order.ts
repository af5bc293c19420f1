import { formatDate } from '../parse/dates';
import type { DateValue } from '../types';
import type { Rule } from './rule';

const where = (d: DateValue) => (d.source === 'front-matter' ? 'in the front matter' : 'in the letter');

export const dateOrder: Rule = {
  meta: {
    id: 'date-order',
    description: 'The letter is dated before the request was received, or a date cannot be read.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `The date of receipt starts the statutory clock (FOIA section 10: the 20th working day following the
date of receipt), and the letter's date shows when the authority complied. A letter dated before the
request arrived, a date that is not a real date ("31 September 2020"), or front matter that disagrees
with the letter's own text leaves the deadline unprovable.

Dates are read from front matter (\`received:\`, \`sent:\` or \`date:\`) or from the letter: the date line of
the header and "Thank you for your request received on 8 September 2020".

**Fix:** correct the date.`,
  },
  reads: [],
  check(ctx) {
    const { sent, received } = ctx.draft.meta;
    for (const [d, name] of [
      [sent, 'letter date'],
      [received, 'date of receipt'],
    ] as const) {
      if (d && !d.iso) {
        ctx.report({
          message: `The ${name} “${d.text}” ${where(d)} cannot be read as a date: write it like “8 September 2020”.`,
          range: d.range,
        });
      }
    }
    if (sent?.iso && received?.iso && sent.iso < received.iso) {
      ctx.report({
        message: `The letter is dated ${formatDate(sent.iso)}, before the request was received on ${formatDate(received.iso)}.`,
        range: sent.range,
      });
    }
    // Front matter that disagrees with the letter's own words.
    for (const [fm, text, name] of [
      [sent, ctx.draft.meta.inText?.sent, 'letter is dated'],
      [received, ctx.draft.meta.inText?.received, 'request was received on'],
    ] as const) {
      if (fm?.iso && text?.iso && fm.iso !== text.iso) {
        ctx.report({
          message: `The front matter says the ${name} ${formatDate(fm.iso)}, but the letter says ${formatDate(text.iso)}.`,
          range: fm.range,
        });
      }
    }
  },
};
