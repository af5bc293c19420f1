// Dates a letter or a log page labels: "Date received: 10 February 2018", "Requested Thu 24 October
// 2019", "| Date Requested | 05/11/25 |", a label on its own line with the date beneath ("Request Date"
// / "January 2, 2019", "- Date received" / "- 30 September 2020"), a row of column labels over a row of
// dates, and a plain "Date:" in a letterhead ("Our Ref: IM-FOI-2021-0942 Date: 31st May 2021").
// The labels themselves are the schema's (layout.fields.received / .sent).

import { mayMatchAtStart } from '../../schema/pattern';
import type { LayoutSpec } from '../../schema/types';
import { stripInline } from '../markup';
import { readDateForm, type DateForm } from './date-forms';

export type DateField = 'received' | 'sent';

export interface FieldDate {
  field: DateField;
  /** A bare "Date" / "Dated" label: the letter's date only where the text is a letter. */
  plain: boolean;
  line: number;
  date: DateForm;
}

interface Label {
  field: DateField;
  plain: boolean;
  length: number;
}

const bullet = /^(?:[-*•●▪]\s*)/;
const separator = /^\s*(?:[:|–—-]\s*)?/;
// A date that opens a range ("13th September to 10th October 2021") is a period, not a field's date.
const rangeAfter = /^\s*(?:to|until|[-–—])\s*(?:\d|[a-z]{3})/i;

/** The received or sent label at the start of `text`, the longest where several match. */
export function readDateLabel(text: string, layout: LayoutSpec): Label | undefined {
  let best: Label | undefined;
  for (const field of ['received', 'sent'] as const) {
    if (!mayMatchAtStart(layout.fields[field], text)) continue;
    for (const p of layout.fields[field]) {
      const length = p.findAtStart(text);
      if (length !== undefined && (!best || length > best.length)) {
        best = { field, plain: isPlain(text.slice(0, length)), length };
      }
    }
  }
  return best;
}

function isPlain(label: string): boolean {
  return /^dat\s?e[d]?$/i.test(label.trim());
}

/** A date filling `text` from `from` (a time may follow; a range may not). */
function valueAt(text: string, from: number, whole: boolean): DateForm | undefined {
  const start = from + (separator.exec(text.slice(from))?.[0].length ?? 0);
  const d = readDateForm(text, start);
  if (!d) return undefined;
  const rest = text.slice(start + d.length);
  if (rangeAfter.test(rest)) return undefined;
  if (whole && !/^\s*[.,]?\s*$/.test(rest)) return undefined;
  return d;
}

function cells(line: string): string[] | undefined {
  const pipe = line.indexOf('|');
  if (line.length > 1000 || pipe < 0 || line.indexOf('|', pipe + 1) < 0) return undefined;
  return line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => stripInline(c));
}

const MAX_FIELD_ROWS = 8;

const isRule = (line: string) => /^\s*\|?\s*:?-{2,}/.test(line);

function nextLine(lines: readonly string[], l: number, to: number): number | undefined {
  for (let n = l + 1; n < to && n <= l + 2; n++) if (lines[n].trim()) return n;
  return undefined;
}

/** The dates labelled as receipt or reply on lines `from`..`to`, in text order. */
export function readDateFields(lines: readonly string[], from: number, to: number, layout: LayoutSpec): FieldDate[] {
  const out: FieldDate[] = [];
  let tableRows = 0;
  // Whether each line holds a digit, read once: every line asks it of the two below as well.
  const digits: (boolean | undefined)[] = [];
  const hasDigit = (n: number) => (digits[n - from] ??= /\d/.test(lines[n] ?? ''));
  for (let l = from; l < to; l++) {
    const raw = lines[l];
    if (!raw.trim()) continue;
    // No date on the line or just below it: nothing to read (the cheap test for most prose lines).
    if (!hasDigit(l) && !hasDigit(l + 1) && !hasDigit(l + 2)) continue;
    const row = cells(raw);
    tableRows = row ? tableRows + 1 : 0;
    // A table's fields come first; the rows further down are the answer's data.
    if (row && tableRows > MAX_FIELD_ROWS) continue;
    if (row && readTableRow(lines, l, to, row, layout, out)) continue;
    const text = stripInline(raw).replace(bullet, '');
    const label = readDateLabel(text, layout);
    if (label) {
      const d = valueAt(text, label.length, false);
      if (d) {
        out.push({ ...label, line: l, date: d });
        continue;
      }
      // The label alone on its line, the date beneath.
      if (/^\s*:?\s*$/.test(text.slice(label.length))) {
        const n = nextLine(lines, l, to);
        const below = n === undefined ? undefined : valueAt(stripInline(lines[n]).replace(bullet, ''), 0, true);
        if (n !== undefined && below) {
          out.push({ ...label, line: n, date: below });
          l = n;
          continue;
        }
      }
    }
    // A row of dates below has digits.
    const columns = hasDigit(l + 1) ? readColumnRow(lines, l, to, text, layout) : [];
    if (columns.length) {
      out.push(...columns);
      l += 1;
      continue;
    }
    // The label's own letters first: a look-behind search at every position is slow.
    const inline = text.includes('Dat') || text.includes('DATE') ? inlineDate.exec(text) : null;
    if (inline && text.lastIndexOf(':', inline.index) >= 0) {
      const d = valueAt(text, inline.index + inline[0].length, false);
      if (d) out.push({ field: 'sent', plain: true, line: l, date: d });
    }
  }
  return out;
}

// "Ref.: 17-033 Date: 3 March 2017": a letterhead's date field after other fields on the same line.
const inlineDate = /(?<=\s)(?:Dat\s?e|DATE)\s*:/;

/** Table rows: "| Date Requested | 05/11/25 |", or a header row of labels over a row of dates. */
function readTableRow(lines: readonly string[], l: number, to: number, row: string[], layout: LayoutSpec, out: FieldDate[]): boolean {
  const before = out.length;
  row.forEach((cell, i) => {
    const label = readDateLabel(cell, layout);
    if (!label) return;
    const inCell = valueAt(cell, label.length, true);
    if (inCell) out.push({ ...label, line: l, date: inCell });
    else if (cell.length === label.length) {
      const d = i + 1 < row.length ? valueAt(row[i + 1], 0, true) : undefined;
      if (d) out.push({ ...label, line: l, date: d });
      else {
        let n = l + 1;
        while (n < to && isRule(lines[n])) n++;
        // One row of values: a table listing many requests is the answer's data, not this reply's dates.
        const below = n < to && !(n + 1 < to && cells(lines[n + 1])) ? cells(lines[n]) : undefined;
        const v = below?.[i] !== undefined ? valueAt(below[i], 0, true) : undefined;
        if (v) out.push({ ...label, line: n, date: v });
      }
    }
  });
  return out.length > before;
}

/**
 * A line of column labels ("Date received Date due Date completed ...") over a line that starts with
 * as many dates, even run together as extracted ("1 April 20141 May 201429 April 2014...").
 */
function readColumnRow(lines: readonly string[], l: number, to: number, text: string, layout: LayoutSpec): FieldDate[] {
  if (text.length > 200 || /\d/.test(text) || l + 1 >= to) return [];
  const below = stripInline(lines[l + 1]);
  if (!readDateForm(below, 0)) return [];
  const labels: Label[] = [];
  for (let at = 0; at < text.length; ) {
    const label = readDateLabel(text.slice(at), layout);
    if (label) labels.push(label);
    const next = text.slice(at + (label?.length ?? 1)).search(/(?<=\s)\S/);
    if (next < 0) break;
    at += (label?.length ?? 1) + next;
  }
  if (labels.length < 2 || labels.every((x) => x.plain)) return [];
  const n = l + 1;
  const dates: DateForm[] = [];
  let at = 0;
  while (dates.length < labels.length) {
    const d = readDateForm(below, at);
    if (!d) break;
    dates.push(d);
    at += d.length;
    at += /^\s*/.exec(below.slice(at))![0].length;
  }
  if (dates.length !== labels.length) return [];
  return labels.flatMap((label, i) => (label.plain ? [] : [{ field: label.field, plain: false, line: n, date: dates[i] }]));
}

