import type { Rule } from './rule';

export const invalidFrontMatter: Rule = {
  meta: {
    id: 'invalid-front-matter',
    description: 'The YAML front matter at the top of the draft cannot be read.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Front matter is optional: a block between \`---\` lines at the top of the draft with \`received:\`,
\`sent:\`, \`reference:\` and \`regime:\`. When it is not valid YAML, none of it is used and the dates and
regime are read from the letter's text instead, which may not be what was meant.

**Fix:** correct the YAML at the position shown (usually a missing space after a colon, a tab, or an
unclosed quote).`,
  },
  reads: [],
  check(ctx) {
    const error = ctx.draft.frontMatter?.error;
    if (error) ctx.report({ message: error.message, range: error.range });
  },
};
