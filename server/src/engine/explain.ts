import type { RegimeSource } from './analysis/regime';
import type { LintResult } from './lint';
import { formatDate } from './parse/dates';
import type { DateValue, Question, QuestionStatus, RegimeId } from './types';

// How a draft was read: the regime and where it came from, the dates and reference, the request, each
// question with its answer, the sections. As data (lines 1-based, as officers count them) and as the
// text that the CLI's --explain and the editor's "Show how this draft was read" print, so an officer
// (or a developer) sees a misreading in seconds.

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
  /** An unanswered status the reader is sure of (see parse/certainty.ts). */
  sure: boolean;
  /** The line its answer starts on. */
  answerLine?: number;
  /** 0 for a question of the request, 1 for its parts, and so on. */
  depth: number;
}

export interface DraftReading {
  regime: { regime: RegimeId; source: RegimeSource; line?: number };
  /** The line of the reply's own regime statement, when it has one. */
  statementLine?: number;
  sent?: ReadDate;
  received?: ReadDate;
  reference?: { value: string; line: number };
  request?: { startLine: number; endLine: number };
  response?: { startLine: number; endLine: number };
  questions: ReadQuestion[];
  /** One answer read as answering several questions. */
  sharedAnswers: { line: number; labels: string[]; whole: boolean }[];
  sections: { id: string; title: string; line: number; by: 'heading' | 'text' }[];
  /** The statutory deadline (YYYY-MM-DD) and the working days allowed, when the date of receipt was read. */
  deadline?: { due: string; days: number };
}

export function explainReading(result: LintResult): DraftReading {
  const { draft, facts } = result;
  const { meta } = draft;
  const regime = facts.regime;
  const depth = (q: Question): number => (q.parent ? depth(q.parent) + 1 : 0);
  // draft.questions holds every question, parts included, in document order.
  const questions: ReadQuestion[] = draft.questions.map((q) => ({
    label: q.label,
    line: q.range.start.line + 1,
    text: q.text,
    status: q.status,
    ...(q.statusReason && { statusReason: q.statusReason }),
    sure: q.sure,
    ...(q.answer && { answerLine: q.answer.range.start.line + 1 }),
    depth: depth(q),
  }));
  const span = (s: { range: { start: { line: number }; end: { line: number } } } | undefined) =>
    s && { startLine: s.range.start.line + 1, endLine: s.range.end.line + 1 };
  const request = span(draft.request);
  const response = span(draft.response);
  const statement = draft.sections.find((s) => s.id === 'regime');
  const due = facts.deadline?.due;
  return {
    regime: { regime: regime.regime, source: regime.source, ...(regime.range && { line: regime.range.start.line + 1 }) },
    ...(statement && { statementLine: statement.anchor.range.start.line + 1 }),
    ...(meta.sent && { sent: readDate(meta.sent) }),
    ...(meta.received && { received: readDate(meta.received) }),
    ...(meta.reference && { reference: { value: meta.reference.value, line: meta.reference.range.start.line + 1 } }),
    ...(request && { request }),
    ...(response && { response }),
    questions,
    sharedAnswers: draft.sharedAnswers.map((s) => ({ line: s.answer.range.start.line + 1, labels: s.covers.map((q) => q.label), whole: s.kind === 'whole' })),
    sections: draft.sections.map((s) => ({ id: s.id, title: s.title, line: s.anchor.range.start.line + 1, by: s.by })),
    ...(due && { deadline: { due, days: facts.deadline!.days } }),
  };
}

function readDate(d: DateValue): ReadDate {
  return { ...(d.iso && { iso: d.iso }), text: d.text, line: d.range.start.line + 1, source: d.source };
}

const SOURCES: Record<RegimeSource, string> = {
  'front-matter': "the front matter's regime",
  statement: "the reply's regime statement",
  letter: 'the Acts or Regulations the letter names (a Scottish one first)',
  'scottish-authority': 'a Scottish authority',
  schema: "the settings' base (the letter names no regime)",
};

const clip = (t: string, n = 90) => (t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t);

function dateLine(label: string, d: ReadDate | undefined): string {
  if (!d) return `${label}: not found`;
  const value = d.iso ? formatDate(d.iso) : `"${d.text}" (not a calendar date)`;
  const from = d.source === 'front-matter' ? 'front matter' : `"${clip(d.text, 60)}"`;
  return `${label}: ${value}, line ${d.line}, from ${from}`;
}

function questionLines(q: ReadQuestion): string {
  const pad = '  '.repeat(q.depth + 1);
  const status =
    q.status === 'answered'
      ? q.answerLine === undefined
        ? 'answered'
        : `answered at line ${q.answerLine}`
      : q.status === 'not-applicable'
        ? 'not applicable'
        : q.sure
          ? 'no answer found'
          : 'no answer found where foi-lint could tell (not reported as an error)';
  const why = q.statusReason ? ` (${q.statusReason})` : '';
  return `${pad}${q.label}  line ${q.line}  ${status}${why}\n${pad}    “${clip(q.text)}”`;
}

/** The reading as text: one fact a line, questions indented by depth. */
export function formatReading(r: DraftReading): string {
  const out: string[] = [];
  out.push(`Regime: ${r.regime.regime.toUpperCase()}, from ${SOURCES[r.regime.source]}${r.regime.line ? ` (line ${r.regime.line})` : ''}`);
  out.push(r.statementLine ? `Regime statement: line ${r.statementLine}` : 'Regime statement: not found');
  out.push(dateLine('Letter date', r.sent));
  out.push(dateLine('Request received', r.received));
  if (r.deadline) out.push(`Deadline: ${formatDate(r.deadline.due)} (${r.deadline.days} working days)`);
  out.push(r.reference ? `Reference: ${r.reference.value}, line ${r.reference.line}` : 'Reference: not found');
  out.push(r.request ? `Request: lines ${r.request.startLine}–${r.request.endLine}` : 'Request: not found');
  out.push(r.response ? `Response: lines ${r.response.startLine}–${r.response.endLine}` : 'Response: no separate response found');
  out.push(`Questions: ${r.questions.length}`);
  for (const q of r.questions) out.push(questionLines(q));
  for (const s of r.sharedAnswers) {
    out.push(`  One answer (line ${s.line}) read as answering ${s.labels.join(', ')}${s.whole ? ': the response answers the request as a whole' : ''}`);
  }
  out.push(`Sections: ${r.sections.length ? '' : 'none found'}`);
  for (const s of r.sections) out.push(`  ${s.title}  line ${s.line}  (by its ${s.by === 'heading' ? 'heading' : 'words'})`);
  return `${out.join('\n')}\n`;
}
