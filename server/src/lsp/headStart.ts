// How early a check may start within its quiet time. The quiet time after an edit is there so that a
// burst of keystrokes costs one check; the check itself then adds its own time (the engine, the
// settings lookup, garbage collection) before the diagnostics can go. When the check costs less than
// the quiet time, starting it that much early and holding its result until the quiet time ends removes
// that wait. It costs a wasted check when the user types again in the last part of the pause, so the
// head start is at most half the quiet time (keystrokes closer together never start one), and a check
// that costs more than the quiet time (a long draft) gets none: a wasted one would hold the server for
// as long as it runs, delaying the next.

/** The most of the quiet time a check may start before its end. */
const MAX_SHARE = 0.5;
/** Margin on the expected cost, for the variation between two checks of the same draft. */
const MARGIN = 1.5;
const MARGIN_MS = 2;

/** Milliseconds before the end of a `quietMs` quiet time to start a check expected to take `expectedMs`. */
export function headStart(expectedMs: number | undefined, quietMs: number): number {
  if (expectedMs === undefined || expectedMs >= quietMs) return 0;
  return Math.min(expectedMs * MARGIN + MARGIN_MS, quietMs * MAX_SHARE);
}

/** What the last check of each document took. */
export class CheckCosts {
  private readonly last = new Map<string, number>();

  record(uri: string, ms: number): void {
    this.last.set(uri, ms);
  }

  expected(uri: string): number | undefined {
    return this.last.get(uri);
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
