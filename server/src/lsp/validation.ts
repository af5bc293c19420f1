import type { Analysis, Analyzer } from './analysis';
import { headStart, CheckCosts } from './headStart';

export interface ValidationHost {
  /** A draft's new result (diagnostics to push, status to update). */
  analysed(analysis: Analysis): void;
  /** The document is no longer a draft to check (closed, disabled, no longer matches the globs). */
  cleared(uri: string): void;
  /** Every draft's result may have changed in ways only a pull client can fetch. */
  refreshAll(): void;
  log(message: string): void;
}

/**
 * Runs the engine after edits: a short quiet time so a burst of keystrokes costs one run, and a newer
 * version always supersedes a pending or running one (results for an old version are dropped).
 *
 * A check that costs little against the quiet time starts before the quiet time ends (see headStart.ts)
 * and its result is held until the quiet time has passed: the diagnostics come when they would with an
 * engine that took no time, and never sooner. An edit before then discards the early result.
 */
export class Validator {
  /** Each document's pending check: cancels it. */
  private readonly pending = new Map<string, () => void>();
  private readonly runs = new Map<string, number>();
  private readonly active = new Set<string>();
  private readonly costs = new CheckCosts();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly host: ValidationHost,
  ) {}

  /**
   * Check a document after `delayMs` (0: as soon as the messages already received are handled, e.g.
   * when it is opened: edits queued behind a long check then cost one more check, not one each).
   */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    if (delayMs <= 0) {
      const immediate = setImmediate(() => {
        this.pending.delete(uri);
        void this.validate(uri, run);
      });
      this.pending.set(uri, () => clearImmediate(immediate));
      return;
    }
    const due = performance.now() + delayMs;
    const early = headStart(this.costs.expected(uri), delayMs);
    const timer = setTimeout(() => {
      this.pending.delete(uri);
      void this.validate(uri, run, due);
    }, delayMs - early);
    this.pending.set(uri, () => clearTimeout(timer));
  }

  /** Re-check every open document now (schema or settings changed). */
  all(uris: readonly string[]): void {
    for (const uri of uris) this.schedule(uri, 0);
    this.host.refreshAll();
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.runs.delete(uri);
    this.costs.forget(uri);
    this.analyzer.forget(uri);
    if (this.active.delete(uri)) this.host.cleared(uri);
  }

  private cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }

  /** `due`: when the quiet time ends; a result ready before then waits for it. */
  private async validate(uri: string, run: number, due?: number): Promise<void> {
    try {
      const started = performance.now();
      const analysis = await this.analyzer.analyze(uri);
      if (analysis) this.costs.record(uri, performance.now() - started);
      const wait = due === undefined ? 0 : due - performance.now();
      if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
      // A newer run was scheduled meanwhile: its result is the one that counts.
      if (this.runs.get(uri) !== run) return;
      if (!analysis) {
        if (this.active.delete(uri)) this.host.cleared(uri);
        return;
      }
      this.active.add(uri);
      this.host.analysed(analysis);
    } catch (error) {
      this.host.log(`foi-lint: checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}
