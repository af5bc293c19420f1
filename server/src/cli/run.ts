import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';
import type { RuleMeta, SchemaProblem } from '../engine';
import { parseCommandLine, usage, UsageError, type FormatName, type Options } from './args';
import { cacheFilePath, ReportCache } from './cache';
import type { CheckEvents, FileChecker } from './check';
import { draftChecked } from '../heap';
import { changedSince, type ChangedLines } from './changed';
import { discoverFiles, isDraftFile, type DiscoveryProblem, type DraftFile } from './discover';
import type { Formatter, FormatterContext, Notice } from './formatters/formatter';
import { githubFormatter } from './formatters/github';
import { gitlabFormatter } from './formatters/gitlab';
import { jsonFormatter } from './formatters/json';
import { junitFormatter } from './formatters/junit';
import { sarifFormatter } from './formatters/sarif';
import { stylishFormatter } from './formatters/stylish';
import type { CheckEvent } from './pool-messages';
import { LintPool, workerScript } from './pool';
import { addToSummary, emptySummary, type FileReport, type Summary } from './report';
import { packageVersion } from '../version';

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
  // Required when used, as the engine is (checkModule): a run with a pool leaves it to the workers.
  if (argv[0] === 'export') return (require('./export') as typeof import('./export')).runExport(argv.slice(1), io);
  // A folder named "init" is linted as ./init.
  if (argv[0] === 'init') return (require('./init') as typeof import('./init')).runInit(argv.slice(1), io);
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
    io.stdout.write(listRules(checkModule().ruleList()));
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

/** With --concurrency auto, fewer drafts than this are checked in the main thread: starting workers costs more. */
const poolFrom = 200;
/** --concurrency auto uses at most this many workers: each is some 30 MB more memory. */
const autoThreads = 4;
/** Drafts in hand at once with a pool: checked or being checked, waiting for their turn to be printed. */
const poolWindow = 64;

/** One draft's or argument's turn in the output: what it told, then its report (none for a problem). */
interface Step {
  replay(): void;
  report?: FileReport;
  lines?: ReadonlySet<number> | 'all';
}

class LintRun implements CheckEvents {
  /** Each report's formatter and where it goes: the chosen format on stdout, then any other. */
  private reports: { out: Output; formatter: Formatter }[] = [];
  private readonly notices: Notice[] = [];
  private readonly summary: Summary = emptySummary();
  private readonly configProblemsShown = new Set<string>();
  private trouble = false;
  private fixedFiles = 0;
  /** --cache: reports of drafts unchanged since the last run. */
  private cache: ReportCache | undefined;
  /** The main thread's own checker: the whole run without a pool; with one, only a draft a worker failed on. */
  private checker: FileChecker | undefined;

  constructor(
    private readonly options: Options,
    private readonly io: CliIo,
    private readonly configPath: string | undefined,
    private readonly changed: ChangedLines | undefined,
  ) {}

  private local(): FileChecker {
    this.checker ??= new (checkModule().FileChecker)({ fix: this.options.fix, quiet: this.options.quiet, configPath: this.configPath }, this, this.cache);
    return this.checker;
  }

  private async write(text: (formatter: Formatter) => string): Promise<void> {
    for (const { out, formatter } of this.reports) await out.write(text(formatter));
  }

  async run(): Promise<number> {
    const found = discoverFiles(this.options.patterns, this.io.cwd);
    if (this.options.explain) return this.explain(found);
    // The first drafts are looked ahead at: enough of them is worth a pool.
    const ahead: (DraftFile | DiscoveryProblem)[] = [];
    let files = 0;
    for (let next = found.next(); !next.done; next = found.next()) {
      ahead.push(next.value);
      if (isDraftFile(next.value) && ++files > poolFrom) break;
    }
    let pool = this.startPool(files);
    const rules = pool ? await pool.rules : undefined;
    if (pool && !rules) {
      // The workers did not start: the main thread checks everything.
      await pool.close();
      pool = undefined;
    }
    this.open(rules ?? this.local().rules);
    await this.write((f) => f.start());
    const pending: Promise<Step>[] = [];
    const window = pool ? Math.max(poolWindow, 2 * pool.capacity) : 1;
    try {
      for (const item of chain(ahead, found)) {
        const step = this.step(item, pool);
        // A failure is thrown where the step is awaited, in its turn; not as well, unheard, before that.
        step.catch(() => undefined);
        pending.push(step);
        if (pending.length >= window) await this.finish(await pending.shift()!);
      }
      for (let step = pending.shift(); step; step = pending.shift()) await this.finish(await step);
    } finally {
      await pool?.close();
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

  /** The formatters and the cache, once the rules are known (the SARIF report lists them; they key the cache). */
  private open(rules: readonly RuleMeta[]): void {
    const context: FormatterContext = { version: packageVersion(), cwd: this.io.cwd, rules, color: this.io.color };
    this.reports = [{ out: new Output(this.io.stdout), formatter: makeFormatter(this.options.format, context) }];
    if (this.io.alsoReport) {
      this.reports.push({ out: new Output(this.io.alsoReport.stream), formatter: makeFormatter(this.io.alsoReport.format, { ...context, color: false }) });
    }
    if (this.options.cache) {
      this.cache = ReportCache.open(cacheFilePath(this.options.cacheLocation, this.io.cwd), { version: context.version, rules, quiet: this.options.quiet });
      this.checker?.useCache(this.cache);
    }
  }

  /**
   * Workers, when they are worth it: --concurrency 2 or more, or auto on a machine with more than one
   * processor and more than a few hundred drafts (one per processor, up to autoThreads). --fix stays in
   * the main thread: it writes files back, and one writer keeps the refusals and the count of files
   * fixed as they are.
   */
  private startPool(files: number): LintPool | undefined {
    const { concurrency, fix } = this.options;
    const threads = concurrency === 'auto' ? (files > poolFrom ? Math.min(availableParallelism(), autoThreads) : 1) : concurrency;
    if (threads < 2 || fix) return undefined;
    const script = workerScript();
    if (script === undefined) return undefined;
    return new LintPool(threads, script, { quiet: this.options.quiet, configPath: this.configPath, cache: this.options.cache });
  }

  /** Start checking a draft (or take an argument's problem); resolves when its turn's output is known. */
  private async step(item: DraftFile | DiscoveryProblem, pool: LintPool | undefined): Promise<Step> {
    if (!isDraftFile(item)) return { replay: () => this.problem(item.display, undefined, item.message) };
    const lines = this.changed?.lines(item.path);
    if (this.changed && !lines) return { replay: () => undefined };
    if (pool) {
      const outcome = await pool.check(item, this.cache?.entry(item.path));
      // A worker that failed on the draft: it is checked here, to fail (or not) as it would without the pool.
      if (outcome) return { replay: () => this.replay(item.path, outcome.events), report: outcome.report, lines };
    }
    return { replay: () => undefined, report: await this.checkHere(item), lines };
  }

  private async checkHere(file: DraftFile): Promise<FileReport> {
    draftChecked();
    return this.local().check(file);
  }

  private replay(draftPath: string, events: readonly CheckEvent[]): void {
    for (const e of events) {
      if (e.kind === 'problem') this.problem(e.display, e.absolute, e.message);
      else if (e.kind === 'config') this.configProblem(e.problem);
      else if (e.kind === 'reused') this.cache?.reuse(draftPath);
      else this.cache?.store(draftPath, e.hash, e.settings, e.report);
    }
  }

  private async finish(step: Step): Promise<void> {
    step.replay();
    if (!step.report) return;
    const report = onlyLines(step.report, step.lines);
    addToSummary(this.summary, report);
    await this.write((f) => f.file(report));
  }

  /** --explain: each draft's reading, one after another. */
  private async explain(found: Iterable<DraftFile | DiscoveryProblem>): Promise<number> {
    const out = new Output(this.io.stdout);
    let files = 0;
    for (const item of found) {
      if (!isDraftFile(item)) {
        this.problem(item.display, undefined, item.message);
        continue;
      }
      const reading = await this.local().explain(item);
      if (reading !== undefined) await out.write(`${files ? '\n' : ''}${item.display}\n${reading}`);
      files++;
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

  fixed(): void {
    this.fixedFiles++;
  }

  /** A config file's mistake, printed once however many drafts it governs. */
  configProblem(p: SchemaProblem): void {
    const display = path.isAbsolute(p.file) ? path.relative(this.io.cwd, p.file) || p.file : p.file;
    const shown = display.startsWith('..') ? p.file : display;
    const text = p.line > 0 ? `${shown}:${p.line}:${p.column}: ${p.message}` : `${shown}: ${p.message}`;
    this.trouble = true;
    if (this.configProblemsShown.has(text)) return;
    this.configProblemsShown.add(text);
    this.io.stderr.write(`${text}\n`);
    this.notices.push({ message: p.message, file: shown, path: path.resolve(this.io.cwd, p.file), line: p.line, column: p.column });
  }

  problem(display: string, absolute: string | undefined, message: string): void {
    this.trouble = true;
    this.io.stderr.write(`foi-lint: ${display}: ${message}\n`);
    this.notices.push({ message: `${display}: ${message}`, file: display, path: absolute });
  }
}

/** The engine is loaded where drafts are checked: with a pool, in the workers alone. */
function checkModule(): typeof import('./check') {
  return require('./check') as typeof import('./check');
}

/** The items looked ahead at, then the rest (an iterator left open by the look ahead). */
function* chain<T>(first: Iterable<T>, rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
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

function listRules(metas: readonly RuleMeta[]): string {
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
