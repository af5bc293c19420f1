import {
  deadline,
  isWorkingDay,
  workingDaysBetween,
  type CalendarProblem,
  type DeadlineOptions,
  type DeadlineResult,
  type WorkingDayCount,
  type WorkingDayResult,
} from '../law/calendar';
import type { RegimeId } from '../types';

// The language server re-lints a draft on every keystroke with the same dates, so the few calendar
// counts a draft needs are remembered. The cache is small and cleared when full; results are plain
// data that callers only read.

const MAX_ENTRIES = 512;
const results = new Map<string, unknown>();
const extrasKey = new WeakMap<readonly string[], string>();

function keyOf(extra: readonly string[] | undefined): string {
  if (!extra || !extra.length) return '';
  let key = extrasKey.get(extra);
  if (key === undefined) {
    key = extra.join(',');
    extrasKey.set(extra, key);
  }
  return key;
}

function remember<T>(key: string, compute: () => T): T {
  if (results.has(key)) return results.get(key) as T;
  const value = compute();
  if (results.size >= MAX_ENTRIES) results.clear();
  results.set(key, value);
  return value;
}

export function cachedDeadline(received: string, regime: RegimeId, opts: DeadlineOptions): DeadlineResult | CalendarProblem {
  const key = `d|${received}|${regime}|${opts.days ?? 20}|${opts.codeReading ? 1 : 0}|${keyOf(opts.extraHolidays)}`;
  return remember(key, () => deadline(received, regime, opts));
}

export function cachedWorkingDaysBetween(
  from: string,
  to: string,
  regime: RegimeId,
  extraHolidays: readonly string[],
): WorkingDayCount | CalendarProblem {
  return remember(`b|${from}|${to}|${regime}|${keyOf(extraHolidays)}`, () => workingDaysBetween(from, to, regime, { extraHolidays }));
}

export function cachedIsWorkingDay(date: string, regime: RegimeId, extraHolidays: readonly string[]): WorkingDayResult | CalendarProblem {
  return remember(`w|${date}|${regime}|${keyOf(extraHolidays)}`, () => isWorkingDay(date, regime, extraHolidays));
}
