import { deadlineInfo } from './deadline';
import { formatDate } from './parse/dates';
import { regimeInEffect, type RegimeSource } from './regime';
import type { Schema } from './schema/types';
import type { DateValue, Draft, Question, Range } from './types';

// "How this draft was read": the reading every rule relies on, as plain text, so an officer (or a
// developer) sees a misreading in seconds. The CLI's --explain and the editor's "Show how this draft
// was read" print the same.

const SOURCES: Record<RegimeSource, string> = {
  'front-matter': "the front matter's regime",
  statement: "the reply's regime statement",
  letter: 'the first Act or Regulations the letter names',
  'scottish-authority': 'a Scottish authority',
  schema: "the settings' base (the letter names no regime)",
};

const at = (r: Range) => `line ${r.start.line + 1}`;
const clip = (t: string, n = 90) => (t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t);

function dateLine(label: string, d: DateValue | undefined): string {
  if (!d) return `${label}: not found`;
  const value = d.iso ? formatDate(d.iso) : `"${d.text}" (not a calendar date)`;
  const from = d.source === 'front-matter' ? 'front matter' : `"${clip(d.text, 60)}"`;
  return `${label}: ${value}, ${at(d.range)}, from ${from}`;
}

function questionLine(q: Question, depth: number): string {
  const pad = '  '.repeat(depth + 1);
  const status = q.status === 'answered' ? `answered at ${at(q.answer!.range)}` : q.status === 'not-applicable' ? 'not applicable' : 'no answer found';
  const why = q.statusReason ? ` (${q.statusReason})` : '';
  return `${pad}${q.label}  ${at(q.range)}  ${status}${why}\n${pad}    “${clip(q.text)}”`;
}

/** The reading of a draft as text: regime, dates, reference, request, questions and sections. */
export function explainDraft(draft: Draft, schema: Schema): string {
  const out: string[] = [];
  const regime = regimeInEffect(draft, schema);
  out.push(`Regime: ${regime.regime.toUpperCase()}, from ${SOURCES[regime.source]}${regime.range ? ` (${at(regime.range)})` : ''}`);
  const statement = draft.sections.find((s) => s.id === 'regime');
  out.push(statement ? `Regime statement: ${at(statement.anchor.range)}` : 'Regime statement: not found');
  out.push(dateLine('Letter date', draft.meta.sent));
  out.push(dateLine('Request received', draft.meta.received));
  const due = deadlineInfo(draft, schema);
  if (due?.due) out.push(`Deadline: ${formatDate(due.due)} (${due.days} working days)`);
  const ref = draft.meta.reference;
  out.push(ref ? `Reference: ${ref.value}, ${at(ref.range)}` : 'Reference: not found');
  out.push(draft.request ? `Request: lines ${draft.request.range.start.line + 1}–${draft.request.range.end.line + 1}` : 'Request: not found');
  out.push(draft.response ? `Response: lines ${draft.response.range.start.line + 1}–${draft.response.range.end.line + 1}` : 'Response: no separate response found');
  out.push(`Questions: ${draft.questions.length}`);
  const depth = (q: Question): number => (q.parent ? depth(q.parent) + 1 : 0);
  for (const q of draft.questions) out.push(questionLine(q, depth(q)));
  for (const s of draft.sharedAnswers) {
    const labels = s.covers.map((q) => q.label).join(', ');
    out.push(`  One answer (${at(s.answer.range)}) read as answering ${labels}${s.kind === 'whole' ? ': the response answers the request as a whole' : ''}`);
  }
  out.push(`Sections: ${draft.sections.length ? '' : 'none found'}`);
  for (const s of draft.sections) out.push(`  ${s.title}  ${at(s.anchor.range)}  (by its ${s.by === 'heading' ? 'heading' : 'words'})`);
  return `${out.join('\n')}\n`;
}
