import { BRANCH_MARKER } from '../parse/conditions';
import { formatDate } from '../parse/dates';
import { parseDraft } from '../parse/draft';
import type { Schema } from '../schema/types';
import { sectionText } from '../sections/insert';
import type { Question } from '../types';

// A new reply draft from a pasted request: the first version an officer edits, laid out the way the
// checks read a reply, so that what is left to do shows up as findings (each "[TBC]" answer, the
// "[date]" of receipt) rather than as missing sections.

/** What an officer replaces with the answer; the placeholder rule reports it until they do. */
export const ANSWER_PLACEHOLDER = '[TBC]';

function normaliseRequest(requestText: string): string {
  return requestText
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The question as restated in the response: its written number (or a bullet) and its text. */
function restate(q: Question): string {
  if (q.number === undefined) return q.parent ? `- ${q.text}` : q.text;
  return /^\d+$/.test(q.number) ? `${q.number}. ${q.text}` : `${q.number} ${q.text}`;
}

function inOrder(questions: readonly Question[]): Question[] {
  // draft.questions holds every question, parents before their parts, in the order they were written.
  return [...questions].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * The text of a new reply to `requestText` under `schema`, dated `today` (YYYY-MM-DD): the letter
 * date, the acknowledgement, the request quoted, the sections that come before the response (the
 * regime statement), every question restated with "[TBC]" for its answer, then the standard sections
 * of the schema in house-style order. Markdown with "\n" line endings.
 */
export function composeResponse(requestText: string, schema: Schema, today: string): string {
  const request = normaliseRequest(requestText);
  const empty = parseDraft('', schema);
  const paragraphOf = (id: string | undefined) => (id === undefined ? undefined : schema.paragraphs.get(id));

  const header = [formatDate(today), 'Our ref: [reference]'].join('\n');
  const acknowledgement = paragraphOf('acknowledgement')?.text ?? 'Thank you for your request received on [date], for the following information:';
  const opening = [header, acknowledgement, request].join('\n\n');
  // The engine's own parser finds the questions, exactly as it will when checking the reply.
  const { questions } = parseDraft(opening, schema);

  const responseAt = schema.sections.findIndex((s) => s.id === 'response');
  const before = responseAt >= 0 ? schema.sections.slice(0, responseAt) : schema.sections.slice(0, 1);
  const after = responseAt >= 0 ? schema.sections.slice(responseAt + 1) : schema.sections.slice(1);
  const sectionBlock = (paragraphId: string | undefined) => {
    const paragraph = paragraphOf(paragraphId);
    return paragraph ? [sectionText(empty, schema, paragraph)] : [];
  };

  // A top-level question asked only on one answer to another keeps its own "If no:" line above it
  // (not a condition written inside the question, nor one the parser inferred).
  let branch: string | undefined;
  const answers = inOrder(questions).flatMap((q) => {
    const c = q.condition;
    const line = !q.parent && c && BRANCH_MARKER.test(c.text) && !q.text.startsWith(c.text) ? c.text : undefined;
    const shown = line !== undefined && line !== branch ? [line] : [];
    if (!q.parent) branch = line;
    return [...shown, restate(q), ANSWER_PLACEHOLDER];
  });
  const responseTitle = responseAt >= 0 ? schema.sections[responseAt].title : 'Response';
  const parts = [
    opening,
    ...before.flatMap((s) => sectionBlock(s.paragraph)),
    `## ${responseTitle}`,
    ...(answers.length ? answers : [ANSWER_PLACEHOLDER]),
    ...after.flatMap((s) => sectionBlock(s.paragraph)),
  ];
  return parts.join('\n\n') + '\n';
}
