import { applyEdits, fixEdits } from './fix';
import { lint, type LintResult } from './lint';
import type { Schema } from './schema/types';

/** Fixes can uncover or enable others (a section inserted, then its missing mention); bounded so a
 * fix that keeps changing the text cannot loop forever. */
export const maxFixPasses = 10;

export interface FixOutcome {
  /** The lint of the text as read, for reporting when the fixed text cannot be written. */
  original: LintResult;
  /** The lint of the fixed text: what is left to do by hand. */
  final: LintResult;
  text: string;
  /** Edits applied over all passes. */
  applied: number;
}

/** Apply every finding's safe fix, re-lint, and repeat until nothing changes (or maxFixPasses). */
export function fixText(text: string, schema: Schema): FixOutcome {
  const original = lint(text, schema);
  let final = original;
  let current = text;
  let applied = 0;
  const fixable = (r: LintResult) => r.findings.filter((f) => f.fix).length;
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const edits = fixEdits(final.findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next.applied === 0 || next.text === current) break;
    const relinted = lint(next.text, schema);
    // A pass that clears nothing (text inserted where the parser cannot see it) would repeat forever.
    if (fixable(relinted) >= fixable(final)) break;
    current = next.text;
    applied += next.applied;
    final = relinted;
  }
  return { original, final, text: current, applied };
}
