import type { RegimeSource } from './analysis/regime';
import type { LintResult } from './lint';
import type { DateValue, Question, QuestionStatus, RegimeId } from './types';

// How a draft was read, as plain data for "show how this draft was read" views: the regime and where
// it came from, the dates and reference, the request, each question with its answer, the sections.
// Lines are 1-based, as officers count them.

export interface ReadDate {
  /** YYYY-MM-DD when the text is a real date. */
  iso?: string;
  text: string;
  line: number;
  source: DateValue['source'];
}

export interface ReadQuestion {
  label: string;
  line: number;
  text: string;
  status: QuestionStatus;
  statusReason?: string;
  /** The line its answer starts on. */
  answerLine?: number;
  /** 0 for a question of the request, 1 for its parts, and so on. */
  depth: number;
}

export interface DraftReading {
  regime: { regime: RegimeId; source: RegimeSource; line?: number };
  sent?: ReadDate;
  received?: ReadDate;
  reference?: { value: string; line: number };
  request?: { startLine: number; endLine: number };
  response?: { startLine: number; endLine: number };
  questions: ReadQuestion[];
  sections: { id: string; title: string; line: number; by: 'heading' | 'text' }[];
  /** The statutory deadline's one-sentence summary, when the date of receipt was read. */
  deadline?: string;
}

export function explainReading(result: LintResult): DraftReading {
  const { draft, facts } = result;
  const { meta } = draft;
  const regime = facts.regime;
  const questions: ReadQuestion[] = [];
  const visit = (qs: readonly Question[], depth: number) => {
    for (const q of qs) {
      questions.push({
        label: q.label,
        line: q.range.start.line + 1,
        text: q.text,
        status: q.status,
        ...(q.statusReason && { statusReason: q.statusReason }),
        ...(q.answer && { answerLine: q.answer.range.start.line + 1 }),
        depth,
      });
      visit(q.children, depth + 1);
    }
  };
  visit(draft.questions, 0);
  const span = (s: { range: { start: { line: number }; end: { line: number } } } | undefined) =>
    s && { startLine: s.range.start.line + 1, endLine: s.range.end.line + 1 };
  const request = span(draft.request);
  const response = span(draft.response);
  const deadline = facts.deadline?.reason;
  return {
    regime: { regime: regime.regime, source: regime.source, ...(regime.range && { line: regime.range.start.line + 1 }) },
    ...(meta.sent && { sent: readDate(meta.sent) }),
    ...(meta.received && { received: readDate(meta.received) }),
    ...(meta.reference && { reference: { value: meta.reference.value, line: meta.reference.range.start.line + 1 } }),
    ...(request && { request }),
    ...(response && { response }),
    questions,
    sections: draft.sections.map((s) => ({ id: s.id, title: s.title, line: s.anchor.range.start.line + 1, by: s.by })),
    ...(deadline && { deadline }),
  };
}

function readDate(d: DateValue): ReadDate {
  return { ...(d.iso && { iso: d.iso }), text: d.text, line: d.range.start.line + 1, source: d.source };
}
