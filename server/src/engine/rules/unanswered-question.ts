import type { Question } from '../types';
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
the response, where each question is usually restated with its answer beneath it, or answered by number
("1. No"). A question with no answer is reported on the question itself.

Conditional parts that no longer apply are not reported: after "No" to question 1, its "If yes" parts
need no answer. One answer written after several restated questions counts for the last of them, unless
it says it covers several ("Questions 2 to 4: ...") or it is a "no" to the first that makes the others moot.

**Fix:** answer the question under its restatement in the response. If it does not apply, mark it with
\`<!-- foi-lint-not-applicable -->\` at the end of its line (the editor's quick fix does this).`,
  },
  reads: [],
  check(ctx) {
    for (const q of ctx.draft.questions) {
      // An answer that is only "[TBC]" leaves the question unanswered; the placeholder rule reports it.
      if (q.status !== 'unanswered' || q.answer) continue;
      const cond = q.condition;
      const when = cond && !cond.on.answer ? ` (it applies unless question ${cond.on.label} is answered “${cond.when === 'yes' ? 'no' : 'yes'}”)` : '';
      ctx.report({
        message: `Question ${q.label} has no answer in the response${when}: “${excerpt(q)}”`,
        range: q.range,
        data: { question: q.label, line: q.range.start.line },
      });
    }
  },
};
