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
  const lines = text.split(/\r\n|\n|\r/);
  return { text, lines, lineStarts: computeLineStarts(text), eol: detectEol(text) };
}
