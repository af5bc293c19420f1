import type { Analysis } from './analysis';
import { letterDates } from './letterDates';
import { allQuestions } from './questions';

/** `foiLint/status` request: `{ uri }` -> DraftStatus, or null when the document is not a draft. */
export const statusRequest = 'foiLint/status';
/** Sent with `{ uri, ...DraftStatus }` whenever a draft's status changes. */
export const statusChangedNotification = 'foiLint/statusChanged';

/** What the client's status bar shows for a draft. */
export interface DraftStatus {
  unanswered: number;
  questions: number;
  /** The statutory deadline, YYYY-MM-DD, when the date of receipt is known. */
  deadline?: string;
  /** Working days from receipt to the letter's date. */
  workingDaysUsed?: number;
}

export function draftStatus(analysis: Analysis): DraftStatus {
  const questions = allQuestions(analysis.result.draft);
  const status: DraftStatus = {
    unanswered: questions.filter((q) => q.status === 'unanswered').length,
    questions: questions.length,
  };
  const dates = letterDates(analysis);
  if (dates.deadline) status.deadline = dates.deadline.date;
  if (dates.workingDaysUsed !== undefined) status.workingDaysUsed = dates.workingDaysUsed;
  return status;
}
