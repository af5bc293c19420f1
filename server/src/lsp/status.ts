import type { DraftStatus } from 'foi-lint-protocol';
import type { Analysis } from './analysis';
import { allQuestions } from './questions';

/** What the status bar shows for a draft (`foiLint/status` and `foiLint/statusChanged`). */
export function draftStatus(analysis: Analysis): DraftStatus {
  const questions = allQuestions(analysis.result.draft);
  const status: DraftStatus = {
    // Only those the reader is sure of: the others are one information note, not a count to worry about.
    unanswered: questions.filter((q) => q.status === 'unanswered' && q.sure).length,
    questions: questions.length,
  };
  const info = analysis.result.facts.deadline;
  const due = info?.extendedTo ?? info?.due;
  if (due) status.deadline = due;
  if (info?.workingDaysUsed !== undefined) status.workingDaysUsed = info.workingDaysUsed;
  return status;
}
