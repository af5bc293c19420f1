// Working days and statutory deadlines (RULES.md §2, §9.4-9.7).
//
// FOIA s.10(6) / EIR: a working day is any day except Saturday, Sunday, Christmas Day, Good Friday
// and a bank holiday in ANY part of the UK. FOISA s.73 / EISR: bank holidays in Scotland only.
// Day 1 is the first working day after the date of receipt, which may itself be any calendar day.
// The s.45 Code reading first moves a receipt on a non-working day to the next working day.
//
// Dates are ISO 'YYYY-MM-DD' strings. Every function returns { ok: false, ... } instead of guessing
// when a date it must classify is outside the bank-holiday table, so callers can say the deadline
// could not be computed.

import type { RegimeId } from '../types';
import { shippedHolidayIndex, type HolidayIndex } from './bank-holidays';
import { DIVISIONS, easterSunday, type Division } from './holiday-rules';
import { dayOf, formatIsoDate, parseIsoDate, weekday, weekdayName, yearOf } from './iso-date';

export interface CalendarProblem {
  ok: false;
  /** out-of-range: a date the count needs is outside the table; invalid-*: bad input. */
  code: 'out-of-range' | 'invalid-date' | 'invalid-argument';
  /** For officers: what went wrong and what to do. */
  message: string;
  /** The date at fault, as given or as reached by the count. */
  date?: string;
}

export interface CalendarOptions {
  /** Extra non-working days (YYYY-MM-DD), e.g. the schema's `holidays`. */
  extraHolidays?: readonly string[];
  /** The s.45 Code reading: a receipt on a non-working day counts as received on the next working day. */
  codeReading?: boolean;
}

export interface DeadlineOptions extends CalendarOptions {
  /** Working days allowed: 20 by default (40 for EIR reg 7 extensions and internal reviews). */
  days?: number;
}

export interface WorkingDayResult {
  ok: true;
  date: string;
  working: boolean;
  /** Why the day is not a working day, e.g. ["Saturday"] or ["St Andrew’s Day (Scotland)"]. */
  reasons: string[];
}

export interface AddWorkingDaysResult {
  ok: true;
  /** The nth working day. */
  date: string;
}

export interface DeadlineResult {
  ok: true;
  /** The last day for a compliant response (the `days`th working day). */
  date: string;
  /** The day counting starts from: the date of receipt, or under the Code reading the next working day. */
  receipt: string;
  /** Working day 1. */
  dayOne: string;
  days: number;
  codeReading: boolean;
}

export interface WorkingDayCount {
  ok: true;
  /** The number of the working day on which `sent` falls (the last one before it if it is not one); 0 if on or before receipt. */
  days: number;
}

const DIVISION_NAMES: Record<Division, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const SCOTLAND_ONLY: readonly Division[] = ['scotland'];

/** The divisions whose bank holidays are non-working days under the regime (FOIA s.10(6); FOISA s.73). */
export function regimeDivisions(regime: RegimeId): readonly Division[] {
  return regime === 'foisa' || regime === 'eisr' ? SCOTLAND_ONLY : DIVISIONS;
}

/** The years the bank-holiday table covers; dates outside them get an out-of-range problem. */
export function calendarYears(): { first: number; last: number } {
  const index = shippedHolidayIndex();
  return { first: index.firstYear, last: index.lastYear };
}

/** A compiled view of the calendar for one regime and one set of extra holidays. */
class WorkingDayCalendar {
  private readonly byYear = new Map<number, { christmas: number; goodFriday: number }>();

  constructor(
    private readonly index: HolidayIndex,
    private readonly divisions: readonly Division[],
    private readonly extra: ReadonlySet<number>,
  ) {}

  inRange(day: number): boolean {
    const year = yearOf(day);
    return year >= this.index.firstYear && year <= this.index.lastYear;
  }

  /** Reasons the day is not a working day; empty for a working day. The day must be in range. */
  reasons(day: number): string[] {
    const reasons: string[] = [];
    const w = weekday(day);
    if (w === 0 || w === 6) reasons.push(weekdayName(day));
    // Christmas Day and Good Friday are named in the statutes themselves, whatever the table says.
    const fixed = this.statutoryDays(yearOf(day));
    if (day === fixed.christmas) reasons.push('Christmas Day');
    if (day === fixed.goodFriday) reasons.push('Good Friday');
    for (const holiday of this.index.byDay.get(day) ?? []) {
      if (!holiday.divisions.some((d) => this.divisions.includes(d)) || reasons.includes(holiday.title)) continue;
      const where =
        holiday.divisions.length === DIVISIONS.length
          ? ''
          : ` (${holiday.divisions.map((d) => DIVISION_NAMES[d]).join(', ')})`;
      reasons.push(`${holiday.title}${where}`);
    }
    if (this.extra.has(day)) reasons.push('an extra holiday in the configuration');
    return reasons;
  }

  isWorking(day: number): boolean {
    const w = weekday(day);
    if (w === 0 || w === 6 || this.extra.has(day)) return false;
    const fixed = this.statutoryDays(yearOf(day));
    if (day === fixed.christmas || day === fixed.goodFriday) return false;
    for (const holiday of this.index.byDay.get(day) ?? []) {
      if (holiday.divisions.some((d) => this.divisions.includes(d))) return false;
    }
    return true;
  }

  private statutoryDays(year: number): { christmas: number; goodFriday: number } {
    let days = this.byYear.get(year);
    if (!days) {
      days = { christmas: dayOf(year, 12, 25), goodFriday: easterSunday(year) - 2 };
      this.byYear.set(year, days);
    }
    return days;
  }
}

function outOfRange(day: number, index: HolidayIndex): CalendarProblem {
  const date = formatIsoDate(day);
  return {
    ok: false,
    code: 'out-of-range',
    date,
    message:
      `${date} is outside the bank-holiday table (${index.firstYear}-${index.lastYear}), so working days cannot be ` +
      'counted there. Check the deadline by hand, or update foi-lint for a newer table.',
  };
}

function invalidDate(text: string, what: string): CalendarProblem {
  return {
    ok: false,
    code: 'invalid-date',
    date: text,
    message: `${what} "${text}" is not a real calendar date; write it as YYYY-MM-DD (e.g. 2025-12-01).`,
  };
}

function invalidCount(n: unknown): CalendarProblem {
  return {
    ok: false,
    code: 'invalid-argument',
    message: `The number of working days must be a whole number from 0 to 10000 (got ${String(n)}).`,
  };
}

function compile(regime: RegimeId, extraHolidays: readonly string[] | undefined): WorkingDayCalendar | CalendarProblem {
  const extra = new Set<number>();
  for (const text of extraHolidays ?? []) {
    const day = parseIsoDate(text);
    if (day === undefined) return invalidDate(text, 'The extra holiday');
    extra.add(day);
  }
  return new WorkingDayCalendar(shippedHolidayIndex(), regimeDivisions(regime), extra);
}

/** Whether `date` is a working day under the regime, and if not, why. */
export function isWorkingDay(
  date: string,
  regime: RegimeId,
  extraHolidays?: readonly string[],
): WorkingDayResult | CalendarProblem {
  const day = parseIsoDate(date);
  if (day === undefined) return invalidDate(date, 'The date');
  const calendar = compile(regime, extraHolidays);
  if (!(calendar instanceof WorkingDayCalendar)) return calendar;
  if (!calendar.inRange(day)) return outOfRange(day, shippedHolidayIndex());
  const reasons = calendar.reasons(day);
  return { ok: true, date, working: reasons.length === 0, reasons };
}

/** The day counting starts from: the receipt date, or under the Code reading the first working day from it. */
function startDay(calendar: WorkingDayCalendar, received: number, codeReading: boolean): number | CalendarProblem {
  if (!codeReading) return received;
  let day = received;
  for (;;) {
    if (!calendar.inRange(day)) return outOfRange(day, shippedHolidayIndex());
    if (calendar.isWorking(day)) return day;
    day++;
  }
}

/** Walk forward n working days from `start` (exclusive). n = 0 returns `start`. */
function walk(calendar: WorkingDayCalendar, start: number, n: number): number | CalendarProblem {
  let day = start;
  let count = 0;
  while (count < n) {
    day++;
    if (!calendar.inRange(day)) return outOfRange(day, shippedHolidayIndex());
    if (calendar.isWorking(day)) count++;
  }
  return day;
}

function validCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000;
}

/**
 * The nth working day after the date of receipt (day 1 = the first working day after it).
 * With `codeReading`, a receipt on a non-working day first moves to the next working day.
 */
export function addWorkingDays(
  received: string,
  n: number,
  regime: RegimeId,
  opts: CalendarOptions = {},
): AddWorkingDaysResult | CalendarProblem {
  const receivedDay = parseIsoDate(received);
  if (receivedDay === undefined) return invalidDate(received, 'The date of receipt');
  if (!validCount(n)) return invalidCount(n);
  const calendar = compile(regime, opts.extraHolidays);
  if (!(calendar instanceof WorkingDayCalendar)) return calendar;
  const start = startDay(calendar, receivedDay, opts.codeReading === true);
  if (typeof start !== 'number') return start;
  const end = walk(calendar, start, n);
  if (typeof end !== 'number') return end;
  return { ok: true, date: formatIsoDate(end) };
}

/** The statutory deadline: the `days`th (20th by default) working day after receipt. */
export function deadline(received: string, regime: RegimeId, opts: DeadlineOptions = {}): DeadlineResult | CalendarProblem {
  const days = opts.days ?? 20;
  const receivedDay = parseIsoDate(received);
  if (receivedDay === undefined) return invalidDate(received, 'The date of receipt');
  if (!validCount(days) || days === 0) return invalidCount(days);
  const calendar = compile(regime, opts.extraHolidays);
  if (!(calendar instanceof WorkingDayCalendar)) return calendar;
  const codeReading = opts.codeReading === true;
  const start = startDay(calendar, receivedDay, codeReading);
  if (typeof start !== 'number') return start;
  const dayOne = walk(calendar, start, 1);
  if (typeof dayOne !== 'number') return dayOne;
  const end = walk(calendar, dayOne, days - 1);
  if (typeof end !== 'number') return end;
  return {
    ok: true,
    date: formatIsoDate(end),
    receipt: formatIsoDate(start),
    dayOne: formatIsoDate(dayOne),
    days,
    codeReading,
  };
}

/**
 * Which working day `sent` is: 20 means the reply went on the 20th working day after receipt.
 * A reply on a non-working day counts as the working day before it; on or before receipt, 0.
 */
export function workingDaysBetween(
  received: string,
  sent: string,
  regime: RegimeId,
  opts: CalendarOptions = {},
): WorkingDayCount | CalendarProblem {
  const receivedDay = parseIsoDate(received);
  if (receivedDay === undefined) return invalidDate(received, 'The date of receipt');
  const sentDay = parseIsoDate(sent);
  if (sentDay === undefined) return invalidDate(sent, 'The date sent');
  const calendar = compile(regime, opts.extraHolidays);
  if (!(calendar instanceof WorkingDayCalendar)) return calendar;
  if (sentDay <= receivedDay) return { ok: true, days: 0 };
  const start = startDay(calendar, receivedDay, opts.codeReading === true);
  if (typeof start !== 'number') return start;
  let days = 0;
  for (let day = start + 1; day <= sentDay; day++) {
    if (!calendar.inRange(day)) return outOfRange(day, shippedHolidayIndex());
    if (calendar.isWorking(day)) days++;
  }
  return { ok: true, days };
}
