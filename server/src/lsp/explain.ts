import { explainDraft } from '../engine/explain';
import type { Analysis } from './analysis';

/** `foiLint/explain` request: `{ uri }` -> `{ text }`, how the draft was read; null when it is not a draft. */
export const explainRequest = 'foiLint/explain';

export interface Explanation {
  text: string;
}

export function explanation(analysis: Analysis): Explanation {
  return { text: explainDraft(analysis.result.draft, analysis.schema) };
}
