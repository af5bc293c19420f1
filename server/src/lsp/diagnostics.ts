import type * as lsp from 'vscode-languageserver/node';
import type { Finding } from '../engine';
import { toLspRange, toLspSeverity, type TextFrame } from './convert';
import type { RuleDocs } from './ruleDocs';

export const diagnosticSource = 'foi-lint';

/**
 * What a diagnostic carries in `data`: the finding as the engine gave it (engine coordinates) and the
 * document version, so a code action can be rebuilt from the diagnostic alone when it still applies.
 */
export interface DiagnosticData {
  version: number;
  finding: Finding;
}

/** The document a diagnostic is for: its URI (for related places), how its text is framed, its version. */
export interface DiagnosedDocument {
  uri: string;
  frame: TextFrame;
  version: number;
}

export function toDiagnostic(finding: Finding, doc: DiagnosedDocument, docs: RuleDocs): lsp.Diagnostic {
  const data: DiagnosticData = { version: doc.version, finding };
  const diagnostic: lsp.Diagnostic = {
    range: toLspRange(doc.frame, finding.range),
    severity: toLspSeverity(finding.severity),
    source: diagnosticSource,
    code: finding.ruleId,
    codeDescription: { href: docs.href(finding.ruleId) },
    message: finding.message,
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: doc.uri, range: toLspRange(doc.frame, r.range) },
      message: r.message,
    }));
  }
  return diagnostic;
}

export function toDiagnostics(findings: readonly Finding[], doc: DiagnosedDocument, docs: RuleDocs): lsp.Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, doc, docs));
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<DiagnosticData>;
  return typeof v.version === 'number' && typeof v.finding === 'object' && v.finding !== null && typeof v.finding.ruleId === 'string';
}
