import type { Finding, LintResult, QuestionStatus, RegimeId, Severity } from '../engine';

// What the CLI keeps of one file's lint: small, 1-based, protocol-free. The draft model itself is
// dropped as soon as this is built, so thousands of files run in bounded memory.

export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based; endColumn is the column just after the last character, as in editors and SARIF. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Carries a safe fix that --fix applies. */
  fixable: boolean;
}

export interface ReportedQuestion {
  /** As written ("1", "(a)", "Q3"), or the label the engine gave it ("1(a)") when none is written. */
  number: string;
  text: string;
  line: number;
  status: QuestionStatus;
}

export interface FileReport {
  /** The path shown to the user: relative to the current folder, or absolute outside it. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  regime: RegimeId | null;
  dates: { received: string | null; sent: string | null };
  questions: ReportedQuestion[];
  findings: ReportedFinding[];
  /** Set when the file could not be linted; then the other fields are empty. */
  error?: string;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function reportFromLint(file: string, absolute: string, result: LintResult, quiet: boolean): FileReport {
  const { draft } = result;
  const findings = quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  return {
    file,
    path: absolute,
    regime: draft.meta.regime?.value ?? null,
    dates: { received: draft.meta.received?.iso ?? null, sent: draft.meta.sent?.iso ?? null },
    questions: draft.questions.map((q) => ({
      number: q.number ?? q.label,
      text: q.text,
      line: q.range.start.line + 1,
      status: q.status,
    })),
    findings: findings.map(toReported),
  };
}

export function reportForError(file: string, absolute: string, error: string): FileReport {
  return { file, path: absolute, regime: null, dates: { received: null, sent: null }, questions: [], findings: [], error };
}

function toReported(f: Finding): ReportedFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    fixable: f.fix !== undefined && f.fix.edits.length > 0,
  };
}

export function emptySummary(): Summary {
  return { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 };
}

export function addToSummary(summary: Summary, report: FileReport): void {
  summary.files++;
  for (const f of report.findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
    if (f.fixable) summary.fixable++;
  }
}
