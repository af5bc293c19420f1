import { parse } from 'yaml';

// The draft's YAML front matter, split from its body: the reference and date go in the letter's page
// header and every key in the document's custom properties; the body is the letter itself.

export interface SplitDraft {
  data: Record<string, unknown>;
  body: string;
}

export function splitFrontMatter(text: string): SplitDraft {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { data: {}, body: text };
  let data: unknown;
  try {
    data = parse(m[1]);
  } catch {
    data = undefined;
  }
  return { data: typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body: text.slice(m[0].length) };
}

/** A front-matter value as text: YAML dates (read as Date) back to YYYY-MM-DD. */
export function valueText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}

/** "2024-03-28" as a letter writes it: "28 March 2024"; other text as it is. */
export function letterDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const month = months[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}
