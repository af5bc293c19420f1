import type { Rule } from './rule';
import { quoteOf, readReviewNotes } from './review-notes';

export const unresolvedComment: Rule = {
  reads: [],
  meta: {
    id: 'unresolved-comment',
    description: 'A Word document still holds a reviewer\'s comment that has not been resolved.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `# unresolved-comment

A reply drafted in Word (\`.docx\`) still holds a comment that is not marked resolved. Comments travel
with the document: a requester who receives the file, or a disclosure log that publishes it, can read
the team's internal discussion of the request.

## How to fix

Act on the comment, then delete it (Review > Delete), or mark it resolved if your team keeps resolved
comments until the reply is sent (foi-lint does not report resolved comments). Send the reply as a PDF
or a clean copy. Markdown drafts have no comments; this rule only reports on \`.docx\` files.
`,
  },
  check({ draft, report }) {
    for (const { note, range } of readReviewNotes(draft)) {
      if (note.kind !== 'comment') continue;
      const by = note.author ? ` by ${note.author}` : '';
      report({ range, message: `Unresolved comment${by}: ${quoteOf(note.text)}. Resolve or delete it before the reply is sent.` });
    }
  },
};
