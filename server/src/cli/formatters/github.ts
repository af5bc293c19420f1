import type { Severity } from '../../engine';
import type { FileReport } from '../report';
import type { Formatter } from './formatter';

// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping as GitHub's own toolkit does it for a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties additionally escape the characters that separate them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubFormatter(): Formatter {
  return {
    start: () => '',
    file(report: FileReport): string {
      // Annotations want forward slashes, relative to the workspace (the current folder in a job).
      const file = escapeProperty(report.file.replace(/\\/g, '/'));
      if (report.error !== undefined) {
        return `::error file=${file},title=${escapeProperty('foi-lint')}::${escapeData(report.error)}\n`;
      }
      let out = '';
      for (const f of report.findings) {
        const props = [`file=${file}`, `line=${f.line}`, `endLine=${f.endLine}`];
        // GitHub ignores columns on an annotation that spans lines.
        if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
        props.push(`title=${escapeProperty(`foi-lint (${f.ruleId})`)}`);
        out += `::${command[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
      }
      return out;
    },
    end: () => '',
  };
}
