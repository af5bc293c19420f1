import * as lsp from 'vscode-languageserver/node';
import { paragraphAt, type SourceMap } from '../convert';
import type { Draft, Position, Range, Severity, TextEdit } from '../engine';

// The engine works on the text without a byte-order mark. Most editors strip it too, but a client
// that keeps it in the buffer sees every column of the first line one further on.

export interface TextFrame {
  /** Whether the editor's text starts with a BOM the engine did not see. */
  bom: boolean;
  eol: '\n' | '\r\n';
  /**
   * For a web page or e-mail the engine checked the Markdown converted from it: a finding is shown on
   * the line of the editor's text where its paragraph starts (or the first line, when not found).
   */
  converted?: { map: SourceMap; lineLengths: number[] };
}

export function frameOf(editorText: string, draft: Draft, map?: SourceMap): TextFrame {
  const frame: TextFrame = { bom: editorText.charCodeAt(0) === 0xfeff, eol: draft.eol };
  if (map) frame.converted = { map, lineLengths: editorText.split(/\r\n|\n|\r/).map((l) => l.length) };
  return frame;
}

export function toLspPosition(frame: TextFrame, p: Position): lsp.Position {
  return { line: p.line, character: p.line === 0 && frame.bom ? p.character + 1 : p.character };
}

export function toLspRange(frame: TextFrame, r: Range): lsp.Range {
  if (frame.converted) {
    const { map, lineLengths } = frame.converted;
    const line = Math.min(Math.max((paragraphAt(map, r.start)?.line ?? 1) - 1, 0), lineLengths.length - 1);
    return { start: { line, character: 0 }, end: { line, character: lineLengths[line] ?? 0 } };
  }
  return { start: toLspPosition(frame, r.start), end: toLspPosition(frame, r.end) };
}

/** An editor position in engine coordinates. */
export function fromLspPosition(frame: TextFrame, p: lsp.Position): Position {
  return { line: p.line, character: p.line === 0 && frame.bom ? Math.max(0, p.character - 1) : p.character };
}

export function toLspEdit(frame: TextFrame, edit: TextEdit): lsp.TextEdit {
  const newText = frame.eol === '\n' ? edit.newText : edit.newText.replace(/\r?\n/g, frame.eol);
  return { range: toLspRange(frame, edit.range), newText };
}

export function toLspSeverity(severity: Severity): lsp.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return lsp.DiagnosticSeverity.Error;
    case 'warning':
      return lsp.DiagnosticSeverity.Warning;
    default:
      return lsp.DiagnosticSeverity.Information;
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(range: Range, p: Position): boolean {
  return comparePositions(range.start, p) <= 0 && comparePositions(p, range.end) <= 0;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
