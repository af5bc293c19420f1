// How early a check may start within its quiet time. The quiet time after an edit is there so that a
// burst of keystrokes costs one check; the check itself then adds its own time (the engine, the
// settings lookup, garbage collection) before the diagnostics can go. When the check costs little
// against the quiet time, starting it that much early and holding its result until the quiet time ends
// removes that wait, and costs at most one wasted check when the user types again in the last moments
// of the pause. Costly checks (a long draft) get no head start: a wasted one would hold the server
// for as long as it runs, delaying the next.

/** A head start is given only to checks expected to take under this share of the quiet time. */
const MAX_SHARE = 0.8;
/** Margin on the expected cost, for the variation between two checks of the same draft. */
const MARGIN = 1.5;
const MARGIN_MS = 2;

/** Milliseconds before the end of a `quietMs` quiet time to start a check expected to take `expectedMs`. */
export function headStart(expectedMs: number | undefined, quietMs: number): number {
  if (expectedMs === undefined) return 0;
  const lead = expectedMs * MARGIN + MARGIN_MS;
  return lead <= quietMs * MAX_SHARE ? lead : 0;
}

/** What the recent checks of each document took: the larger of the last two (a GC pause in one is kept). */
export class CheckCosts {
  private readonly last = new Map<string, [number, number]>();

  record(uri: string, ms: number): void {
    const previous = this.last.get(uri);
    this.last.set(uri, [ms, previous?.[0] ?? ms]);
  }

  expected(uri: string): number | undefined {
    const recent = this.last.get(uri);
    return recent && Math.max(recent[0], recent[1]);
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
