import * as lsp from 'vscode-languageserver/node';
import type { FoiService, RegimeId } from '../engine';
import type { Analysis } from './analysis';
import { fromLspPosition, toLspRange } from './convert';
import { citationRegime, groundMarkdown, standingWord } from './grounds';

// "(" and ")" continue a citation ("12(5" -> "12(5)("); digits and letters trigger completion anyway.
export const completionTriggerCharacters = ['(', ')'];

/**
 * Two kinds of completion:
 * - after "section 4", "s.4", "regulation 12(5", the exemptions and exceptions whose citation starts so;
 * - at the start of a line, the standard paragraphs of the schema in effect (the authority's own too).
 */
export function completions(foi: FoiService, analysis: Analysis, position: lsp.Position): lsp.CompletionList | null {
  const draft = analysis.result.draft;
  const at = fromLspPosition(analysis.frame, position);
  const line = draft.lines[at.line];
  if (line === undefined) return null;
  if (draft.frontMatter && at.line >= draft.frontMatter.startLine && at.line <= draft.frontMatter.endLine) return null;
  const before = line.slice(0, at.character);
  // "Section 4" at the start of a line may begin a citation or a paragraph's title: offer both.
  const items = [...citationCompletions(foi, analysis, at.line, before), ...paragraphCompletions(foi, analysis, at.line, before)];
  return items.length ? { isIncomplete: false, items } : null;
}

// "section 4", "sections 40(2)", "s.4", "ss.40", "regulation 12(5", "reg. 12", "regs 12(4)(".
// At least one digit must be typed ("in this section " is prose), and a bare "s 4" is left out
// ("there's 4 cameras").
const citationBefore = /\b(?:(sections?|regulations?|regs?\.?)\s+|(ss?\.|r\.)\s*)(\d+[A-Za-z]?(?:\([0-9A-Za-z]*\)?)*)$/i;

function citationCompletions(foi: FoiService, analysis: Analysis, line: number, before: string): lsp.CompletionItem[] {
  // A citation is a few words long: look at the end of the line only, however long the line is.
  const m = citationBefore.exec(before.slice(-80));
  if (!m) return [];
  const typed = m[3];
  const regime: RegimeId = citationRegime(m[1] ?? m[2], analysis.regime);
  const grounds = foi.groundsStartingWith(regime, typed);
  const range = toLspRange(analysis.frame, {
    start: { line, character: before.length - typed.length },
    end: { line, character: before.length },
  });
  return grounds.map((g, i): lsp.CompletionItem => ({
    label: g.citation,
    labelDetails: { description: `${g.subject} (${standingWord(g)})` },
    kind: lsp.CompletionItemKind.Reference,
    detail: `${g.label}: ${g.subject} (${standingWord(g)})`,
    documentation: { kind: lsp.MarkupKind.Markdown, value: groundMarkdown(g) },
    textEdit: { range, newText: g.citation },
    filterText: g.citation,
    sortText: `0${String(i).padStart(4, '0')}`,
  }));
}

// Paragraphs are offered while the line so far is words only: "your ri" -> "Your rights".
const wordsBefore = /^(\s*)([A-Za-z][A-Za-z0-9 '’&:-]*)?$/;

function paragraphCompletions(foi: FoiService, analysis: Analysis, line: number, before: string): lsp.CompletionItem[] {
  if (before.length > 200) return [];
  const m = wordsBefore.exec(before);
  if (!m) return [];
  const paragraphs = [...analysis.schema.paragraphs.values()];
  const range = toLspRange(analysis.frame, {
    start: { line, character: m[1].length },
    end: { line, character: before.length },
  });
  const eol = analysis.frame.eol;
  return paragraphs.map((p): lsp.CompletionItem => {
    // With its section's heading, written the way this letter writes headings.
    const body = foi.paragraphText(analysis.result, analysis.schema, p);
    const text = eol === '\n' ? body : body.replace(/\r?\n/g, eol);
    return {
      label: p.title,
      labelDetails: { description: p.id },
      kind: lsp.CompletionItemKind.Snippet,
      detail: p.description,
      documentation: { kind: lsp.MarkupKind.Markdown, value: p.text },
      insertTextFormat: lsp.InsertTextFormat.PlainText,
      textEdit: { range, newText: text },
      filterText: `${p.title} ${p.id}`,
      sortText: `1${p.title}`,
    };
  });
}
