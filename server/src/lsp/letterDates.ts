import { deadline, workingDaysBetween, type DeadlineResult } from '../engine/law/calendar';
import type { Analysis } from './analysis';

export interface LetterDates {
  /** YYYY-MM-DD, when the letter gives it. */
  received?: string;
  sent?: string;
  /** The statutory deadline: the 20th working day after receipt. */
  deadline?: DeadlineResult;
  /** Which working day after receipt the letter is dated on (20 = the last day in time). */
  workingDaysUsed?: number;
  /** Why the count could not be made (a date outside the bank-holiday table, ...). */
  problem?: string;
}

/** The statutory deadline and the working days used, from the letter's dates and the schema's holidays. */
export function letterDates(analysis: Analysis): LetterDates {
  const { meta } = analysis.result.draft;
  const received = meta.received?.iso;
  const sent = meta.sent?.iso;
  const out: LetterDates = { received, sent };
  if (!received) return out;
  const opts = { extraHolidays: analysis.schema.holidays };
  const due = deadline(received, analysis.regime, opts);
  if (due.ok) out.deadline = due;
  else out.problem = due.message;
  if (sent) {
    const used = workingDaysBetween(received, sent, analysis.regime, opts);
    if (used.ok) out.workingDaysUsed = used.days;
    else out.problem ??= used.message;
  }
  return out;
}
