import type { FileReport } from '../report';
import type { Formatter } from './formatter';

// The stable machine format documented in docs/json-format.md. Streamed one element at a time,
// so the output is one JSON array however many files are checked.

/** The documented shape: a file's report without its absolute path (fields copied in this order). */
export type JsonFile = Omit<FileReport, 'path'>;

export function toJsonFile(report: FileReport): JsonFile {
  const out: JsonFile = {
    file: report.file,
    regime: report.regime,
    regimeSource: report.regimeSource,
    regimeStated: report.regimeStated,
    sections: [...report.sections],
    dates: { received: report.dates.received, sent: report.dates.sent },
    questions: report.questions.map((q) => ({
      number: q.number,
      text: q.text,
      line: q.line,
      status: q.status,
      parent: q.parent,
      answerLine: q.answerLine,
    })),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      fixable: f.fixable,
      ...(f.paragraph && { paragraph: { number: f.paragraph.number, text: f.paragraph.text, ...(f.paragraph.part && { part: f.paragraph.part }) } }),
    })),
  };
  if (report.error !== undefined) out.error = report.error;
  if (report.format !== undefined) out.format = report.format;
  return out;
}

export function jsonFormatter(): Formatter {
  let count = 0;
  return {
    start: () => '[',
    file(report: FileReport): string {
      const element = JSON.stringify(toJsonFile(report), null, 2).replace(/\n/g, '\n  ');
      return `${count++ === 0 ? '\n  ' : ',\n  '}${element}`;
    },
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}
