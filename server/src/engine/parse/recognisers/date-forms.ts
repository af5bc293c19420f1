// Dates in the forms real replies use, wherever a letter puts them: "15th November 2024",
// "Thu 24 October 2019", "10 June, 2020", "13-Jan-2009", "January 2, 2019", "15/11/2024", "15.11.24", "05-07-2022"
// (day first: UK letters), "2024-11-15", a time after the date ("07/01/2021 09:08:44"), and a day and
// month without a year ("your email of 12 May"), whose year the caller takes from the letter.

import { isoDate, MONTH_NAME, monthIndex } from '../dates';

const month = `(${MONTH_NAME})(?![a-z])\\.?`;
const weekday = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s*)?';
// "22^nd" is a superscript ordinal as e-mail and PDF text keep it.
const ordinal = '\\s?\\^?(?:st|nd|rd|th)?';
// The year may run straight into the next word where HTML stripping lost a break ("20191. Do you").
const year = '((?:19|20)\\d\\d)(?!\\d{3})';
const time = '(,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?!\\w))?';

const FORM =
  `${weekday}(?:` +
  `(\\d{1,2})${ordinal}(?:,?\\s*|-)(?:of\\s+)?${month}(?:(?:,?\\s*|-)${year})?` + // 15th November 2024, 12 May, 13-Jan-2009
  `|${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${year}` + // January 2, 2019
  `|(\\d{1,2})([/.-])(\\d{1,2})\\8((?:19|20)?\\d\\d)(?![\\d/.-]\\d)` + // 15/11/2024, 15.11.24, 05-07-2022
  `|((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)` + // 2024-11-15
  `)${time}`;

const formAt = new RegExp(FORM, 'iy');

export interface DateForm {
  /** The date as written, time included. */
  text: string;
  length: number;
  day: number;
  month: number;
  /** Undefined when the letter wrote only a day and a month. */
  year?: number;
  /** YYYY-MM-DD when the year is written and the date is a real one. */
  iso?: string;
  /** A time follows the date: a page stamp or a log's field, never a letter's date line. */
  timed: boolean;
}

function monthOf(name: string): number {
  return monthIndex(name) + 1;
}

/** A date starting exactly at `from` in `text`. */
export function readDateForm(text: string, from = 0): DateForm | undefined {
  formAt.lastIndex = from;
  const m = formAt.exec(text);
  if (!m) return undefined;
  let day: number;
  let mon: number;
  let y: number | undefined;
  if (m[1] !== undefined) [day, mon, y] = [Number(m[1]), monthOf(m[2]), m[3] ? Number(m[3]) : undefined];
  else if (m[4] !== undefined) [day, mon, y] = [Number(m[5]), monthOf(m[4]), Number(m[6])];
  else if (m[7] !== undefined) {
    const yy = Number(m[10]);
    [day, mon, y] = [Number(m[7]), Number(m[9]), m[10].length === 2 ? 2000 + yy : yy];
  } else [day, mon, y] = [Number(m[13]), Number(m[12]), Number(m[11])];
  const text0 = m[0].replace(/[\s,]+$/, '');
  const timed = m[14] !== undefined;
  return {
    text: text0,
    length: text0.length,
    day,
    month: mon,
    year: y,
    iso: y === undefined ? undefined : isoDate(y, mon, day),
    timed,
  };
}

/**
 * The full date (YYYY-MM-DD) of a day and month. Against the letter's date, the year that puts it on or
 * before the letter; against another date nearby ("your request of 14 September 2021, received on 15
 * September"), the year that puts it nearest that date.
 */
export function completeYear(form: DateForm, reference: string, nearest = false): string | undefined {
  if (form.year !== undefined) return form.iso;
  const refYear = Number(reference.slice(0, 4));
  const same = isoDate(refYear, form.month, form.day);
  if (nearest) {
    const days = (iso: string | undefined) => (iso ? Math.abs(Date.parse(iso) - Date.parse(reference)) : Infinity);
    return [same, isoDate(refYear - 1, form.month, form.day), isoDate(refYear + 1, form.month, form.day)].reduce((a, b) => (days(b) < days(a) ? b : a));
  }
  if (same && same <= reference) return same;
  return isoDate(refYear - 1, form.month, form.day);
}

const anyStart = /(?<![\w/.-])(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;

/** Every date in `text`, with where it starts. */
export function findDateForms(text: string): (DateForm & { index: number })[] {
  const out: (DateForm & { index: number })[] = [];
  anyStart.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = anyStart.exec(text))) {
    const d = readDateForm(text, m.index);
    if (d) {
      out.push({ ...d, index: m.index });
      anyStart.lastIndex = m.index + Math.max(1, d.length);
    } else anyStart.lastIndex = m.index + 1;
  }
  return out;
}

/** Farther than this from a date, another date in the text says nothing of its year. */
const NEAR = 400;

/** The full date nearest to `at` in `text`, a few sentences away at most: the year for a date written without one. */
export function nearestFullDate(text: string, at: number): string | undefined {
  let best: { iso: string; distance: number } | undefined;
  for (const d of findDateForms(text)) {
    if (!d.iso) continue;
    const distance = Math.abs(d.index - at);
    if (distance <= NEAR && (!best || distance < best.distance)) best = { iso: d.iso, distance };
  }
  return best?.iso;
}
