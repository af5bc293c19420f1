import { computeLineStarts, detectEol } from '../fix';

export interface PreparedText {
  text: string;
  lines: string[];
  lineStarts: number[];
  eol: '\n' | '\r\n';
}

/** Split text into lines (LF, CRLF or lone CR) after dropping a leading BOM. */
export function prepareText(input: string): PreparedText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Most drafts have LF endings alone: a split on one character is much quicker than on a pattern.
  const lines = text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n');
  return { text, lines, lineStarts: computeLineStarts(text), eol: detectEol(text) };
}
