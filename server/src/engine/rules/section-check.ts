import { describeInsertion, insertionFor, sectionText } from '../sections/insert';
import type { RuleContext } from './rule';

/**
 * The shared check behind the "missing section" rules: the section must be present and mention
 * what the schema says it must. A missing one gets its standard paragraph as a fix, inserted where
 * house style puts it; an incomplete one gets the standard paragraph as a suggestion.
 */
export function checkSection(ctx: RuleContext, sectionId: string, missingMessage: string, paragraphId?: string | null): void {
  const { draft, schema } = ctx;
  const spec = schema.sections.find((s) => s.id === sectionId);
  if (!spec || !spec.required) return;
  const section = draft.sections.find((s) => s.id === sectionId);
  // `paragraphId`: another standard paragraph than the section's own; null: none fits, so no fix.
  const id = paragraphId === undefined ? spec.paragraph : paragraphId;
  const paragraph = id ? schema.paragraphs.get(id) : undefined;
  if (!section) {
    const place = insertionFor(draft, schema, sectionId);
    ctx.report({
      message: missingMessage,
      range: place.shown,
      related: [{ message: describeInsertion(place, spec.title), range: place.near }],
      fix: paragraph && {
        title: `Insert the standard “${paragraph.title}” paragraph`,
        edits: [place.edit(sectionText(draft, schema, paragraph, place.neighbour))],
      },
      data: { section: sectionId },
    });
    return;
  }
  const text = section.by === 'heading' ? section.text : section.text || section.anchor.text;
  const missing = spec.mustMention.filter((m) => !m.patterns.some((p) => p.test(text)));
  if (!missing.length) return;
  const list = missing.map((m) => m.description);
  const said = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
  const body = section.blocks.filter((b) => b !== section.anchor || section.by === 'text');
  ctx.report({
    message: `“${section.title}” does not mention ${said}.`,
    range: section.anchor.range,
    suggestions:
      paragraph && body.length
        ? [
            {
              title: `Replace with the standard “${paragraph.title}” paragraph`,
              edits: [
                {
                  range: {
                    start: { line: body[0].startLine, character: 0 },
                    end: { line: body[body.length - 1].endLine, character: draft.lines[body[body.length - 1].endLine].length },
                  },
                  newText: paragraph.text,
                },
              ],
            },
          ]
        : undefined,
    data: { section: sectionId, missing: missing.map((m) => m.id) },
  });
}
