import type { Draft, Question, RelatedPlace } from '../types';
import { isContainer } from '../parse/status';
import type { Rule } from './rule';

const excerpt = (q: Question) => (q.text.length > 70 ? `${q.text.slice(0, 70).trimEnd()}…` : q.text);

export const unansweredQuestion: Rule = {
  meta: {
    id: 'unanswered-question',
    description: 'A question of the request has no answer in the response.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `The requester is entitled to be told whether the authority holds the information described in each
part of the request, and to have it (FOIA section 1(1)); a part left unanswered is a breach the
Information Commissioner finds again and again.

The rule reads the quoted request (numbered, lettered and bulleted questions, nested parts, and
conditional parts such as "If yes:", "If no:" and "if the answer is no, you may disregard the rest") and
the response, where each question is usually restated with its answer beneath it, answered by number
("1. No", "Q4 & Q5 - Not held", "Answer 2:"), or answered on the lines under the question itself (as
disclosure logs do). A question with no answer is reported on the question itself. A reply that only
points to earlier responses, the disclosure log or a transparency site, and says nothing of its own (no
figure, "not held", exemption or section 21), answers no question (see \`pointer-only-reply\`).

Only a certain reading is reported as an error: nothing at all follows the question, or the reply pairs
its other questions with answers and this one has none. When the reply answers the request as a whole,
or its layout cannot be paired question by question, one information note says which questions could
not be checked and how to help foi-lint read the letter (restated questions, numbered answers, or a
\`layout:\` entry in \`.foi.yaml\`); \`foi-lint --explain\` shows how the letter was read.

Conditional parts that no longer apply are not reported: after "No" to question 1, its "If yes" parts
need no answer. One answer written after several restated questions counts for the last of them, unless
it says it covers several ("Questions 2 to 4: ...") or it is a "no" to the first that makes the others moot.

**Fix:** answer the question under its restatement in the response. If it does not apply, mark it with
\`<!-- foi-lint-not-applicable -->\` at the end of its line (the editor's quick fix does this).`,
  },
  reads: [],
  check(ctx) {
    const unsure: Question[] = [];
    // An answer that is only "[TBC]" leaves the question unanswered; the placeholder rule reports it.
    const missing = (q: Question) => q.status === 'unanswered' && !q.answer;
    // A question reported with all its parts is reported once, for the parts too.
    const wholly = (q: Question): boolean => missing(q) && q.sure && q.children.every(wholly);
    for (const q of ctx.draft.questions) {
      if (!missing(q)) continue;
      if (!q.sure) {
        unsure.push(q);
        continue;
      }
      if (q.parent && wholly(q.parent)) continue;
      // A stem that only introduces its parts is not a question of its own: its parts are reported.
      if (isContainer(q) && !wholly(q)) continue;
      const cond = q.condition;
      const when = cond && !cond.on.answer ? ` (it applies unless question ${cond.on.label} is answered “${cond.when === 'yes' ? 'no' : 'yes'}”)` : '';
      const elsewhere = q.pointedElsewhere ? ' (the reply only points to other responses or published pages)' : '';
      const parts = q.children.length && wholly(q) ? `, nor any of its ${q.children.length} parts` : '';
      ctx.report({
        message: `Question ${q.label} has no answer in the response${parts}${when}${elsewhere}: “${excerpt(q)}”`,
        range: q.range,
        related: expectedAt(ctx.draft, q),
        data: { question: q.label, line: q.range.start.line },
      });
    }
    if (unsure.length) {
      const labels = unsure.map((q) => q.label);
      const which = labels.length === 1 ? `question ${labels[0]}` : `questions ${labels.length <= 3 ? labels.join(', ') : `${labels[0]}–${labels[labels.length - 1]}`}`;
      ctx.report({
        severity: 'info',
        message:
          `foi-lint could not tell which part of the reply answers ${which}, so it does not check that ${labels.length === 1 ? 'it is' : 'each is'} answered. ` +
          'To have each checked, restate each question above its answer, number the answers as the questions are numbered, ' +
          "or teach foi-lint your letters' labels with a layout: entry in .foi.yaml.",
        range: unsure[0].range,
        data: { questions: labels, unsure: true },
      });
    }
  },
};

/** Where the answer was expected: under the question's restatement, else in the response. */
function expectedAt(draft: Draft, q: Question): RelatedPlace[] {
  if (q.pointedElsewhere) return [{ message: 'The reply points elsewhere here instead of answering', range: q.pointedElsewhere.range }];
  if (q.restated) return [{ message: `Question ${q.label} is restated here with no answer under it`, range: q.restated.range }];
  const first = draft.response ? draft.blocks[draft.response.start] : undefined;
  if (first) return [{ message: `The response, where the answer to question ${q.label} was expected`, range: first.range }];
  return [];
}
