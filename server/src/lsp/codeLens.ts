import type * as lsp from 'vscode-languageserver/node';
import { formatDate } from '../engine';
import type { Analysis } from './analysis';
import { toLspRange } from './convert';

/**
 * The statutory deadline above the letter's date (or, undated, the date of receipt): due date,
 * working days used, and whether the reply is late. Informational: the lens runs no command.
 */
export function codeLenses(analysis: Analysis): lsp.CodeLens[] {
  const { draft } = analysis.result;
  const at = draft.meta.sent ?? draft.meta.received;
  const info = analysis.result.facts.deadline;
  if (!at || !info?.due) return [];
  const parts = [`FOI deadline: ${formatDate(info.extendedTo ?? info.due)}`];
  if (info.extendedTo) parts.push(`extended from ${formatDate(info.due)}`);
  if (info.workingDaysUsed !== undefined) parts.push(`dated on working day ${info.workingDaysUsed} of ${info.days}`);
  if (info.late) parts.push('late');
  return [{ range: toLspRange(analysis.frame, at.range), command: { title: parts.join(' · '), command: '' } }];
}
