import { mayMatchAtStart } from '../../schema/pattern';
import type { TextPattern } from '../../schema/types';

// Field labels at the start of a block: "Request:", "The request", "Details of the Response",
// "Our response:", "You asked:". The label patterns are data (schema.layout.fields); this says how the
// label stands: alone on its line (the field's text follows beneath), or with its text after a colon
// or dash on the same line.

export interface Label {
  /** Characters the label takes, with the punctuation and space after it. */
  length: number;
  /** Nothing follows the label on its line. */
  bare: boolean;
}

/** Nothing after a label but a colon, dash or full stop. */
export const BARE = /^\s*[.:\-–—]?\s*$/;
/** The field's text after a colon or dash: words, not a reference ("Request: FOI/13384"). */
const INLINE = /^\s*[:\-–—]\s*(?=\S+\s+\S+\s+\S)/;

/** The first pattern that matches at the very start of `text`: the length it matched. */
export function matchAtStart(patterns: readonly TextPattern[], text: string): number | undefined {
  if (!mayMatchAtStart(patterns, text)) return undefined;
  for (const p of patterns) {
    const length = p.findAtStart(text);
    if (length) return length;
  }
  return undefined;
}

/** A label from `patterns` at the start of `text`, alone or followed by its text after ":" or "-". */
export function readLabel(text: string, patterns: readonly TextPattern[]): Label | undefined {
  const length = matchAtStart(patterns, text);
  if (length === undefined) return undefined;
  const rest = text.slice(length);
  if (BARE.test(rest)) return { length: text.length, bare: true };
  const inline = INLINE.exec(rest);
  return inline ? { length: length + inline[0].length, bare: false } : undefined;
}
