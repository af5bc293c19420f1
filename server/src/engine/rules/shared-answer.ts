import type { Rule } from './rule';

const list = (labels: string[]) =>
  labels.length <= 2 ? labels.join(' and ') : `${labels[0]}–${labels[labels.length - 1]}`;

export const sharedAnswer: Rule = {
  meta: {
    id: 'shared-answer',
    description: 'One answer is read as answering several questions: check that it answers each.',
    defaultSeverity: 'info',
    fixable: false,
    docs: `When one paragraph follows several restated questions, foi-lint reads it as the answer to all of them
only when it says so ("Questions 2 to 4: ...") or when it is a "no" to the first question that makes the
others moot ("If the answer is no, you may disregard the rest"). A response that answers the request as
a whole, with no question restated above its answer and none answered by its number, is read as
answering every question together. This information note says how the answer was read, so that the
officer can check that each question really is answered.`,
  },
  reads: [],
  check(ctx) {
    for (const s of ctx.draft.sharedAnswers) {
      const labels = s.covers.map((q) => q.label);
      const message =
        s.kind === 'conditional'
          ? `The answer after question ${s.after.label} is read as answering question ${labels[0]} (“${s.answer.polarity}”), so the questions that depend on it do not apply.`
          : s.kind === 'whole'
            ? `The response answers questions ${list(labels)} together (none is restated above its answer or answered by its number), so foi-lint cannot check each one: make sure it answers each, or restate each question above its answer.`
            : `The answer after question ${s.after.label} is read as answering questions ${list(labels)}: check that it answers each of them.`;
      ctx.report({ message, range: s.answer.range, data: { questions: labels } });
    }
  },
};
