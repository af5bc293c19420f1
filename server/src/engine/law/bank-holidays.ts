// The shipped bank-holiday table (bank-holidays.json, gov.uk's shape) indexed for fast look-up.

import shipped from './bank-holidays.json';
import { DIVISIONS, type BankHolidayData, type Division } from './holiday-rules';
import { parseIsoDate, yearOf } from './iso-date';

export interface HolidayOnDay {
  title: string;
  divisions: Division[];
}

export interface HolidayIndex {
  /** First and last years every division covers. Dates outside them cannot be classified. */
  firstYear: number;
  lastYear: number;
  /** Day number -> the holidays on it, one entry per title with the divisions that keep it. */
  byDay: ReadonlyMap<number, readonly HolidayOnDay[]>;
}

export const bankHolidayData: BankHolidayData = shipped as BankHolidayData;

/** Index gov.uk-shaped data. Throws on a malformed date: the table is ours and tested, so that is a bug. */
export function indexBankHolidays(data: BankHolidayData): HolidayIndex {
  const byDay = new Map<number, HolidayOnDay[]>();
  let firstYear = -Infinity;
  let lastYear = Infinity;
  for (const division of DIVISIONS) {
    const events = data[division]?.events ?? [];
    let min = Infinity;
    let max = -Infinity;
    for (const event of events) {
      const day = parseIsoDate(event.date);
      if (day === undefined) throw new Error(`bank-holiday table: "${event.date}" (${division}) is not a YYYY-MM-DD date`);
      const year = yearOf(day);
      min = Math.min(min, year);
      max = Math.max(max, year);
      const list = byDay.get(day) ?? [];
      const same = list.find((h) => h.title === event.title);
      if (same) same.divisions.push(division);
      else list.push({ title: event.title, divisions: [division] });
      byDay.set(day, list);
    }
    firstYear = Math.max(firstYear, min);
    lastYear = Math.min(lastYear, max);
  }
  return { firstYear, lastYear, byDay };
}

let shippedIndex: HolidayIndex | undefined;

export function shippedHolidayIndex(): HolidayIndex {
  shippedIndex ??= indexBankHolidays(bankHolidayData);
  return shippedIndex;
}
