import type { Analysis } from './analysis';
import { deadlineInfo } from '../engine/deadline';
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
    // Only those the reader is sure of: the others are one information note, not a count to worry about.
    unanswered: questions.filter((q) => q.status === 'unanswered' && q.sure).length,
    questions: questions.length,
  };
  const info = deadlineInfo(analysis.result.draft, analysis.schema);
  const due = info?.extendedTo ?? info?.due;
  if (due) status.deadline = due;
  if (info?.workingDaysUsed !== undefined) status.workingDaysUsed = info.workingDaysUsed;
  return status;
}
