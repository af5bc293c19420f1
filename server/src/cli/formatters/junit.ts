import type { Severity } from '../../engine';
import type { FileReport } from '../report';
import type { Formatter, Notice } from './formatter';

// JUnit XML, the test report CI servers show (GitLab's `artifacts:reports:junit`, Jenkins, Azure
// Pipelines). Each draft is a test suite; each error or warning a failing test case, so a report lists
// what to fix under the draft it is in. Information findings pass: they are advice, not faults. A
// draft with nothing to report is one passing case, so clean drafts show as passed rather than absent.
// Streamed: the suite's counts are known once its file is linted; the root carries no totals (the
// schema makes them optional).

const failing: Record<Severity, boolean> = { error: true, warning: true, info: false };

/** Text and attribute values: the five XML escapes, and characters XML 1.0 cannot hold dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

export function junitFormatter(): Formatter {
  const reportedFiles = new Set<string>();
  return {
    start: () => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({ name: 'foi-lint' })}>\n`,
    file(report: FileReport): string {
      const file = report.file.replace(/\\/g, '/');
      if (report.error !== undefined) {
        reportedFiles.add(report.file);
        return suite(file, [errorCase(file, 'foi-lint', report.error)]);
      }
      if (report.findings.length === 0) return suite(file, [{ xml: `    <testcase${attributes({ name: file, classname: 'foi-lint' })}/>\n` }]);
      const cases = report.findings.map((f): TestCase => {
        const name = `${file}:${f.line}:${f.column} ${f.ruleId}`;
        const head = `    <testcase${attributes({ name, classname: `foi-lint.${f.ruleId}` })}>\n`;
        const detail = `${f.severity} at ${file}:${f.line}:${f.column}: ${f.message}`;
        const body = failing[f.severity]
          ? `      <failure${attributes({ type: f.severity, message: f.message })}>${escapeXml(detail)}</failure>\n`
          : `      <system-out>${escapeXml(detail)}</system-out>\n`;
        return { xml: `${head}${body}    </testcase>\n`, outcome: failing[f.severity] ? 'failure' : undefined };
      });
      return suite(file, cases);
    },
    end(_summary, notices: readonly Notice[]): string {
      // Files that could not be read were reported as their own suites; what is left is settings files
      // with mistakes, arguments that matched nothing and files a fix could not write.
      const rest = notices.filter((n) => n.file === undefined || !reportedFiles.has(n.file));
      const cases = rest.map((n) => {
        const where = n.file === undefined ? 'foi-lint' : n.line ? `${n.file}:${n.line}:${n.column ?? 1}` : n.file;
        return errorCase(where, 'foi-lint.configuration', n.message);
      });
      return `${cases.length > 0 ? suite('foi-lint: files and settings', cases) : ''}</testsuites>\n`;
    },
  };
}

interface TestCase {
  xml: string;
  /** A failure is a finding to fix; an error, something that stopped the check. */
  outcome?: 'failure' | 'error';
}

function errorCase(name: string, classname: string, message: string): TestCase {
  const xml = `    <testcase${attributes({ name, classname })}>\n      <error${attributes({ type: 'error', message })}>${escapeXml(message)}</error>\n    </testcase>\n`;
  return { xml, outcome: 'error' };
}

function suite(name: string, cases: readonly TestCase[]): string {
  const failures = cases.filter((c) => c.outcome === 'failure').length;
  const errors = cases.filter((c) => c.outcome === 'error').length;
  return `  <testsuite${attributes({ name, tests: cases.length, failures, errors })}>\n${cases.map((c) => c.xml).join('')}  </testsuite>\n`;
}
