import * as lsp from 'vscode-languageserver/node';
import type { Question, Range, Section } from '../engine';
import type { Analysis } from './analysis';
import { comparePositions, toLspRange } from './convert';
import { allQuestions } from './questions';

/**
 * The outline: Request > questions, Response > answers, and the letter's sections. A symbol whose
 * range lies inside another's becomes its child, so sections inside the response nest under it.
 */
export function documentSymbols(analysis: Analysis): lsp.DocumentSymbol[] {
  const { draft } = analysis.result;
  const frame = analysis.frame;
  const symbol = (name: string, kind: lsp.SymbolKind, range: Range, detail?: string, children: lsp.DocumentSymbol[] = []): lsp.DocumentSymbol => {
    const r = toLspRange(frame, range);
    return { name: name.trim() || '(untitled)', detail, kind, range: r, selectionRange: r, children };
  };

  const questionSymbol = (q: Question): lsp.DocumentSymbol =>
    symbol(`Question ${q.label}`, lsp.SymbolKind.Field, q.range, shorten(q.text), q.children.map(questionSymbol));

  const top: lsp.DocumentSymbol[] = [];
  if (draft.request) {
    top.push(symbol('Request', lsp.SymbolKind.Namespace, draft.request.range, `${allQuestions(draft).length} questions`, allQuestions(draft).filter((q) => !q.parent).map(questionSymbol)));
  }
  const answers = allQuestions(draft)
    .filter((q) => q.answer)
    .map((q) => symbol(`Answer ${q.label}`, lsp.SymbolKind.String, q.answer!.range, shorten(q.answer!.text)));
  // A section covers its heading and its blocks.
  const sectionRange = (s: Section): Range => ({ start: minPos(s.anchor.range.start, s.range.start), end: maxPos(s.anchor.range.end, s.range.end) });
  // The response is also a section (its heading): one symbol for both.
  const responseSection = draft.response ? draft.sections.find((s) => s.id === 'response') : undefined;
  if (draft.response) {
    const range = responseSection ? sectionRange(responseSection) : draft.response.range;
    const whole = { start: minPos(range.start, draft.response.range.start), end: maxPos(range.end, draft.response.range.end) };
    top.push(symbol('Response', lsp.SymbolKind.Namespace, whole, `${answers.length} answers`, nest(answers)));
  } else {
    top.push(...answers);
  }
  for (const section of draft.sections) {
    if (section !== responseSection) top.push(symbol(section.title, lsp.SymbolKind.Module, sectionRange(section), section.id));
  }
  return nest(top);
}

/** Put each symbol under the smallest other symbol that contains it; keep document order. */
function nest(symbols: lsp.DocumentSymbol[]): lsp.DocumentSymbol[] {
  const sorted = [...symbols].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end));
  const roots: lsp.DocumentSymbol[] = [];
  const stack: lsp.DocumentSymbol[] = [];
  for (const s of sorted) {
    while (stack.length && !contains(stack[stack.length - 1].range, s.range)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children = [...(parent.children ?? []), s].sort((a, b) => comparePositions(a.range.start, b.range.start));
    } else roots.push(s);
    stack.push(s);
  }
  return roots;
}

function contains(outer: lsp.Range, inner: lsp.Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

const minPos = <T extends lsp.Position>(a: T, b: T) => (comparePositions(a, b) <= 0 ? a : b);
const maxPos = <T extends lsp.Position>(a: T, b: T) => (comparePositions(a, b) >= 0 ? a : b);

function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** For clients without hierarchical outlines: a flat list naming each symbol's container. */
export function flattenSymbols(uri: string, symbols: readonly lsp.DocumentSymbol[], container?: string): lsp.SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container && { containerName: container }) },
    ...flattenSymbols(uri, s.children ?? [], s.name),
  ]);
}
