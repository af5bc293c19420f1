import { MONTH_NAME, monthIndex, monthTitle } from '../parse/dates';
import type { Block, Draft } from '../types';

// Months for period-mismatch: a range of months the request asks for ("between January and June 2023",
// "from April 2022 to March 2023") and the months an answer's rows of figures are for ("January 2023: 12",
// "| Feb | 4 |"). A month is counted as year * 12 + month index, so ranges over a new year compare.

/** A month's name, captured. */
const MONTH = `(${MONTH_NAME})`;

/** "between January and June 2023", "from April 2022 to March 2023", "January to June 2023". */
const MONTH_RANGE = new RegExp(
  String.raw`\b(?:between\s+|from\s+)?${MONTH}\.?(?:\s+((?:19|20)\d\d))?\s+(?:and|to|until|till|-|–)\s+${MONTH}\.?\s+((?:19|20)\d\d)\b`,
  'i',
);
/** A month at the start of a row, then its figure: "January 2023: 12", "| Feb | 4 |", "March – 7". */
const ROW_MONTH = new RegExp(String.raw`^\s*\|?\s*(?:[-*•]\s*)?${MONTH}\.?(?:\s+((?:19|20)\d\d))?\s*(?:[:|–—-]|\s{2,}|\t)\s*[£$]?\d`, 'i');


export interface MonthRange {
  from: number;
  to: number;
  /** The range as the message names it: "January 2023 to June 2023". */
  words: string;
}

/** The range of months a request asks for, if it names one. */
export function askedMonths(asked: string): MonthRange | undefined {
  const m = MONTH_RANGE.exec(asked);
  if (!m) return undefined;
  const toYear = Number(m[4]);
  const fromYear = m[2] ? Number(m[2]) : toYear;
  const from = fromYear * 12 + monthIndex(m[1]);
  const to = toYear * 12 + monthIndex(m[3]);
  return to > from ? { from, to, words: `${monthName(from)} to ${monthName(to)}` } : undefined;
}

/** The months an answer's rows of figures are for; a row without a year takes the range's year. */
export function rowMonths(draft: Draft, blocks: readonly Block[], range: MonthRange): { month: number; block: Block; text: string }[] {
  const sameYear = Math.floor(range.from / 12) === Math.floor(range.to / 12) ? Math.floor(range.from / 12) : undefined;
  const out: { month: number; block: Block; text: string }[] = [];
  for (const block of blocks) {
    for (let l = block.startLine; l <= block.endLine; l++) {
      const m = ROW_MONTH.exec(draft.lines[l] ?? '');
      if (!m) continue;
      const year = m[2] ? Number(m[2]) : sameYear;
      if (year !== undefined) out.push({ month: year * 12 + monthIndex(m[1]), block, text: m[0].trim().replace(/\s*[:|–—-]?\s*[£$]?\d$/, '') });
    }
  }
  return out;
}

/** "January 2023" for a month count. */
export function monthName(month: number): string {
  return `${monthTitle(month % 12)} ${Math.floor(month / 12)}`;
}
