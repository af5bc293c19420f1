import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as sarif from 'sarif';
import type { RuleMeta, Severity, SeveritySetting } from '../../engine';
import type { FileReport } from '../report';
import type { Formatter, FormatterContext, Notice } from './formatter';

// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; every rule of the registry
// is listed in tool.driver.rules (so ruleIndex is stable whatever the config turns off); results are
// streamed, then one invocation records files and configs that could not be checked.

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const srcRoot = '%SRCROOT%';

const level: Record<Severity, sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

export function sarifRule(meta: RuleMeta): sarif.ReportingDescriptor {
  const docs = meta.docs.trim() || meta.description;
  return {
    id: meta.id,
    name: meta.id.replace(/(^|[-_.])([a-z0-9])/gi, (_m, _sep: string, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: plainText(firstParagraph(docs)) },
    help: { text: plainText(docs), markdown: docs },
    defaultConfiguration: defaultConfiguration(meta.defaultSeverity),
    properties: { fixable: meta.fixable },
  };
}

function defaultConfiguration(severity: SeveritySetting): sarif.ReportingConfiguration {
  return severity === 'off' ? { enabled: false, level: 'none' } : { level: level[severity] };
}

function firstParagraph(markdown: string): string {
  return markdown.split(/\n\s*\n/).find((p) => p.trim() !== '' && !p.trim().startsWith('#')) ?? markdown;
}

/** Markdown to readable plain text for viewers that do not render Markdown. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

/** An artifactLocation: relative to %SRCROOT% (the current folder) when inside it, else a file: URI. */
export function artifactLocation(absolute: string, cwd: string): sarif.ArtifactLocation {
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

export function sarifFormatter(context: FormatterContext): Formatter {
  const ruleIndex = new Map(context.rules.map((r, i) => [r.id, i]));
  let count = 0;
  return {
    start(): string {
      const driver: sarif.ToolComponent = {
        name: 'foi-lint',
        version: context.version,
        semanticVersion: context.version,
        rules: context.rules.map(sarifRule),
      };
      const root = pathToFileURL(context.cwd).href.replace(/\/?$/, '/');
      const baseIds: sarif.Run['originalUriBaseIds'] = { [srcRoot]: { uri: root } };
      return (
        '{\n' +
        `  "$schema": ${JSON.stringify(sarifSchemaUri)},\n` +
        '  "version": "2.1.0",\n' +
        '  "runs": [\n    {\n' +
        `      "tool": ${indent(JSON.stringify({ driver }, null, 2), 6)},\n` +
        '      "columnKind": "utf16CodeUnits",\n' +
        `      "originalUriBaseIds": ${JSON.stringify(baseIds)},\n` +
        '      "results": ['
      );
    },
    file(report: FileReport): string {
      let out = '';
      for (const f of report.findings) {
        const index = ruleIndex.get(f.ruleId);
        const result: sarif.Result = {
          ruleId: f.ruleId,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: level[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(report.path, context.cwd),
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                  // A converted draft's paragraph (for a .docx its number stands as the line): its first words.
                  ...(f.paragraph && { snippet: { text: f.paragraph.text } }),
                },
              },
            },
          ],
          ...(f.paragraph && { properties: { paragraph: f.paragraph.number, format: report.format } }),
        };
        out += `${count++ === 0 ? '\n' : ',\n'}        ${JSON.stringify(result)}`;
      }
      return out;
    },
    end(_summary, notices: readonly Notice[]): string {
      const invocation: sarif.Invocation = {
        executionSuccessful: notices.length === 0,
        toolExecutionNotifications: notices.map((n) => notification(n, context.cwd)),
      };
      return (
        `${count === 0 ? '' : '\n      '}],\n` +
        `      "invocations": [${indent(JSON.stringify(invocation, null, 2), 6)}]\n` +
        '    }\n  ]\n}\n'
      );
    },
  };
}

function notification(notice: Notice, cwd: string): sarif.Notification {
  const out: sarif.Notification = { level: 'error', message: { text: notice.message } };
  if (notice.path !== undefined) {
    const physicalLocation: sarif.PhysicalLocation = { artifactLocation: artifactLocation(notice.path, cwd) };
    if (notice.line !== undefined && notice.line > 0) {
      physicalLocation.region = { startLine: notice.line, ...(notice.column ? { startColumn: notice.column } : {}) };
    }
    out.locations = [{ physicalLocation }];
  }
  return out;
}

function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}
