import type { Finding, Position, TextEdit } from './types';

/** Offset of a position in text whose lines start at `lineStarts`; clamps to the text. */
export function offsetAt(lineStarts: readonly number[], text: string, pos: Position): number {
  if (pos.line >= lineStarts.length) return text.length;
  const start = lineStarts[pos.line];
  const next = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1] : text.length;
  let lineEnd = next;
  // Positions never point into the line terminator.
  while (lineEnd > start && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
  return Math.min(start + Math.max(0, pos.character), lineEnd);
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // LF alone (most files): jump from one line feed to the next.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The line ending most used in the text ("\n" when there is none). */
export function detectEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text[i - 1] === '\r') crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * Apply edits to text. Edits are applied from the end so earlier offsets stay valid; an edit that
 * overlaps one already taken is skipped (it will be offered again on the next run). New text takes
 * the document's line ending.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const lineStarts = computeLineStarts(text);
  const eol = !text.includes('\n') && text.includes('\r') ? '\r' : detectEol(text); // lone CR: classic Mac files
  const resolved = edits
    .map((e, i) => ({
      start: offsetAt(lineStarts, text, e.range.start),
      end: offsetAt(lineStarts, text, e.range.end),
      newText: eol === '\n' ? e.newText : e.newText.replace(/\r?\n/g, eol),
      i,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = text;
  let applied = 0;
  let floor = Infinity;
  for (const e of resolved) {
    if (e.end > floor) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    floor = e.start;
    applied++;
  }
  return { text: out, applied };
}

/** The edits of every finding that carries a safe fix, first fix first when two overlap. */
export function fixEdits(findings: readonly Finding[]): TextEdit[] {
  return findings.flatMap((f) => f.fix?.edits ?? []);
}
