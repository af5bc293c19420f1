import type { MergedSchema } from './merge';
import { pathProblem } from './positions';
import { didYouMean } from './suggest';
import type { Schema, SchemaProblem, SectionSpec, StandardParagraph } from './types';

// The last step: check references across files (a section's paragraph, a paragraph's section) and
// build the Schema the rules read.

export function finishSchema(merged: MergedSchema): { schema: Schema; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const sectionIds = merged.sections.map((s) => s.id);

  const paragraphs = new Map<string, StandardParagraph>();
  for (const p of merged.paragraphs.values()) {
    if (p.section !== undefined && !sectionIds.includes(p.section) && p.sectionAt) {
      problems.push(pathProblem(p.sectionAt.src, p.sectionAt.path, `unknown section '${p.section}'${didYouMean(p.section, sectionIds)}`));
    }
    paragraphs.set(p.id, {
      id: p.id,
      title: p.title ?? p.id,
      description: p.description ?? '',
      text: p.text ?? '',
      ...(p.section !== undefined && { section: p.section }),
    });
  }

  const sections: SectionSpec[] = merged.sections.map((s) => {
    if (s.paragraph !== undefined && !paragraphs.has(s.paragraph) && s.paragraphAt) {
      problems.push(
        pathProblem(s.paragraphAt.src, s.paragraphAt.path, `unknown paragraph '${s.paragraph}'${didYouMean(s.paragraph, paragraphs.keys())}: define it under paragraphs`),
      );
    }
    const heading = s.heading ?? [];
    const text = s.text ?? [];
    // A section whose patterns were all dropped (untrusted workspace) can never be found: requiring
    // it would report it missing in every reply.
    const unfindable = s.patternsIgnored && heading.length + text.length === 0;
    return {
      id: s.id,
      title: s.title ?? s.id,
      required: unfindable ? false : (s.required ?? true),
      heading,
      text,
      mustMention: s.mustMention ?? [],
      ...(s.paragraph !== undefined && { paragraph: s.paragraph }),
      ...(s.rule !== undefined && { rule: s.rule }),
    };
  });

  const schema: Schema = {
    base: merged.base ?? 'foia',
    sections,
    layout: merged.layout,
    paragraphs,
    rules: merged.rules,
    placeholders: merged.placeholders,
    holidays: unique(merged.holidays),
    allow: { emails: unique(merged.authority.emails), phones: unique(merged.authority.phones) },
    authority: {
      ...(merged.authority.name !== undefined && { name: merged.authority.name }),
      centralGovernment: merged.authority.centralGovernment ?? false,
    },
    files: merged.files,
  };
  return { schema, problems };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
