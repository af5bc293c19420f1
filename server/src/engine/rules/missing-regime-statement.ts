import type { Rule } from './rule';
import { checkSection } from './section-check';

export const missingRegimeStatement: Rule<'regime'> = {
  meta: {
    id: 'missing-regime-statement',
    description: 'The reply does not say which law the request was handled under.',
    defaultSeverity: 'error',
    fixable: true,
    docs: `A reply should say whether the request was handled under the Freedom of Information Act 2000, the
Environmental Information Regulations 2004 or the Scottish equivalents: the requester's rights, the
deadlines and the exemptions differ between them, and the ICO expects a refusal to say which regime
applied.

The rule looks for a sentence such as "We have processed this request under the Freedom of Information
Act 2000". The requester's own words ("Under the terms of the Freedom of Information Act ...") in the
quoted request do not count.

**Fix:** insert the standard regime statement after the quoted request, before the response: the one
for the law the letter names, where the settings have one (\`regime-foia\`, \`regime-eir\`, ...).`,
  },
  reads: ['regime'],
  check(ctx) {
    // The statement of the law the letter is answered under: a letter that names the EIR, linted with
    // FOIA settings, gets the EIR statement, or no fix where the settings have none for its law.
    const { regime, source } = ctx.facts.regime;
    const own = `regime-${regime}`;
    const paragraph = source === 'schema' ? undefined : ctx.schema.paragraphs.has(own) ? own : null;
    checkSection(
      ctx,
      'regime',
      'The reply does not say which law the request was processed under (for example “We have processed this request under the Freedom of Information Act 2000.”).',
      paragraph,
    );
  },
};
