import type { Explanation } from 'foi-lint-protocol';
import { formatReading, type FoiService } from '../engine';
import type { Analysis } from './analysis';

/** The answer to `foiLint/explain`: how the draft was read, as the text `foi-lint --explain` prints. */
export function explanation(foi: FoiService, analysis: Analysis): Explanation {
  return { text: formatReading(foi.explain(analysis.result)) };
}
