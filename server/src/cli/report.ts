import type { Finding, LintResult, QuestionStatus, Range, RegimeId, RegimeSource, Severity } from '../engine';
import type { SourceFormat, SourceMap } from '../convert';
import { placeInSource } from './source';

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
  /** In a converted draft (.docx, .eml, .html): the paragraph, by number and first words. */
  paragraph?: { number: number; text: string; part?: 'header' };
}

export interface ReportedQuestion {
  /** As written ("1", "(a)", "Q3"), or the label the engine gave it ("1(a)") when none is written. */
  number: string;
  text: string;
  line: number;
  status: QuestionStatus;
  /** The number of the question this one is a part of, or null for a question of its own. */
  parent: string | null;
  /** The line where its answer starts, or null when none was found. */
  answerLine: number | null;
}

export interface FileReport {
  /** The path shown to the user: relative to the current folder, or absolute outside it. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** The regime applied to the letter (see regimeSource); null only when the file was not checked. */
  regime: RegimeId | null;
  /** Where the regime came from: front matter, the regime statement, the Acts the letter names, ... */
  regimeSource: RegimeSource | null;
  /** The reply says which law the request was handled under. */
  regimeStated: boolean;
  /** The standard sections found, by id ("regime", "rights", "direct-marketing", ...), in order. */
  sections: string[];
  dates: { received: string | null; sent: string | null };
  questions: ReportedQuestion[];
  findings: ReportedFinding[];
  /** Set when the file could not be linted; then the other fields are empty. */
  error?: string;
  /** Set for a draft that is not Markdown: docx, eml, html or txt. */
  format?: SourceFormat;
}

/** A draft converted from another format: positions are reported in the original. */
export interface ConvertedSource {
  format: SourceFormat;
  map?: SourceMap;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function reportFromLint(
  file: string,
  absolute: string,
  result: LintResult,
  quiet: boolean,
  source?: ConvertedSource,
): FileReport {
  const { draft } = result;
  const findings = quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const regime = result.facts.regime;
  const map = source?.map;
  // A converted draft's positions are places in the original: the paragraph, or its line.
  const line = (range: Range): number => (source && map ? placeInSource(source.format, map, range).line : range.start.line + 1);
  const reported = findings.map(toReported);
  if (source && map) {
    findings.forEach((f, i) => Object.assign(reported[i], placeInSource(source.format, map, f.range)));
  }
  return {
    file,
    path: absolute,
    regime: regime.regime,
    regimeSource: regime.source,
    regimeStated: draft.sections.some((s) => s.id === 'regime'),
    sections: [...new Set(draft.sections.map((s) => s.id))],
    dates: { received: draft.meta.received?.iso ?? null, sent: draft.meta.sent?.iso ?? null },
    questions: draft.questions.map((q) => ({
      number: q.number ?? q.label,
      text: q.text,
      line: line(q.range),
      status: q.status,
      parent: q.parent ? (q.parent.number ?? q.parent.label) : null,
      answerLine: q.answer ? line(q.answer.range) : null,
    })),
    findings: reported,
    ...(source && { format: source.format }),
  };
}

export function reportForError(file: string, absolute: string, error: string): FileReport {
  return { file, path: absolute, regime: null, regimeSource: null, regimeStated: false, sections: [], dates: { received: null, sent: null }, questions: [], findings: [], error };
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
