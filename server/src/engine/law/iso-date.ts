// Calendar dates as whole day numbers since 1970-01-01, computed in UTC so that no time zone or
// daylight-saving change can move a date. The API speaks ISO 'YYYY-MM-DD' strings; these helpers
// convert at the edges.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO 'YYYY-MM-DD' date, or undefined if the text is not a real calendar date. */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(ms / MS_PER_DAY);
}

export function formatIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number of a date given by year, month (1-12) and day of month. */
export function dayOf(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The year of a day number, by arithmetic on the proleptic Gregorian calendar (no Date per call:
 * counting working days asks it of every day walked). */
export function yearOf(day: number): number {
  // Days from 0000-03-01, in 400-year eras of 146097 days; years begin in March so leap days end them.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  // Days 306 on of a March-based year fall in January and February of the next calendar year.
  return yearOfEra + era * 400 + (dayOfYear >= 306 ? 1 : 0);
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayName(day: number): string {
  return WEEKDAY_NAMES[weekday(day)];
}
