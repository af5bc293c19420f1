import type { Severity } from '../../engine';
import type { FileReport, Summary } from '../report';
import type { Formatter, FormatterContext } from './formatter';

// The human format: findings grouped under each file, aligned, then one summary line.

const ansi = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m' };
const severityColor: Record<Severity, string> = { error: ansi.red, warning: ansi.yellow, info: ansi.blue };

export function stylishFormatter(context: Pick<FormatterContext, 'color'>): Formatter {
  const paint = (code: string, text: string): string => (context.color ? `${code}${text}${ansi.reset}` : text);
  return {
    start: () => '',
    file(report: FileReport): string {
      if (report.error !== undefined || report.findings.length === 0) return '';
      // A Word document has paragraphs, not lines: "¶12"; every converted draft's finding says the
      // paragraph's first words, to search for.
      const rows = report.findings.map((f) => ({
        position: report.format === 'docx' && f.paragraph ? `${f.paragraph.part ? `${f.paragraph.part} ` : ''}\u00b6${f.paragraph.number}` : `${f.line}:${f.column}`,
        severity: f.severity,
        message: f.message.replace(/\s*\r?\n\s*/g, ' ') + (f.paragraph ? ` (at "${f.paragraph.text}")` : ''),
        ruleId: f.ruleId,
      }));
      const positionWidth = Math.max(...rows.map((r) => r.position.length));
      // Rule ids line up after short messages; after long ones (most of this tool's) padding would
      // only push them off the screen.
      const longest = Math.max(...rows.map((r) => r.message.length));
      const messageWidth = longest <= 72 ? longest : 0;
      const lines = rows.map(
        (r) =>
          `  ${paint(ansi.dim, r.position.padEnd(positionWidth))}  ` +
          `${paint(severityColor[r.severity], r.severity.padEnd(7))}  ` +
          `${r.message.padEnd(messageWidth)}  ${paint(ansi.dim, r.ruleId)}`,
      );
      return `\n${paint(ansi.bold, report.file)}\n${lines.join('\n')}\n`;
    },
    end(summary: Summary): string {
      const total = summary.errors + summary.warnings + summary.infos;
      if (total === 0) return '';
      const counts = `${total} ${plural(total, 'problem')} (${summary.errors} ${plural(summary.errors, 'error')}, ` +
        `${summary.warnings} ${plural(summary.warnings, 'warning')}, ${summary.infos} info)`;
      const color = summary.errors > 0 ? ansi.red : summary.warnings > 0 ? ansi.yellow : ansi.blue;
      let text = `\n${paint(ansi.bold + color, `\u2716 ${counts}`)}\n`;
      if (summary.fixable > 0) {
        text += `  ${summary.fixable} ${plural(summary.fixable, 'problem')} can be fixed with the --fix option.\n`;
      }
      return text;
    },
  };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
