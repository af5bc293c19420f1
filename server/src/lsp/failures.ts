import type { Analysis } from './analysis';
import { describeError, type Logger } from './guard';

/**
 * Rules that threw are logged (the other rules' findings are still published). Each distinct failure
 * is logged once per document, not on every keystroke.
 */
export class FailureLog {
  private readonly seen = new Map<string, Set<string>>();

  constructor(private readonly log: Logger) {}

  report(analysis: Analysis): void {
    if (analysis.result.failures.length === 0) return;
    const seen = this.seen.get(analysis.uri) ?? new Set<string>();
    this.seen.set(analysis.uri, seen);
    for (const failure of analysis.result.failures) {
      const detail = describeError(failure.error);
      const key = `${failure.ruleId}\n${detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.log(`foi-lint: rule ${failure.ruleId} failed on ${analysis.uri} (its findings are missing; the other rules ran): ${detail}`);
    }
  }

  forget(uri: string): void {
    this.seen.delete(uri);
  }
}
