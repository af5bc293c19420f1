import type { Rule } from './rule';
import { checkSection } from './section-check';

export const missingDirectMarketing: Rule = {
  meta: {
    id: 'missing-direct-marketing',
    description: 'The reply has no direct-marketing (PECR) notice about officer names and contact details.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Many authorities end each reply with a notice that officer names and contact details disclosed under
FOI may not be used for direct marketing without complying with the UK GDPR and the Privacy and
Electronic Communications Regulations 2003 (PECR). FOIA does not require it: it is house style, so the
built-in base reports it as a warning. Set \`missing-direct-marketing: off\` in \`.foi.yaml\` if your
authority does not use it.

The rule looks for a heading mentioning direct marketing or PECR, or a paragraph that mentions PECR.

**Fix:** insert the standard "Advice and Assistance: Direct Marketing" paragraph, before "Your rights".`,
  },
  reads: [],
  check(ctx) {
    checkSection(
      ctx,
      'direct-marketing',
      'The reply has no direct-marketing (PECR) notice: add the standard paragraph about officer names and contact details.',
    );
  },
};
