import type { Rule } from './rule';
import { quoteOf, readReviewNotes, type ReviewNoteKind } from './review-notes';

const described: Record<Exclude<ReviewNoteKind, 'comment'>, string> = {
  insertion: 'inserted',
  deletion: 'deleted',
  move: 'moved',
  formatting: 'reformatted',
};

export const trackedChange: Rule = {
  reads: [],
  meta: {
    id: 'tracked-change',
    description: 'A Word document still holds tracked changes that have not been accepted or rejected.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `# tracked-change

A reply drafted in Word (\`.docx\`) still holds tracked changes. Until they are accepted or rejected the
document carries both versions: deleted text, which may be information the team decided to withhold, can
be read by anyone who receives the file. foi-lint checks the reply as it reads with the changes
accepted, and reports each change.

## How to fix

Review > Accept (or Reject) each change, or Accept All Changes when the draft is final, and turn Track
Changes off before the reply is sent. Markdown drafts have no tracked changes; this rule only reports on
\`.docx\` files.
`,
  },
  check({ draft, report }) {
    for (const { note, range } of readReviewNotes(draft)) {
      if (note.kind === 'comment') continue;
      const by = note.author ? ` by ${note.author}` : '';
      const what = note.kind === 'formatting' || note.text.trim() === '' ? 'text' : quoteOf(note.text);
      report({ range, message: `Tracked change${by} not accepted or rejected: ${what} ${described[note.kind]}.` });
    }
  },
};
