import type { Draft, Range } from '../types';

// A Word document's comments and tracked changes, as the .docx converter writes them into the Markdown
// the engine checks: one HTML comment each, at the end of the paragraph they belong to. HTML comments
// are invisible to every other rule (a reviewer's note is not text of the reply), and the two review
// rules read them back from here.
//   <!-- foi-lint-review {"kind":"comment","author":"J. Smith","text":"Check with legal"} -->

export type ReviewNoteKind = 'comment' | 'insertion' | 'deletion' | 'move' | 'formatting';

export interface ReviewNote {
  kind: ReviewNoteKind;
  /** The comment's text, or the text inserted, deleted or moved. */
  text: string;
  author?: string;
}

const prefix = '<!-- foi-lint-review ';
const pattern = /<!-- foi-lint-review (\{[^\n]*?\}) -->/g;

/** The comment for a note. Characters that would end the comment or a table cell are JSON-escaped. */
export function reviewNoteComment(note: ReviewNote): string {
  const json = JSON.stringify(note).replace(/[<>|-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${prefix}${json} -->`;
}

export function readReviewNotes(draft: Draft): { note: ReviewNote; range: Range }[] {
  const out: { note: ReviewNote; range: Range }[] = [];
  if (!draft.text.includes(prefix)) return out;
  for (let line = 0; line < draft.lines.length; line++) {
    const text = draft.lines[line];
    if (!text.includes(prefix)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      let note: unknown;
      try {
        note = JSON.parse(m[1]);
      } catch {
        continue;
      }
      if (!isNote(note)) continue;
      out.push({ note, range: { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } } });
    }
  }
  return out;
}

function isNote(value: unknown): value is ReviewNote {
  const v = value as Partial<ReviewNote> | null;
  return typeof v === 'object' && v !== null && typeof v.kind === 'string' && typeof v.text === 'string';
}

/** A note's text shortened for a message. */
export function quoteOf(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `"${flat.slice(0, max - 1)}\u2026"` : `"${flat}"`;
}
