import { formatOf, formatNames, isConverted, type SourceFormat } from '../convert';
import { createFoiService, formatReading, type LintResult, type RuleMeta, type Schema, type SchemaProblem } from '../engine';
import { contentHash, hashFile } from './cache';
import type { DraftFile } from './discover';
import { encode } from './encoding';
import { readDraft } from './read';
import { readConverted } from './source';
import { reportForError, reportFromLint, type FileReport } from './report';
import { writeFileAtomic, WriteRefused } from './write';

// One draft read, configured, linted (and fixed): the work the CLI does per file, in the main thread
// or in a worker of the pool (pool.ts). What it has to say besides the report goes to its events,
// which the main thread prints in the order of the files.

export interface CheckEvents {
  /** A file that could not be checked, or a rule that failed on it. */
  problem(display: string, absolute: string | undefined, message: string): void;
  /** A settings file's mistake, told for every draft it governs (the run prints it once). */
  configProblem(p: SchemaProblem): void;
  /** --fix wrote a file. */
  fixed(): void;
}

/** --cache as the checker sees it: the ReportCache itself, or a worker's relay to it (pool-worker.ts). */
export interface CacheAccess {
  get(draftPath: string, display: string, hash: string, schema: Schema): FileReport | undefined;
  set(draftPath: string, hash: string, schema: Schema, report: FileReport): void;
}

export interface CheckOptions {
  fix: boolean;
  quiet: boolean;
  configPath: string | undefined;
}

/** The rules, for --list-rules. */
export function ruleList(): readonly RuleMeta[] {
  return createFoiService().rules;
}

const configFailed = 'its configuration has errors (listed above)';

export class FileChecker {
  /** Settings files do not change during a run: each folder's settings are looked up once. */
  private readonly foi = createFoiService({ trusted: true, snapshot: true });

  constructor(
    private readonly options: CheckOptions,
    private readonly events: CheckEvents,
    private cache: CacheAccess | undefined = undefined,
  ) {}

  get rules(): readonly RuleMeta[] {
    return this.foi.rules;
  }

  /** The cache is opened once the rules are known (they are part of its key). */
  useCache(cache: CacheAccess | undefined): void {
    this.cache = cache;
  }

  /** Read, configure, lint (and fix) one file; the draft model is dropped when this returns. */
  async check(file: DraftFile): Promise<FileReport> {
    const format = formatOf(file.path);
    if (format !== undefined && isConverted(format)) return this.checkConverted(file, format);
    const content = await readDraft(file.path);
    if (!content.ok) return this.fileError(file, content.reason);

    const schema = this.schemaFor(file);
    if (!schema) return this.fileError(file, `not checked: ${configFailed}`);

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
          this.events.fixed();
          if (this.cache) linted = contentHash(bytes);
        } catch (error) {
          if (!(error instanceof WriteRefused)) throw error;
          this.events.problem(file.display, file.path, error.message);
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

  /** --explain: how the draft was read, or undefined when it was not (the events say why). */
  async explain(file: DraftFile): Promise<string | undefined> {
    const format = formatOf(file.path);
    const content = format !== undefined && isConverted(format) ? await readConverted(file.path, format) : await readDraft(file.path);
    if (!content.ok) {
      this.events.problem(file.display, file.path, content.reason);
      return undefined;
    }
    const schema = this.schemaFor(file);
    if (!schema) {
      this.events.problem(file.display, file.path, `not read: ${configFailed}`);
      return undefined;
    }
    return formatReading(this.foi.explain(this.foi.lint(content.text, schema)));
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
    if (!schema) return this.fileError(file, `not checked: ${configFailed}`);
    if (this.options.fix) {
      this.events.problem(file.display, file.path, `not fixed: --fix edits Markdown and text drafts only, not a ${formatNames[format]}; make the changes in the file itself (its findings are listed)`);
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
      this.events.problem(file.display, file.path, `internal error in rule ${failure.ruleId} (${reason}); the other rules ran`);
    }
  }

  /** The settings for a draft; undefined when its settings file has mistakes (told to the events). */
  private schemaFor(file: DraftFile): Schema | undefined {
    const resolved = this.foi.schemas.forDraft(file.path, this.options.configPath);
    for (const p of resolved.problems) this.events.configProblem(p);
    // The built-in base stands in for a broken file in the editor; here it would pass drafts the
    // authority's own settings reject, so such drafts are not checked (exit 2 says why).
    return resolved.problems.length > 0 ? undefined : resolved.schema;
  }

  private fileError(file: DraftFile, reason: string): FileReport {
    this.events.problem(file.display, file.path, reason);
    return reportForError(file.display, file.path, reason);
  }
}
