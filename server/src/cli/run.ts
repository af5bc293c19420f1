import * as fs from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import { formatNames, formatOf, isConverted, type SourceFormat } from '../convert';
import { createFoiService, formatReading, type FoiService, type LintResult, type Schema, type SchemaProblem } from '../engine';
import { parseCommandLine, usage, UsageError, type FormatName, type Options } from './args';
import { cacheFilePath, contentHash, ReportCache } from './cache';
import { compactHeap, draftsPerCompaction } from '../heap';
import { changedSince, type ChangedLines } from './changed';
import { discoverFiles, type DraftFile } from './discover';
import { encode } from './encoding';
import { runExport } from './export';
import { runInit } from './init';
import type { Formatter, FormatterContext, Notice } from './formatters/formatter';
import { githubFormatter } from './formatters/github';
import { gitlabFormatter } from './formatters/gitlab';
import { jsonFormatter } from './formatters/json';
import { junitFormatter } from './formatters/junit';
import { sarifFormatter } from './formatters/sarif';
import { stylishFormatter } from './formatters/stylish';
import { readDraft } from './read';
import { readConverted } from './source';
import { addToSummary, emptySummary, reportForError, reportFromLint, type FileReport, type Summary } from './report';
import { packageVersion } from '../version';
import { writeFileAtomic, WriteRefused } from './write';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** Colour the stylish output (a terminal without NO_COLOR). */
  color: boolean;
  /** For `foi-lint init`'s questions, asked only when this is a terminal. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The same run reported a second time, in another format (the GitHub Action's SARIF file). */
  alsoReport?: { format: FormatName; stream: NodeJS.WritableStream };
  /** Told the totals when the run ends (the GitHub Action's outputs and fail level). */
  onSummary?: (summary: Readonly<Summary>) => void;
}

export const exitCodes = { ok: 0, findings: 1, trouble: 2 } as const;

/** Run the foi-lint command line; resolves to the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  // A folder named "init" is linted as ./init.
  if (argv[0] === 'init') return runInit(argv.slice(1), io);
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
  let changed: ChangedLines | undefined;
  try {
    changed = options.changedSince === undefined ? undefined : changedSince(options.changedSince, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`foi-lint: ${error.message}\n`);
    return exitCodes.trouble;
  }
  return new LintRun(options, io, configPath, changed).run();
}

class LintRun {
  /** Each report's formatter and where it goes: the chosen format on stdout, then any other. */
  private readonly reports: { out: Output; formatter: Formatter }[];
  private readonly notices: Notice[] = [];
  private readonly summary: Summary = emptySummary();
  /** Settings files do not change during a run: each folder's settings are looked up once. */
  private readonly foi = createFoiService({ trusted: true, snapshot: true });
  private readonly configProblemsShown = new Set<string>();
  private trouble = false;
  private fixedFiles = 0;
  /** Drafts checked since the last full garbage collection (see heap.ts). */
  private checkedSinceCompaction = 0;
  /** --cache: reports of drafts unchanged since the last run. */
  private readonly cache: ReportCache | undefined;

  constructor(
    private readonly options: Options,
    private readonly io: CliIo,
    private readonly configPath: string | undefined,
    private readonly changed: ChangedLines | undefined,
  ) {
    const context: FormatterContext = { version: packageVersion(), cwd: io.cwd, rules: this.foi.rules, color: io.color };
    this.reports = [{ out: new Output(io.stdout), formatter: makeFormatter(options.format, context) }];
    if (io.alsoReport) {
      this.reports.push({ out: new Output(io.alsoReport.stream), formatter: makeFormatter(io.alsoReport.format, { ...context, color: false }) });
    }
    if (options.cache && !options.explain) {
      this.cache = ReportCache.open(cacheFilePath(options.cacheLocation, io.cwd), { version: context.version, rules: this.foi.rules, quiet: options.quiet });
    }
  }

  private async write(text: (formatter: Formatter) => string): Promise<void> {
    for (const { out, formatter } of this.reports) await out.write(text(formatter));
  }

  async run(): Promise<number> {
    const { files, problems } = discoverFiles(this.options.patterns, this.io.cwd);
    for (const p of problems) this.problem(p.display, undefined, p.message);
    if (this.options.explain) return this.explain(files);
    await this.write((f) => f.start());
    for (const file of files) {
      const lines = this.changed?.lines(file.path);
      if (this.changed && !lines) continue;
      if (++this.checkedSinceCompaction >= draftsPerCompaction) {
        compactHeap();
        this.checkedSinceCompaction = 0;
      }
      const report = onlyLines(await this.checkFile(file), lines);
      addToSummary(this.summary, report);
      await this.write((f) => f.file(report));
    }
    const cacheProblem = this.cache?.save();
    if (cacheProblem !== undefined) this.io.stderr.write(`foi-lint: the cache was not saved (${cacheProblem}); the findings above are complete\n`);
    await this.write((f) => f.end(this.summary, this.notices));
    if (this.options.fix && this.fixedFiles > 0 && this.options.format === 'stylish') {
      await this.reports[0].out.write(`Fixed ${this.fixedFiles} ${this.fixedFiles === 1 ? 'file' : 'files'}.\n`);
    }
    this.io.onSummary?.(this.summary);
    return this.exitCode();
  }

  /** --explain: each draft's reading, one after another. */
  private async explain(files: DraftFile[]): Promise<number> {
    for (const [i, file] of files.entries()) {
      const format = formatOf(file.path);
      const content = format !== undefined && isConverted(format) ? await readConverted(file.path, format) : await readDraft(file.path);
      if (!content.ok) {
        this.problem(file.display, file.path, content.reason);
        continue;
      }
      const schema = this.schemaFor(file);
      if (!schema) {
        this.problem(file.display, file.path, 'not read: its configuration has errors (listed above)');
        continue;
      }
      const reading = this.foi.explain(this.foi.lint(content.text, schema));
      await this.reports[0].out.write(`${i ? '\n' : ''}${file.display}\n${formatReading(reading)}`);
    }
    return this.trouble ? exitCodes.trouble : exitCodes.ok;
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
    const format = formatOf(file.path);
    if (format !== undefined && isConverted(format)) return this.checkConverted(file, format);
    const content = await readDraft(file.path);
    if (!content.ok) return this.fileError(file, content.reason);

    const schema = this.schemaFor(file);
    if (!schema) return this.fileError(file, 'not checked: its configuration has errors (listed above)');

    const hash = this.cache ? contentHash(content.bytes) : '';
    const cached = this.cache?.get(file.path, file.display, hash, schema);
    // --fix has nothing to do on a draft whose report has no fixable finding.
    if (cached && !(this.options.fix && cached.findings.some((f) => f.fixable))) return cached;

    let result: LintResult;
    let linted = hash;
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
          if (this.cache) linted = contentHash(bytes);
        } catch (error) {
          if (!(error instanceof WriteRefused)) throw error;
          this.problem(file.display, file.path, error.message);
          result = outcome.original;
        }
      }
    } else {
      result = this.foi.lint(content.text, schema);
    }
    this.ruleFailures(file, result);
    const report = reportFromLint(file.display, file.path, result, this.options.quiet);
    // A report with a rule's internal error is not kept: the next run tries again.
    if (this.cache && result.failures.length === 0) this.cache.set(file.path, linted, schema, report);
    return report;
  }

  /** A Word document, e-mail or web page: converted, linted, reported at its paragraphs; never fixed. */
  private async checkConverted(file: DraftFile, format: SourceFormat): Promise<FileReport> {
    // With --cache the bytes are read first: an unchanged document is not converted again.
    const hash = this.cache ? hashFile(file.path) : undefined;
    const early = hash === undefined ? undefined : this.schemaFor(file);
    const cached = hash === undefined || early === undefined ? undefined : this.cache?.get(file.path, file.display, hash, early);
    if (cached && !this.options.fix) return cached;
    const content = await readConverted(file.path, format);
    if (!content.ok) return this.fileError(file, content.reason);
    const schema = this.schemaFor(file);
    if (!schema) return this.fileError(file, 'not checked: its configuration has errors (listed above)');
    if (this.options.fix) {
      this.problem(file.display, file.path, `not fixed: --fix edits Markdown and text drafts only, not a ${formatNames[format]}; make the changes in the file itself (its findings are listed)`);
    }
    const result = this.foi.lint(content.text, schema);
    this.ruleFailures(file, result);
    const report = reportFromLint(file.display, file.path, result, this.options.quiet, { format, map: content.map });
    if (this.cache && hash !== undefined && result.failures.length === 0) this.cache.set(file.path, hash, schema, report);
    return report;
  }

  private ruleFailures(file: DraftFile, result: LintResult): void {
    for (const failure of result.failures) {
      const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
      this.problem(file.display, file.path, `internal error in rule ${failure.ruleId} (${reason}); the other rules ran`);
    }
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
    case 'junit':
      return junitFormatter();
    case 'gitlab':
      return gitlabFormatter();
  }
}

/** A report narrowed to findings on the changed lines (--changed-since). */
function onlyLines(report: FileReport, lines: ReadonlySet<number> | 'all' | undefined): FileReport {
  if (lines === undefined || lines === 'all') return report;
  const touched = (f: FileReport['findings'][number]): boolean => {
    for (let n = f.line; n <= f.endLine; n++) if (lines.has(n)) return true;
    return false;
  };
  return { ...report, findings: report.findings.filter(touched) };
}

function listRules(foi: FoiService): string {
  const metas = foi.rules;
  const idWidth = Math.max(4, ...metas.map((m) => m.id.length));
  const rows = metas.map((m) => `${m.id.padEnd(idWidth)}  ${m.defaultSeverity.padEnd(7)}  ${(m.fixable ? 'yes' : '').padEnd(3)}  ${m.description}`);
  return [`${'rule'.padEnd(idWidth)}  default  fix  checks`, ...rows].join('\n') + '\n';
}

/** The content hash of a file, or undefined when it cannot be read (the reader then says why). */
function hashFile(file: string): string | undefined {
  try {
    return contentHash(fs.readFileSync(file));
  } catch {
    return undefined;
  }
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
