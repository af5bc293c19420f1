import { createHash } from 'node:crypto';
import type { Severity } from '../../engine';
import type { FileReport } from '../report';
import type { Formatter, Notice } from './formatter';

// GitLab code quality (`artifacts:reports:codequality`): a JSON array of Code Climate issues, shown in
// merge requests beside the changed lines. Paths are relative to the project folder, where a job runs.

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const severity: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

interface Issue {
  type: 'issue';
  check_name: string;
  description: string;
  severity: CodeQualitySeverity;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

export function gitlabFormatter(): Formatter {
  let count = 0;
  const reportedFiles = new Set<string>();
  // GitLab matches issues between the base and the merge request by fingerprint, so it must survive
  // edits elsewhere in the draft: path, rule and message (not the line), and which repeat of that it is.
  const repeats = new Map<string, number>();
  const fingerprint = (...parts: string[]): string => {
    const key = parts.join('\0');
    const n = (repeats.get(key) ?? 0) + 1;
    repeats.set(key, n);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  };
  const element = (issue: Issue): string => `${count++ === 0 ? '\n  ' : ',\n  '}${JSON.stringify(issue)}`;
  return {
    start: () => '[',
    file(report: FileReport): string {
      const file = report.file.replace(/\\/g, '/');
      if (report.error !== undefined) {
        reportedFiles.add(report.file);
        return element(problem(file, 1, report.error, fingerprint(file, report.error)));
      }
      return report.findings
        .map((f) =>
          element({
            type: 'issue',
            check_name: f.ruleId,
            description: f.message,
            severity: severity[f.severity],
            fingerprint: fingerprint(file, f.ruleId, f.message),
            location: { path: file, lines: { begin: f.line, end: f.endLine } },
          }),
        )
        .join('');
    },
    end(_summary, notices: readonly Notice[]): string {
      // Unreadable drafts were reported above; settings files with mistakes are issues in those files.
      const rest = notices.filter((n) => n.file !== undefined && !reportedFiles.has(n.file));
      const text = rest.map((n) => {
        const file = (n.file as string).replace(/\\/g, '/');
        return element(problem(file, n.line || 1, n.message, fingerprint(file, n.message)));
      });
      return `${text.join('')}${count === 0 ? ']\n' : '\n]\n'}`;
    },
  };
}

/** Something that stopped a check (an unreadable draft, a settings file with a mistake). */
function problem(path: string, line: number, description: string, fingerprint: string): Issue {
  return { type: 'issue', check_name: 'foi-lint', description, severity: 'critical', fingerprint, location: { path, lines: { begin: line } } };
}
