import { isScottish } from '../analysis/regime';
import type { Rule } from './rule';
import { checkSection } from './section-check';

export const missingRights: Rule<'rights'> = {
  meta: {
    id: 'missing-rights',
    description: 'The reply has no "Your rights" paragraph, or it lacks the internal review, the 40 working days or the Information Commissioner.',
    defaultSeverity: 'error',
    fixable: true,
    docs: `Every reply must tell the requester how to complain. A refusal notice must give particulars of the
internal review procedure (or say there is none) and of the right to complain to the Information
Commissioner under section 50 (FOIA section 17(7)); the section 45 Code of Practice sets 40 working days
for asking for a review, and the ICO's guidance asks authorities to give its contact details.

The rule looks for the section named in the schema (by default a heading such as "Your rights" or a
paragraph starting "If you are unhappy with ...") and checks that it mentions:

- how to ask for an internal review;
- the 40 working days allowed to ask for it;
- the right to complain to the Information Commissioner;
- the Commissioner's contact details (Wycliffe House, Water Lane, Wilmslow SK9 5AF, 0303 123 1113, ico.org.uk).

The rights must fit the law the reply is answered under: an EIR reply must offer representations
within 40 working days (regulation 11); a FOISA or EISR reply must name the Scottish Information
Commissioner and the Court of Session instead of the ICO. When a draft's regime (from front matter or its
regime statement) differs from the settings' base, its rights are checked against the built-in base for
that regime.

**Fix:** insert the standard "Your rights" paragraph of your schema (the quick fix puts it at the end of
the letter, after the direct-marketing notice). An incomplete paragraph can be replaced with the standard one.`,
  },
  reads: ['rights'],
  check(ctx) {
    // A reply under another regime than the settings' base is checked against that regime's rights
    // (rights.ts); the authority's own choice to make the section optional still applies.
    const rights = ctx.facts.rights;
    if (!rights.ownSettings && !ctx.schema.sections.find((s) => s.id === 'rights')?.required) return;
    checkSection(
      rights.ownSettings ? ctx : { ...ctx, schema: rights.schema },
      'rights',
      isScottish(rights.regime)
        ? 'The reply has no “Your rights” paragraph: the requester must be told about the review (within 40 working days), the Scottish Information Commissioner and the Court of Session.'
        : 'The reply has no “Your rights” paragraph: the requester must be told about the internal review (within 40 working days) and the right to complain to the Information Commissioner.',
    );
  },
};
