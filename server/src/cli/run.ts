import * as fs from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import { createFoiService, type FoiService, type LintResult, type Schema, type SchemaProblem } from '../engine';
import { parseCommandLine, usage, UsageError, type FormatName, type Options } from './args';
import { discoverFiles, type DraftFile } from './discover';
import { encode } from './encoding';
import type { Formatter, FormatterContext, Notice } from './formatters/formatter';
import { githubFormatter } from './formatters/github';
import { jsonFormatter } from './formatters/json';
import { sarifFormatter } from './formatters/sarif';
import { stylishFormatter } from './formatters/stylish';
import { readDraft } from './read';
import { addToSummary, emptySummary, reportForError, reportFromLint, type FileReport, type Summary } from './report';
import { packageVersion } from '../version';
import { writeFileAtomic, WriteRefused } from './write';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** Colour the stylish output (a terminal without NO_COLOR). */
  color: boolean;
}

export const exitCodes = { ok: 0, findings: 1, trouble: 2 } as const;

/** Run the foi-lint command line; resolves to the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Options;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`foi-lint: ${error.message}\nRun 'foi-lint --help' for the options.\n`);
    return exitCodes.trouble;
  }
  if (options.help) {
    io.stdout.write(usage);
    return exitCodes.ok;
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return exitCodes.ok;
  }
  if (options.listRules) {
    io.stdout.write(listRules(createFoiService()));
    return exitCodes.ok;
  }
  const configPath = options.config === undefined ? undefined : path.resolve(io.cwd, options.config);
  if (configPath !== undefined && !isFile(configPath)) {
    // Checking with the built-in defaults instead would pass drafts the user's config rejects.
    io.stderr.write(`foi-lint: --config ${options.config}: no such file\n`);
    return exitCodes.trouble;
  }
  return new LintRun(options, io, configPath).run();
}

class LintRun {
  private readonly out: Output;
  private readonly formatter: Formatter;
  private readonly notices: Notice[] = [];
  private readonly summary: Summary = emptySummary();
  /** Settings files do not change during a run: each folder's settings are looked up once. */
  private readonly foi = createFoiService({ trusted: true, snapshot: true });
  private readonly configProblemsShown = new Set<string>();
  private trouble = false;
  private fixedFiles = 0;

  constructor(
    private readonly options: Options,
    private readonly io: CliIo,
    private readonly configPath: string | undefined,
  ) {
    this.out = new Output(io.stdout);
    this.formatter = makeFormatter(options.format, {
      version: packageVersion(),
      cwd: io.cwd,
      rules: this.foi.rules,
      color: io.color,
    });
  }

  async run(): Promise<number> {
    const { files, problems } = discoverFiles(this.options.patterns, this.io.cwd);
    for (const p of problems) this.problem(p.display, undefined, p.message);
    await this.out.write(this.formatter.start());
    for (const file of files) {
      const report = await this.checkFile(file);
      addToSummary(this.summary, report);
      await this.out.write(this.formatter.file(report));
    }
    await this.out.write(this.formatter.end(this.summary, this.notices));
    if (this.options.fix && this.fixedFiles > 0 && this.options.format === 'stylish') {
      await this.out.write(`Fixed ${this.fixedFiles} ${this.fixedFiles === 1 ? 'file' : 'files'}.\n`);
    }
    return this.exitCode();
  }

  private exitCode(): number {
    if (this.trouble) return exitCodes.trouble;
    if (this.summary.errors > 0) return exitCodes.findings;
    const max = this.options.maxWarnings;
    if (max !== undefined && this.summary.warnings > max) {
      this.io.stderr.write(`foi-lint: ${this.summary.warnings} warnings, more than --max-warnings ${max} allows\n`);
      return exitCodes.findings;
    }
    return exitCodes.ok;
  }

  /** Read, configure, lint (and fix) one file; the draft model is dropped when this returns. */
  private async checkFile(file: DraftFile): Promise<FileReport> {
    const content = await readDraft(file.path);
    if (!content.ok) return this.fileError(file, content.reason);

    const schema = this.schemaFor(file);
    if (!schema) return this.fileError(file, 'not checked: its configuration has errors (listed above)');

    let result: LintResult;
    if (this.options.fix) {
      const outcome = this.foi.fix(content.text, schema);
      result = outcome.final;
      if (outcome.text !== content.text) {
        const bytes = encode(outcome.text, content.encoding);
        try {
          if (!bytes) {
            throw new WriteRefused(`a fix adds characters that ${content.encoding.name} cannot store: not fixed (save the file as UTF-8)`);
          }
          await writeFileAtomic(file.path, bytes, content.bytes);
          this.fixedFiles++;
        } catch (error) {
          if (!(error instanceof WriteRefused)) throw error;
          this.problem(file.display, file.path, error.message);
          result = outcome.original;
        }
      }
    } else {
      result = this.foi.lint(content.text, schema);
    }
    for (const failure of result.failures) {
      const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
      this.problem(file.display, file.path, `internal error in rule ${failure.ruleId} (${reason}); the other rules ran`);
    }
    return reportFromLint(file.display, file.path, result, this.options.quiet);
  }

  /** The settings for a draft; undefined when its settings file has mistakes (printed once). */
  private schemaFor(file: DraftFile): Schema | undefined {
    const resolved = this.foi.schemas.forDraft(file.path, this.configPath);
    for (const p of resolved.problems) this.configProblem(p);
    // The built-in base stands in for a broken file in the editor; here it would pass drafts the
    // authority's own settings reject, so such drafts are not checked (exit 2 says why).
    return resolved.problems.length > 0 ? undefined : resolved.schema;
  }

  /** A config file's mistake, printed once however many drafts it governs. */
  private configProblem(p: SchemaProblem): void {
    const display = path.isAbsolute(p.file) ? path.relative(this.io.cwd, p.file) || p.file : p.file;
    const shown = display.startsWith('..') ? p.file : display;
    const text = p.line > 0 ? `${shown}:${p.line}:${p.column}: ${p.message}` : `${shown}: ${p.message}`;
    this.trouble = true;
    if (this.configProblemsShown.has(text)) return;
    this.configProblemsShown.add(text);
    this.io.stderr.write(`${text}\n`);
    this.notices.push({ message: p.message, file: shown, path: path.resolve(this.io.cwd, p.file), line: p.line, column: p.column });
  }

  private fileError(file: DraftFile, reason: string): FileReport {
    this.problem(file.display, file.path, reason);
    return reportForError(file.display, file.path, reason);
  }

  private problem(display: string, absolute: string | undefined, message: string): void {
    this.trouble = true;
    this.io.stderr.write(`foi-lint: ${display}: ${message}\n`);
    this.notices.push({ message: `${display}: ${message}`, file: display, path: absolute });
  }
}

function makeFormatter(format: FormatName, context: FormatterContext): Formatter {
  switch (format) {
    case 'stylish':
      return stylishFormatter(context);
    case 'json':
      return jsonFormatter();
    case 'sarif':
      return sarifFormatter(context);
    case 'github':
      return githubFormatter();
  }
}

function listRules(foi: FoiService): string {
  const metas = foi.rules;
  const idWidth = Math.max(4, ...metas.map((m) => m.id.length));
  const rows = metas.map((m) => `${m.id.padEnd(idWidth)}  ${m.defaultSeverity.padEnd(7)}  ${(m.fixable ? 'yes' : '').padEnd(3)}  ${m.description}`);
  return [`${'rule'.padEnd(idWidth)}  default  fix  checks`, ...rows].join('\n') + '\n';
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Writes that wait when the pipe is full, so output for thousands of files is never buffered whole. */
class Output {
  constructor(private readonly stream: NodeJS.WritableStream) {}
  async write(text: string): Promise<void> {
    if (text === '' || this.stream.write(text)) return;
    await once(this.stream, 'drain');
  }
}
