import { parseDraft } from '../parse/draft';
import type { Schema } from '../schema/types';
import { sectionText } from '../sections/insert';

// The standard paragraphs of the settings in effect, as the "Insert standard paragraph" command and
// the snippets offer them: with their section's heading, written the way the document writes headings.

export interface StandardParagraphText {
  id: string;
  title: string;
  description: string;
  /** The text as inserted: with the section's heading, in the document's heading style, when the section has one. */
  text: string;
  section?: string;
}

export function paragraphsFor(schema: Schema, documentText = ''): StandardParagraphText[] {
  const draft = parseDraft(documentText, schema);
  return [...schema.paragraphs.values()].map((p) => ({
    id: p.id,
    title: p.title,
    description: p.description,
    text: sectionText(draft, schema, p),
    ...(p.section !== undefined && { section: p.section }),
  }));
}
