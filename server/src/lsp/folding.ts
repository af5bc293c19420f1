import * as lsp from 'vscode-languageserver/node';
import type { Analysis } from './analysis';

/** Fold the front matter, the quoted request, the response and each section (heading to last line). */
export function foldingRanges(analysis: Analysis): lsp.FoldingRange[] {
  const { draft } = analysis.result;
  const ranges: lsp.FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (startLine: number, endLine: number, kind: lsp.FoldingRangeKind | undefined) => {
    // Trailing blank lines belong to no fold: keep them visible.
    while (endLine > startLine && (draft.lines[endLine] ?? '').trim() === '') endLine--;
    const key = `${startLine}:${endLine}`;
    if (endLine <= startLine || seen.has(key)) return;
    seen.add(key);
    ranges.push({ startLine, endLine, kind });
  };
  if (draft.frontMatter) add(draft.frontMatter.startLine, draft.frontMatter.endLine, lsp.FoldingRangeKind.Region);
  if (draft.request) add(draft.request.range.start.line, draft.request.range.end.line, lsp.FoldingRangeKind.Region);
  // The response usually is a section too (from its heading): folded once, as that section.
  if (draft.response && !draft.sections.some((s) => s.id === 'response')) add(draft.response.range.start.line, draft.response.range.end.line, lsp.FoldingRangeKind.Region);
  for (const section of draft.sections) {
    add(Math.min(section.anchor.startLine, section.range.start.line), Math.max(section.anchor.endLine, section.range.end.line), lsp.FoldingRangeKind.Region);
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
