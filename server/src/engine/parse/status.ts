import type { Question } from '../types';
import { isOnlyPlaceholder } from './placeholders';

type Polarity = 'yes' | 'no' | 'unknown';

/**
 * What the answer to `root` says, for deciding its conditional parts. With no answer, the parts
 * that were answered tell: if only the "if no" parts are answered, the answer was no.
 */
function polarityFor(root: Question, dependentsOf: ReadonlyMap<Question, Question[]>): Polarity {
  if (root.answer) return root.answer.polarity;
  const dependents = dependentsOf.get(root) ?? [];
  const yes = dependents.some((q) => q.condition!.when === 'yes' && q.answer);
  const no = dependents.some((q) => q.condition!.when === 'no' && q.answer);
  return yes === no ? 'unknown' : yes ? 'yes' : 'no';
}

const quoteOf = (q: Question): string => {
  const t = q.answer?.text.split('\n')[0] ?? '';
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
};

/** A stem that only introduces its parts ("1. How many ... for the following absences:"). */
export const isContainer = (q: Question) => q.children.length > 0 && !q.text.includes('?') && /:\s*$/.test(q.text);

/** Decide each question's status from its answer, its condition and the "not applicable" marks. */
export function settleStatuses(questions: readonly Question[], notApplicable: ReadonlySet<number>): void {
  const marked = (q: Question) => {
    for (let l = q.block.startLine; l <= q.block.endLine; l++) if (notApplicable.has(l)) return true;
    const r = q.restated;
    if (r) for (let l = r.startLine; l <= r.endLine; l++) if (notApplicable.has(l)) return true;
    return false;
  };
  const dependentsOf = new Map<Question, Question[]>();
  for (const q of questions) {
    if (!q.condition) continue;
    const list = dependentsOf.get(q.condition.on);
    if (list) list.push(q);
    else dependentsOf.set(q.condition.on, [q]);
  }
  const polarity = new Map<Question, Polarity>();
  const polarityOfRoot = (root: Question) => {
    let p = polarity.get(root);
    if (p === undefined) polarity.set(root, (p = polarityFor(root, dependentsOf)));
    return p;
  };
  for (const q of questions) {
    q.statusReason = undefined;
    if (marked(q)) {
      q.status = 'not-applicable';
      q.statusReason = 'marked not applicable';
    } else if (q.answer && isOnlyPlaceholder(q.answer.text)) {
      q.status = 'unanswered';
      q.statusReason = 'its answer is still a placeholder';
    } else if (q.answer) {
      q.status = 'answered';
    } else if (q.condition && polarityOfRoot(q.condition.on) === (q.condition.when === 'yes' ? 'no' : 'yes')) {
      const on = q.condition.on;
      q.status = 'not-applicable';
      q.statusReason = on.answer
        ? `question ${on.label} was answered "${quoteOf(on)}", so this part (${q.condition.text}) does not apply`
        : `the other branch of question ${on.label} was answered, so this part (${q.condition.text}) does not apply`;
    } else if (q.parent && q.parent.status === 'not-applicable') {
      q.status = 'not-applicable';
      q.statusReason = `question ${q.parent.label} does not apply`;
    } else {
      q.status = 'unanswered';
      if (q.pointedElsewhere) q.statusReason = `the reply only points to other responses or published pages, at line ${q.pointedElsewhere.range.start.line + 1}`;
    }
  }
  // Parts with no answer of their own, under a question that was answered as a whole (no part answered
  // on its own): the question's answer covers them.
  for (const q of questions) {
    const parent = q.parent;
    if (q.status !== 'unanswered' || q.answer || q.condition || !parent?.answer || parent.children.some((c) => c.answer)) continue;
    q.status = 'answered';
    q.statusReason = `answered with question ${parent.label}`;
  }
  // An introduction to parts is answered when all its parts are settled.
  for (let i = questions.length - 1; i >= 0; i--) {
    const q = questions[i];
    if (q.status === 'unanswered' && isContainer(q) && q.children.every((c) => c.status !== 'unanswered')) {
      q.status = 'answered';
      q.statusReason = 'answered in its parts';
    }
  }
}
