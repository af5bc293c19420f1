import type { Rule } from './rule';
import { checkSection } from './section-check';

export const missingSection: Rule = {
  meta: {
    id: 'missing-section',
    description: "A section the authority's schema marks as required is missing or incomplete.",
    defaultSeverity: 'error',
    fixable: true,
    docs: `An authority can add its own required sections in \`.foi.yaml\` (for example a "Re-use of information"
paragraph), with how each is recognised and what it must mention. Sections that the built-in rules
already check (the regime statement, the direct-marketing notice and "Your rights") are reported by those
rules; this rule reports the others.

**Fix:** insert the section's standard paragraph (the quick fix puts it where the schema's order says).`,
  },
  reads: [],
  check(ctx) {
    for (const spec of ctx.schema.sections) {
      if (!spec.required || (spec.rule && spec.rule !== 'missing-section')) continue;
      checkSection(ctx, spec.id, `The reply has no “${spec.title}” section, which your schema requires.`);
    }
  },
};
