// UK bank holidays computed from the statutory rules (Banking and Financial Dealings Act 1971,
// Schedule 1, and the annual proclamations that have followed a fixed pattern), plus the one-off
// proclamations that no rule predicts. This is the generator behind bank-holidays.json: the shipped
// file is its output, and a test keeps the two in step and checks them against RULES.md §9.4.
//
// Output follows gov.uk's https://www.gov.uk/bank-holidays.json shape (RULES.md §9.6) and its naming
// conventions, so a downloaded refresh can be compared or merged without translation.

import { dayOf, formatIsoDate, isWeekend, weekday } from './iso-date';

export type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';
export const DIVISIONS: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export interface BankHolidayEvent {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** '' or 'Substitute day' (gov.uk also uses 'Extra bank holiday' in older data). */
  notes: string;
  /** gov.uk's flag-flying hint: no legal meaning. */
  bunting: boolean;
}

export interface DivisionHolidays {
  division: Division;
  events: BankHolidayEvent[];
}

export type BankHolidayData = Record<Division, DivisionHolidays>;

/** The years the shipped table covers: 2014 so that the RULES.md §2.2 historic check can run. */
export const TABLE_FIRST_YEAR = 2014;
export const TABLE_LAST_YEAR = 2030;
/**
 * The rules plus PROCLAMATIONS are complete from 2013: earlier years had one-offs not listed here
 * (2011 royal wedding, 2012 Diamond Jubilee), so the generator refuses them rather than guess.
 */
export const GENERATOR_FIRST_YEAR = 2013;

const ALL = DIVISIONS;
const EW_NI: readonly Division[] = ['england-and-wales', 'northern-ireland'];
const SCOT: readonly Division[] = ['scotland'];
const NI: readonly Division[] = ['northern-ireland'];

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), as a day number. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayOf(year, Math.floor(n / 31), (n % 31) + 1);
}

/** The nth Monday of a month (n = 1 first); n = -1 is the last Monday. */
function monday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = dayOf(year, month, 1);
    return first + ((8 - weekday(first)) % 7) + (n - 1) * 7;
  }
  const last = dayOf(year, month + 1, 1) - 1;
  return last - ((weekday(last) + 6) % 7);
}

interface HolidayRule {
  title: string;
  divisions: readonly Division[];
  date(year: number): number;
  bunting: boolean;
  /**
   * 2nd January gives way to a New Year's Day substituted onto it (gov.uk 2017, 2023: New Year's Day
   * on Mon 2 Jan, 2nd January on Tue 3 Jan). Other holidays keep a weekday date and the weekend one
   * moves (Christmas 2022: Boxing Day Mon 26, Christmas Day Tue 27).
   */
  yieldsToEarlier?: boolean;
}

// Order matters only for ties: rules are listed in calendar order.
const RULES: readonly HolidayRule[] = [
  { title: 'New Year’s Day', divisions: ALL, date: (y) => dayOf(y, 1, 1), bunting: true },
  { title: '2nd January', divisions: SCOT, date: (y) => dayOf(y, 1, 2), bunting: true, yieldsToEarlier: true },
  { title: 'St Patrick’s Day', divisions: NI, date: (y) => dayOf(y, 3, 17), bunting: true },
  { title: 'Good Friday', divisions: ALL, date: (y) => easterSunday(y) - 2, bunting: false },
  { title: 'Easter Monday', divisions: EW_NI, date: (y) => easterSunday(y) + 1, bunting: true },
  { title: 'Early May bank holiday', divisions: ALL, date: (y) => monday(y, 5, 1), bunting: true },
  { title: 'Spring bank holiday', divisions: ALL, date: (y) => monday(y, 5, -1), bunting: true },
  // 12 July is appointed for NI by proclamation each year; the pattern has never varied.
  { title: 'Battle of the Boyne (Orangemen’s Day)', divisions: NI, date: (y) => dayOf(y, 7, 12), bunting: false },
  { title: 'Summer bank holiday', divisions: SCOT, date: (y) => monday(y, 8, 1), bunting: true },
  { title: 'Summer bank holiday', divisions: EW_NI, date: (y) => monday(y, 8, -1), bunting: true },
  { title: 'St Andrew’s Day', divisions: SCOT, date: (y) => dayOf(y, 11, 30), bunting: true },
  { title: 'Christmas Day', divisions: ALL, date: (y) => dayOf(y, 12, 25), bunting: true },
  { title: 'Boxing Day', divisions: ALL, date: (y) => dayOf(y, 12, 26), bunting: true },
];

interface Proclamation {
  /** YYYY-MM-DD */
  date: string;
  title: string;
  bunting: boolean;
  /** For a moved holiday: the title of the rule-based holiday it replaces that year. */
  moves?: string;
  why: string;
}

/** One-off days by proclamation, all divisions (RULES.md §9.4 †). Titles as gov.uk publishes them. */
export const PROCLAMATIONS: readonly Proclamation[] = [
  { date: '2020-05-08', title: 'Early May bank holiday (VE day)', bunting: true, moves: 'Early May bank holiday', why: '75th anniversary of VE Day: Early May bank holiday moved from Mon 4 May' },
  { date: '2022-06-02', title: 'Spring bank holiday', bunting: true, moves: 'Spring bank holiday', why: 'Platinum Jubilee: Spring bank holiday moved from Mon 30 May' },
  { date: '2022-06-03', title: 'Platinum Jubilee bank holiday', bunting: true, why: 'Platinum Jubilee of Queen Elizabeth II' },
  { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II', bunting: false, why: 'State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III', bunting: true, why: 'Coronation of King Charles III' },
];

interface Candidate {
  title: string;
  day: number;
  bunting: boolean;
  yieldsToEarlier: boolean;
}

function yearEvents(year: number, division: Division): BankHolidayEvent[] {
  const prefix = `${year}-`;
  const proclaimed = PROCLAMATIONS.filter((p) => p.date.startsWith(prefix));
  const moved = new Map(proclaimed.filter((p) => p.moves).map((p) => [p.moves!, p]));
  const placed: { title: string; day: number; notes: string; bunting: boolean }[] = [];
  const taken = new Set<number>();
  const place = (c: { title: string; day: number; bunting: boolean }, notes: string) => {
    placed.push({ title: c.title, day: c.day, notes, bunting: c.bunting });
    taken.add(c.day);
  };

  for (const p of proclaimed) {
    if (!p.moves) place({ title: p.title, day: dayFromIso(p.date), bunting: p.bunting }, '');
  }
  const candidates: Candidate[] = RULES.filter((r) => r.divisions.includes(division)).map((r) => {
    const move = moved.get(r.title);
    return move
      ? { title: move.title, day: dayFromIso(move.date), bunting: move.bunting, yieldsToEarlier: false }
      : { title: r.title, day: r.date(year), bunting: r.bunting, yieldsToEarlier: r.yieldsToEarlier === true };
  });

  // Holidays on a weekday keep their date first; weekend ones then move, in date order, to the next
  // weekday that is not already a holiday (Schedule 1 substitutes; RULES.md §9.4).
  const waiting: Candidate[] = [];
  for (const c of candidates) {
    if (!isWeekend(c.day) && !c.yieldsToEarlier && !taken.has(c.day)) place(c, '');
    else waiting.push(c);
  }
  waiting.sort((a, b) => a.day - b.day);
  for (const c of waiting) {
    if (!isWeekend(c.day) && !taken.has(c.day)) {
      place(c, '');
      continue;
    }
    let day = c.day + 1;
    while (isWeekend(day) || taken.has(day)) day++;
    place({ ...c, day }, 'Substitute day');
  }

  placed.sort((a, b) => a.day - b.day);
  return placed.map((p) => ({ title: p.title, date: formatIsoDate(p.day), notes: p.notes, bunting: p.bunting }));
}

function dayFromIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
}

/** Bank holidays for every division, for the years firstYear..lastYear inclusive, in gov.uk's shape. */
export function generateBankHolidays(firstYear = TABLE_FIRST_YEAR, lastYear = TABLE_LAST_YEAR): BankHolidayData {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear < GENERATOR_FIRST_YEAR || firstYear > lastYear) {
    throw new RangeError(`bank holidays can be generated for whole years from ${GENERATOR_FIRST_YEAR}, first <= last (got ${firstYear}-${lastYear})`);
  }
  const data = {} as BankHolidayData;
  for (const division of DIVISIONS) {
    const events: BankHolidayEvent[] = [];
    for (let year = firstYear; year <= lastYear; year++) events.push(...yearEvents(year, division));
    data[division] = { division, events };
  }
  return data;
}

/** The text of bank-holidays.json for the data: stable, so regenerating an unchanged table is a no-op. */
export function formatBankHolidays(data: BankHolidayData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
