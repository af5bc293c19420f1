import { parseIsoDate } from '../law/iso-date';
// Dates as UK letters write them: "8 September 2020", "Tuesday 8th September 2020",
// "September 8, 2020", "08/09/2020" (day first), "2020-09-08". Front matter and the deadline reader use
// these; the letter's own dates are read by recognisers/date-forms.ts, which takes the looser forms
// of real replies.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/** A month's name, in full or short ("Sept", "Jun"): the alternation for regular expressions. */
export const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const weekday = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';

/** One date in any accepted form, anchored at the start of the text. Groups: dmy / mdy / numeric / iso. */
export const DATE_SOURCE =
  `${weekday}(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})` +
  `|(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})` +
  `|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})` +
  `|(\\d{4})-(\\d{2})-(\\d{2}))`;

const dateAtStart = new RegExp(`^${DATE_SOURCE}`, 'i');

/** 0 for "January", "Jan" or "jan"; -1 for a word that is not a month. */
export function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(n));
}

/** "January" for 0. */
export function monthTitle(index: number): string {
  return MONTHS[index];
}

/** YYYY-MM-DD for a real calendar date, else undefined (31 September, 29 February 2021). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  // One validity check for every date in the engine: law/iso-date.ts's.
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) === undefined ? undefined : iso;
}

export interface DateMatch {
  text: string;
  /** Undefined when it looks like a date but is not a real one. */
  iso?: string;
  length: number;
}

function fromMatch(m: RegExpExecArray): DateMatch {
  const g = m.slice(1);
  let iso: string | undefined;
  if (g[0] !== undefined) iso = isoDate(Number(g[2]), monthIndex(g[1]) + 1, Number(g[0]));
  else if (g[3] !== undefined) iso = isoDate(Number(g[5]), monthIndex(g[3]) + 1, Number(g[4]));
  else if (g[6] !== undefined) {
    const y = Number(g[8]);
    iso = isoDate(y < 100 ? 2000 + y : y, Number(g[7]), Number(g[6]));
  } else if (g[9] !== undefined) iso = isoDate(Number(g[9]), Number(g[10]), Number(g[11]));
  return { text: m[0], iso, length: m[0].length };
}

/** A date at the very start of `text`. */
export function readDateAt(text: string): DateMatch | undefined {
  const m = dateAtStart.exec(text);
  return m ? fromMatch(m) : undefined;
}

/** A front-matter value: a YAML date, an ISO string or any accepted form. */
export function readDateValue(value: unknown): DateMatch | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString().slice(0, 10);
    return { text: iso, iso, length: iso.length };
  }
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  const m = readDateAt(t);
  if (m && m.length === t.length) return m;
  return { text: t, iso: undefined, length: t.length };
}

/** "5 October 2020" for messages. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
