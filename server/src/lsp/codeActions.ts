import * as lsp from 'vscode-languageserver/node';
import type { Draft, Finding, Fix, Question, Range, TextEdit } from '../engine';
import { allowContactAction, type ReadText } from './allowContact';
import type { Analysis } from './analysis';
import { comparePositions, rangesOverlap, sameRange, toLspEdit, toLspRange } from './convert';
import { diagnosticSource, isDiagnosticData, toDiagnostic } from './diagnostics';
import { findQuestion, isUnansweredFinding } from './questions';
import type { RuleDocs } from './ruleDocs';

export const fixAllKind = `${lsp.CodeActionKind.SourceFixAll}.foi-lint`;
export const codeActionKinds = [lsp.CodeActionKind.QuickFix, fixAllKind];

/**
 * Quick fixes for the findings in the requested range (the engine's fix first and preferred, then its
 * suggestions, marking a question not applicable, and disable comments), and "fix all".
 * Built from the current analysis, so edits always match the text the client has now.
 */
export function codeActions(analysis: Analysis, params: lsp.CodeActionParams, docs: RuleDocs, readText: ReadText): lsp.CodeAction[] {
  const wants = (kind: string) => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: lsp.CodeAction[] = [];
  if (wants(lsp.CodeActionKind.QuickFix)) {
    for (const finding of findingsFor(analysis, params)) {
      const diagnostic = matchingDiagnostic(analysis, finding, params.context.diagnostics) ?? toDiagnostic(finding, analysis, docs);
      actions.push(...quickFixes(analysis, finding, diagnostic, allowContactAction(analysis, finding, diagnostic, readText)));
    }
  }
  if (wants(fixAllKind)) {
    const all = fixAll(analysis);
    if (all) actions.push(all);
  }
  return actions;
}

/** Findings overlapping the range, plus those the client sent diagnostics for. */
function findingsFor(analysis: Analysis, params: lsp.CodeActionParams): Finding[] {
  const { findings } = analysis.result;
  const frame = analysis.frame;
  const sent = params.context.diagnostics.filter((d) => d.source === diagnosticSource);
  return findings.filter((f) => {
    const range = toLspRange(frame, f.range);
    if (rangesOverlap(range, params.range)) return true;
    return sent.some((d) => d.code === f.ruleId && sameRange(d.range, range));
  });
}

function matchingDiagnostic(analysis: Analysis, finding: Finding, diagnostics: readonly lsp.Diagnostic[]): lsp.Diagnostic | undefined {
  const range = toLspRange(analysis.frame, finding.range);
  return diagnostics.find((d) => {
    if (d.source !== diagnosticSource || d.code !== finding.ruleId) return false;
    if (isDiagnosticData(d.data) && d.data.version === analysis.version) return sameRange(d.data.finding.range, finding.range) && d.data.finding.message === finding.message;
    return sameRange(d.range, range);
  });
}

/** `settings`: a fix in the settings file rather than the draft, offered before the disable comments. */
function quickFixes(analysis: Analysis, finding: Finding, diagnostic: lsp.Diagnostic, settings?: lsp.CodeAction): lsp.CodeAction[] {
  const actions: lsp.CodeAction[] = [];
  const action = (title: string, edits: readonly TextEdit[], isPreferred: boolean): lsp.CodeAction => ({
    title,
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: workspaceEdit(analysis, edits),
  });
  if (finding.fix) actions.push(action(finding.fix.title, finding.fix.edits, true));
  for (const suggestion of finding.suggestions ?? []) actions.push(action(suggestion.title, suggestion.edits, false));
  const draft = analysis.result.draft;
  if (isUnansweredFinding(finding)) {
    const question = findQuestion(draft, finding);
    if (question) actions.push(action(`Mark question ${question.label} as not applicable`, [notApplicableEdit(draft, question)], false));
  }
  if (settings) actions.push(settings);
  const lineEdit = disableLineEdit(draft, finding);
  if (lineEdit) actions.push(action(`Disable ${finding.ruleId} for this line`, [lineEdit], false));
  actions.push(action(`Disable ${finding.ruleId} for this file`, [disableFileEdit(draft, finding.ruleId)], false));
  return actions;
}

/** Every safe fix at once; a fix whose edits overlap one already taken waits for the next run. */
export function fixAll(analysis: Analysis): lsp.CodeAction | undefined {
  const taken: TextEdit[] = [];
  for (const finding of analysis.result.findings) {
    const fix: Fix | undefined = finding.fix;
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => editsClash(e.range, t.range)))) continue;
    taken.push(...fix.edits);
  }
  if (taken.length === 0) return undefined;
  return { title: 'Fix all foi-lint problems that have a safe fix', kind: fixAllKind, edit: workspaceEdit(analysis, taken) };
}

function editsClash(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

function workspaceEdit(analysis: Analysis, edits: readonly TextEdit[]): lsp.WorkspaceEdit {
  return { changes: { [analysis.uri]: edits.map((e) => toLspEdit(analysis.frame, e)) } };
}

/** `<!-- foi-lint-not-applicable -->` at the end of the question's line in the request. */
function notApplicableEdit(draft: Draft, question: Question): TextEdit {
  const line = question.range.end.line;
  const text = draft.lines[line] ?? '';
  const at = { line, character: text.length };
  return { range: { start: at, end: at }, newText: `${text.endsWith(' ') ? '' : ' '}<!-- foi-lint-not-applicable -->` };
}

/** A comment line above the finding's line, indented like it so a list item stays in its list. */
function disableLineEdit(draft: Draft, finding: Finding): TextEdit | undefined {
  const line = finding.range.start.line;
  // Front matter is YAML: an HTML comment there would break it.
  if (draft.frontMatter && line >= draft.frontMatter.startLine && line <= draft.frontMatter.endLine) return undefined;
  const indent = /^[ \t]*/.exec(draft.lines[line] ?? '')?.[0] ?? '';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}<!-- foi-lint-disable-next-line ${finding.ruleId} -->\n` };
}

/** A disable comment at the top of the body (after any front matter) covers the whole file. */
function disableFileEdit(draft: Draft, ruleId: string): TextEdit {
  const comment = `<!-- foi-lint-disable ${ruleId} -->`;
  const line = draft.frontMatter ? draft.frontMatter.endLine + 1 : 0;
  if (line >= draft.lines.length) {
    const last = Math.max(0, draft.lines.length - 1);
    const at = { line: last, character: (draft.lines[last] ?? '').length };
    return { range: { start: at, end: at }, newText: `\n${comment}` };
  }
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${comment}\n` };
}
