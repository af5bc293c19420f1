import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Schema } from '../engine';
import type { FileReport } from './report';

// --cache: each draft's report kept between runs, in one JSON file, and reused while nothing it
// depends on has changed. An entry is reused only when all of these are as they were:
//   - the draft's bytes (a SHA-256 of the content, not its modification time, so a fresh checkout in CI
//     still hits);
//   - its settings: every .foi.yaml file read for it, by path and content, and the built-in base;
//   - the run: foi-lint's version, its rules, and the options that change a report (--quiet).
// A cache file that cannot be read or is not one of ours is ignored and written anew; the file is
// replaced atomically (written beside it, then renamed), so a killed run leaves the old one or none.

/** The default file name, in the current folder (or in the folder --cache-location names). */
export const defaultCacheName = '.foi-lint-cache';

/** Bumped when the layout of the file or of a report changes. */
const cacheFormat = 1;

/** A report as stored: the file's names are the entry's key, so they are not kept twice. */
type StoredReport = Omit<FileReport, 'file' | 'path'>;

interface Entry {
  /** SHA-256 of the draft's bytes. */
  hash: string;
  /** The settings' fingerprint (settingsKey). */
  settings: string;
  report: StoredReport;
}

interface CacheFile {
  foiLintCache: number;
  /** The run's fingerprint: version, rules, options. */
  run: string;
  /** Keyed by the draft's path relative to the cache file's folder. */
  files: Record<string, Entry>;
}

/** Where the cache goes: a file, or `.foi-lint-cache` in a folder (one that exists, or a path ending in a slash). */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, defaultCacheName);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location) || isFolder(resolved)) return path.join(resolved, defaultCacheName);
  return resolved;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

export class ReportCache {
  private readonly folder: string;
  private readonly previous: Record<string, Entry>;
  private readonly next = new Map<string, Entry>();
  private readonly settingsKeys = new WeakMap<Schema, string>();
  /** Entries reused in this run, for the summary line and tests. */
  hits = 0;

  private constructor(
    readonly file: string,
    private readonly run: string,
    previous: Record<string, Entry>,
  ) {
    this.folder = path.dirname(file);
    this.previous = previous;
  }

  /** Open the cache at `file` for a run with this fingerprint; anything unusable there is ignored. */
  static open(file: string, run: { version: string; rules: readonly { id: string; defaultSeverity: string }[]; quiet: boolean }): ReportCache {
    const runKey = createHash('sha256')
      .update(JSON.stringify([cacheFormat, run.version, run.rules.map((r) => `${r.id}:${r.defaultSeverity}`), run.quiet]))
      .digest('base64');
    let previous: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
      if (parsed && parsed.foiLintCache === cacheFormat && parsed.run === runKey && isRecord(parsed.files)) {
        previous = Object.assign(Object.create(null) as Record<string, Entry>, parsed.files);
      }
    } catch {
      // No cache yet, or one that is not JSON: start empty; it is rewritten at the end of the run.
    }
    return new ReportCache(file, runKey, previous);
  }

  /** The settings' fingerprint: the base, and each settings file read, by path and content. */
  settingsKey(schema: Schema): string {
    let key = this.settingsKeys.get(schema);
    if (key === undefined) {
      const h = createHash('sha256').update(`${schema.base}\0`);
      for (const f of schema.files) {
        h.update(`${f}\0`);
        try {
          h.update(fs.readFileSync(f));
        } catch {
          h.update('\0unreadable\0');
        }
        h.update('\0');
      }
      key = h.digest('base64');
      this.settingsKeys.set(schema, key);
    }
    return key;
  }

  /** The stored report for this draft, if its content and settings are those it was made from. */
  get(draftPath: string, display: string, hash: string, schema: Schema): FileReport | undefined {
    const key = this.key(draftPath);
    const entry = this.previous[key];
    if (!isEntry(entry) || entry.hash !== hash || entry.settings !== this.settingsKey(schema)) return undefined;
    this.next.set(key, entry);
    this.hits++;
    return { ...entry.report, file: display, path: draftPath };
  }

  set(draftPath: string, hash: string, schema: Schema, report: FileReport): void {
    const { file: _file, path: _path, ...stored } = report;
    this.next.set(this.key(draftPath), { hash, settings: this.settingsKey(schema), report: stored });
  }

  /**
   * Write the cache: this run's entries, and earlier ones for drafts this run did not check that
   * still exist. Atomic: a temporary file beside it is renamed over it. Returns a reason on failure.
   */
  save(): string | undefined {
    const files: Record<string, Entry> = {};
    for (const [key, entry] of Object.entries(this.previous)) {
      if (!this.next.has(key) && isEntry(entry) && fs.existsSync(path.resolve(this.folder, key))) files[key] = entry;
    }
    for (const [key, entry] of this.next) files[key] = entry;
    const doc: CacheFile = { foiLintCache: cacheFormat, run: this.run, files };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(this.folder, { recursive: true });
      fs.writeFileSync(temp, JSON.stringify(doc));
      fs.renameSync(temp, this.file);
      return undefined;
    } catch (error) {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // Nothing was written there.
      }
      return error instanceof Error ? error.message : String(error);
    }
  }

  private key(draftPath: string): string {
    return path.relative(this.folder, draftPath).split(path.sep).join('/');
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isEntry(x: unknown): x is Entry {
  if (!isRecord(x) || typeof x.hash !== 'string' || typeof x.settings !== 'string' || !isRecord(x.report)) return false;
  const r = x.report;
  return (
    Array.isArray(r.findings) &&
    r.findings.every((f) => isRecord(f) && typeof f.ruleId === 'string' && typeof f.severity === 'string' && typeof f.message === 'string' && typeof f.line === 'number' && typeof f.column === 'number' && typeof f.endLine === 'number' && typeof f.endColumn === 'number') &&
    Array.isArray(r.questions) &&
    r.questions.every((q) => isRecord(q) && typeof q.number === 'string' && typeof q.text === 'string' && typeof q.line === 'number') &&
    Array.isArray(r.sections) &&
    isRecord(r.dates)
  );
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
