// A letter's own date where nothing labels it: a header line holding only a date ("14 February 2022",
// "10 June, 2020"), or the date just before the salutation, as PDF text runs the letterhead together
// ("... 22 May 2018 xxxxxxxx Dear ...", "Via e-mail to : 29 October 2010" / "Dear Mr Burman").

import { stripInline } from '../markup';
import { findDateForms, readDateForm, type DateForm } from './date-forms';

export interface LetterDate {
  line: number;
  date: DateForm;
}

// A header ends at its first line of prose.
const PROSE_WORDS = 15;
// A line over a date that names the date as something else ("Publication date:", "- Published").
const otherLabel = /:\s*$|^[-*•]\s*\S+(?:\s+\S+){0,3}\s*$|\b(?:publi(?:shed|cation)|updated|deadline|due|modified)\b/i;
// Between a date and the salutation: nothing, or what redaction and extraction leave (xxxx, an address).
const beforeSalutation = /^(?:\s|x{3,}|\S+@\S+)*$/i;
const salutation = /\bDear\s*(?=[A-Z]|x)/;

function wordCount(text: string): number {
  return text.length > 2000 ? PROSE_WORDS : text.split(/\s+/).filter(Boolean).length;
}

/** A line that is nothing but a full date, without a time. */
function dateOnly(text: string): DateForm | undefined {
  const d = readDateForm(text, 0);
  if (!d || d.timed || d.year === undefined) return undefined;
  return /^\s*[.,]?\s*$/.test(text.slice(d.length)) ? d : undefined;
}

function previousText(lines: readonly string[], l: number, from: number): string | undefined {
  for (let p = l - 1; p >= from && p >= l - 2; p--) if (lines[p].trim()) return stripInline(lines[p]);
  return undefined;
}

/** The date line of the header, lines `from`..`to`. */
function headerDateLine(lines: readonly string[], from: number, to: number, taken: ReadonlySet<number>): LetterDate | undefined {
  for (let l = from; l < to; l++) {
    const raw = lines[l];
    if (!raw.trim() || taken.has(l)) continue;
    if (raw.length > 2000 || wordCount(raw) >= PROSE_WORDS) return undefined;
    if (raw.length > 80 || !/\d/.test(raw)) continue;
    const d = dateOnly(stripInline(raw));
    if (!d) continue;
    const above = previousText(lines, l, from);
    if (above !== undefined && otherLabel.test(above)) continue;
    return { line: l, date: d };
  }
  return undefined;
}

/** The date that stands just before "Dear ...". */
function dateBeforeSalutation(lines: readonly string[], from: number, to: number): LetterDate | undefined {
  for (let l = from; l < to; l++) {
    const line = lines[l].length > 4000 ? lines[l].slice(0, 4000) : lines[l];
    const s = salutation.exec(line);
    if (!s) continue;
    const candidates: { line: number; text: string }[] = [{ line: l, text: line.slice(Math.max(0, s.index - 200), s.index) }];
    if (!line.slice(0, s.index).trim()) {
      for (let p = l - 1; p >= from && p >= l - 2; p--) {
        if (lines[p].trim()) {
          candidates.push({ line: p, text: lines[p].slice(-200) });
          break;
        }
      }
    }
    for (const c of candidates) {
      const dates = findDateForms(c.text);
      const last = dates[dates.length - 1];
      if (last && last.year !== undefined && !last.timed && beforeSalutation.test(c.text.slice(last.index + last.length))) {
        return { line: c.line, date: last };
      }
    }
    return undefined;
  }
  return undefined;
}

const signOff = /^\W*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|regards)\b/i;

/** A date line among the few lines after the sign-off, where some letters put their date. */
export function readFootDate(lines: readonly string[], from: number): LetterDate | undefined {
  let at = -1;
  for (let l = lines.length - 1; l >= from; l--) {
    if (lines[l].length < 40 && signOff.test(lines[l])) {
      at = l;
      break;
    }
  }
  if (at < 0) return undefined;
  let seen = 0;
  for (let l = at + 1; l < lines.length && seen < 6; l++) {
    if (!lines[l].trim()) continue;
    seen++;
    if (lines[l].length > 80) return undefined;
    const d = dateOnly(stripInline(lines[l]));
    if (d) {
      const above = previousText(lines, l, at + 1);
      return above !== undefined && otherLabel.test(above) ? undefined : { line: l, date: d };
    }
  }
  return undefined;
}

/** The letter's date from its header, where no label gives it; `taken`: lines that hold a labelled date. */
export function readLetterDate(
  lines: readonly string[],
  from: number,
  to: number,
  taken: ReadonlySet<number> = new Set(),
): LetterDate | undefined {
  const a = headerDateLine(lines, from, to, taken);
  const b = dateBeforeSalutation(lines, from, to);
  if (b && taken.has(b.line)) return a;
  if (a && b) return a.line <= b.line ? a : b;
  return a ?? b;
}
