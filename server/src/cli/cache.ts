import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Schema } from '../engine';
import type { FileReport } from './report';

// --cache: each draft's report kept between runs, in one file, and reused while nothing it
// depends on has changed. An entry is reused only when all of these are as they were:
//   - the draft's bytes (a SHA-256 of the content, not its modification time, so a fresh checkout in CI
//     still hits);
//   - its settings: every .foi.yaml file read for it, by path and content, and the built-in base;
//   - the run: foi-lint's version, its rules, and the options that change a report (--quiet).
// A cache file (or a line of one) that cannot be read or is not one of ours is ignored and written
// anew. The new file is written beside the old one as the run goes and renamed over it at the end, so
// a killed run leaves the old one.

/** The default file name, in the current folder (or in the folder --cache-location names). */
export const defaultCacheName = '.foi-lint-cache';

/** Bumped when the layout of the file or of a report changes. */
const cacheFormat = 2;

// The file: a first line of JSON ({"foiLintCache": 2, "run": "..."}), then one line per draft:
//   "path"<TAB>content hash<TAB>settings fingerprint<TAB>report as JSON (without its file names)
// with the path a JSON string relative to the cache file's folder. Lines are read without parsing the
// reports: a report is parsed only when it is used, and one kept for the next run is written back as it
// was read. A line that does not read is skipped.

export interface StoredEntry {
  /** SHA-256 of the draft's bytes. */
  hash: string;
  /** The settings' fingerprint (SettingsKeys). */
  settings: string;
  /** The report without `file` and `path`, as JSON: text, or the bytes of the line read (decoded when used). */
  report: string | Buffer;
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

/** The content hash of a file, or undefined when it cannot be read (the reader then says why). */
export function hashFile(file: string): string | undefined {
  try {
    return contentHash(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/** The settings' fingerprint: the base, and each settings file read, by path and content. */
export class SettingsKeys {
  private readonly keys = new WeakMap<Schema, string>();

  of(schema: Schema): string {
    let key = this.keys.get(schema);
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
      this.keys.set(schema, key);
    }
    return key;
  }
}

/** The report kept in an entry: without its file names, as JSON. */
export function storedReport(report: FileReport): string {
  const { file: _file, path: _path, ...stored } = report;
  return JSON.stringify(stored);
}

/** An entry's report as text (the bytes of a line read are decoded when used). */
function reportText(entry: StoredEntry): string {
  return typeof entry.report === 'string' ? entry.report : entry.report.toString('utf8');
}

/** An entry's report, when it was made from this content and these settings and still reads. */
export function reusable(entry: StoredEntry, hash: string, settings: string, display: string, draftPath: string): FileReport | undefined {
  if (entry.hash !== hash || entry.settings !== settings) return undefined;
  let report: unknown;
  try {
    report = JSON.parse(reportText(entry));
  } catch {
    return undefined;
  }
  return isReport(report) ? { ...report, file: display, path: draftPath } : undefined;
}

export class ReportCache {
  private readonly folder: string;
  /** Drafts of this run already written to the temporary file that save() renames into place. */
  private readonly written = new Set<string>();
  private out: { temp: string; writer: LineWriter } | undefined;
  /** Why the cache cannot be written, once writing it failed. */
  private failure: string | undefined;
  private readonly settingsKeys = new SettingsKeys();
  /** Entries reused in this run. */
  hits = 0;

  private constructor(
    readonly file: string,
    private readonly run: string,
    private readonly previous: Map<string, StoredEntry>,
  ) {
    this.folder = path.dirname(file);
  }

  /** Open the cache at `file` for a run with this fingerprint; anything unusable there is ignored. */
  static open(file: string, run: { version: string; rules: readonly { id: string; defaultSeverity: string }[]; quiet: boolean }): ReportCache {
    const runKey = createHash('sha256')
      .update(JSON.stringify([cacheFormat, run.version, run.rules.map((r) => `${r.id}:${r.defaultSeverity}`), run.quiet]))
      .digest('base64');
    const previous = new Map<string, StoredEntry>();
    let bytes: Buffer = Buffer.alloc(0);
    try {
      bytes = fs.readFileSync(file);
    } catch {
      // No cache yet: start empty; it is written at the end of the run.
    }
    // Read as bytes: the reports stay undecoded slices of the file until one is used.
    const firstEnd = bytes.indexOf(NL);
    if (firstEnd > 0 && headerMatches(bytes.toString('utf8', 0, firstEnd), runKey)) {
      for (let start = firstEnd + 1; start < bytes.length; ) {
        let end = bytes.indexOf(NL, start);
        if (end < 0) end = bytes.length;
        const tabs: number[] = [];
        for (let at = bytes.indexOf(TAB, start); at >= 0 && at < end && tabs.length < 4; at = bytes.indexOf(TAB, at + 1)) tabs.push(at);
        const lineStart = start;
        start = end + 1;
        if (tabs.length !== 3) continue;
        const key = parseKey(bytes.toString('utf8', lineStart, tabs[0]));
        const hash = bytes.toString('latin1', tabs[0] + 1, tabs[1]);
        const settings = bytes.toString('latin1', tabs[1] + 1, tabs[2]);
        if (key === undefined || hash === '' || settings === '' || tabs[2] + 1 >= end) continue;
        previous.set(key, { hash, settings, report: bytes.subarray(tabs[2] + 1, end) });
      }
    }
    return new ReportCache(file, runKey, previous);
  }

  /** The stored report for this draft, if its content and settings are those it was made from. */
  get(draftPath: string, display: string, hash: string, schema: Schema): FileReport | undefined {
    const key = this.key(draftPath);
    const entry = this.previous.get(key);
    const report = entry && reusable(entry, hash, this.settingsKeys.of(schema), display, draftPath);
    if (entry && report) this.keep(key, entry);
    return report;
  }

  set(draftPath: string, hash: string, schema: Schema, report: FileReport): void {
    this.store(draftPath, hash, this.settingsKeys.of(schema), storedReport(report));
  }

  // A worker of the pool is sent a draft's entry, and tells which of these two to do with it.

  /** The previous run's entry for a draft, its report as text (to send to a worker). */
  entry(draftPath: string): (StoredEntry & { report: string }) | undefined {
    const entry = this.previous.get(this.key(draftPath));
    return entry && { ...entry, report: reportText(entry) };
  }

  /** The previous entry was reused: kept for the next run. */
  reuse(draftPath: string): void {
    const key = this.key(draftPath);
    const entry = this.previous.get(key);
    if (entry !== undefined) this.keep(key, entry);
  }

  private keep(key: string, entry: StoredEntry): void {
    this.write(key, entry);
    this.hits++;
  }

  /** A new report (storedReport's text) for the draft. */
  store(draftPath: string, hash: string, settings: string, report: string): void {
    this.write(this.key(draftPath), { hash, settings, report });
  }

  /** The temporary file, opened with its header line on first use. */
  private opened(): LineWriter {
    if (!this.out) {
      fs.mkdirSync(this.folder, { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      const writer = new LineWriter(fs.openSync(temp, 'w'));
      this.out = { temp, writer };
      writer.text(`${JSON.stringify({ foiLintCache: cacheFormat, run: this.run })}\n`);
    }
    return this.out.writer;
  }

  /** Each entry of this run goes to the temporary file at once: reports are not kept in memory. */
  private write(key: string, entry: StoredEntry): void {
    if (this.failure !== undefined || this.written.has(key)) return;
    try {
      const out = this.opened();
      out.text(`${JSON.stringify(key)}\t${entry.hash}\t${entry.settings}\t`);
      if (typeof entry.report === 'string') out.text(entry.report);
      else out.bytes(entry.report);
      out.text('\n');
      this.written.add(key);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * Write the cache: this run's entries, and earlier ones for drafts this run did not check that
   * still exist. Atomic: a temporary file beside it is renamed over it. Returns a reason on failure.
   */
  save(): string | undefined {
    for (const [key, entry] of this.previous) {
      if (!this.written.has(key) && fs.existsSync(path.resolve(this.folder, key))) this.write(key, entry);
    }
    try {
      if (this.failure !== undefined) throw new Error(this.failure);
      this.opened().flush();
      const out = this.out!;
      fs.closeSync(out.writer.fd);
      fs.renameSync(out.temp, this.file);
      return undefined;
    } catch (error) {
      if (this.out) {
        for (const undo of [() => fs.closeSync(this.out!.writer.fd), () => fs.rmSync(this.out!.temp, { force: true })]) {
          try {
            undo();
          } catch {
            // Closed already, or nothing was written there.
          }
        }
      }
      return error instanceof Error ? error.message : String(error);
    }
  }

  private key(draftPath: string): string {
    return path.relative(this.folder, draftPath).split(path.sep).join('/');
  }
}

const NL = 0x0a;
const TAB = 0x09;

/** Synchronous writes to a file in chunks of about 64 KB. */
class LineWriter {
  private readonly chunk = Buffer.allocUnsafe(64 * 1024);
  private used = 0;
  constructor(readonly fd: number) {}

  text(s: string): void {
    if (s.length * 3 > this.chunk.length - this.used) this.flush();
    if (s.length * 3 > this.chunk.length) {
      fs.writeSync(this.fd, s);
      return;
    }
    this.used += this.chunk.write(s, this.used);
  }

  bytes(b: Buffer): void {
    if (b.length > this.chunk.length - this.used) this.flush();
    if (b.length > this.chunk.length) {
      fs.writeSync(this.fd, b);
      return;
    }
    this.used += b.copy(this.chunk, this.used);
  }

  flush(): void {
    let at = 0;
    while (at < this.used) at += fs.writeSync(this.fd, this.chunk, at, this.used - at);
    this.used = 0;
  }
}

function headerMatches(line: string, runKey: string): boolean {
  try {
    const header = JSON.parse(line) as unknown;
    return isRecord(header) && header.foiLintCache === cacheFormat && header.run === runKey;
  } catch {
    return false;
  }
}

function parseKey(field: string): string | undefined {
  try {
    const key = JSON.parse(field) as unknown;
    return typeof key === 'string' && key !== '' ? key : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isReport(r: unknown): r is Omit<FileReport, 'file' | 'path'> {
  return (
    isRecord(r) &&
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
