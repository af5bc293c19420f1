import type { Draft, Finding, Position, Question } from '../engine';
import { rangeContains, rangesOverlap } from './convert';

/** Every question, sub-questions included, each once, in document order. */
export function allQuestions(draft: Draft): Question[] {
  const out: Question[] = [];
  const seen = new Set<Question>();
  const visit = (q: Question) => {
    if (seen.has(q)) return;
    seen.add(q);
    out.push(q);
    q.children.forEach(visit);
  };
  draft.questions.forEach(visit);
  return out;
}

/** A finding that reports a question without an answer. */
export function isUnansweredFinding(finding: Finding): boolean {
  return /unanswered/.test(finding.ruleId);
}

/** The question a finding is about: named in its data, else the one whose text it points at. */
export function findQuestion(draft: Draft, finding: Finding): Question | undefined {
  const questions = allQuestions(draft);
  const named = finding.data?.question ?? finding.data?.label;
  if (typeof named === 'string') {
    const byLabel = questions.find((q) => q.label === named || q.number === named);
    if (byLabel) return byLabel;
  }
  return (
    questions.find((q) => q.status === 'unanswered' && (rangesOverlap(q.range, finding.range) || (q.restated && rangesOverlap(q.restated.range, finding.range)))) ??
    questions.find((q) => rangesOverlap(q.range, finding.range))
  );
}

/** The question under the cursor: in the request, or restated in the response. */
export function questionAt(draft: Draft, position: Position): { question: Question; where: 'request' | 'restated' } | undefined {
  // Innermost first: a sub-question's range lies inside its parent's.
  const questions = allQuestions(draft).reverse();
  for (const question of questions) {
    if (lineRangeContains(question.range, position)) return { question, where: 'request' };
  }
  for (const question of questions) {
    if (question.restated && lineRangeContains(question.restated.range, position)) return { question, where: 'restated' };
  }
  return undefined;
}

/** Hovering anywhere on a question's lines counts, including list markers before its text. */
function lineRangeContains(range: { start: Position; end: Position }, p: Position): boolean {
  if (rangeContains(range, p)) return true;
  return p.line >= range.start.line && p.line <= range.end.line;
}
