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
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, number>();
  private readonly active = new Set<string>();
  private readonly costs = new CheckCosts();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly host: ValidationHost,
  ) {}

  /** Check a document after `delayMs` (0: at once, e.g. when it is opened). */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    if (delayMs <= 0) {
      void this.validate(uri, run);
      return;
    }
    const due = performance.now() + delayMs;
    const early = headStart(this.costs.expected(uri), delayMs);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.validate(uri, run, due);
    }, delayMs - early);
    this.timers.set(uri, timer);
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
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
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
