import * as path from 'node:path';
import type { FileSystem } from '../files/file-system';
import { nodeFileSystem } from '../files/node-file-system';
import { baseSchema, findSchemaFile, readSchemaFile, type LoadOptions } from './load';
import type { Schema, SchemaProblem } from './types';

// Which settings apply to a draft: the --config file if given, else the nearest .foi.yaml above the
// draft, else the built-in base. This is the one cache of settings: results are kept per settings file
// and reused until one of the files read for it changes (its stamp differs, or the file system's
// watcher reports it, or invalidate() is called), so linting on every keystroke does not re-read YAML.

export interface ResolvedSchema {
  /** Always usable: the file's settings, or the base while the file has problems. */
  schema: Schema;
  /** The settings file that applies, if any. */
  file?: string;
  problems: SchemaProblem[];
  /** Patterns from .foi.yaml files not used because the workspace is untrusted. */
  ignoredPatterns: number;
}

interface CacheEntry {
  resolved: ResolvedSchema;
  /** Each file read (or looked for) and its stamp when read. */
  stamps: Map<string, string>;
}

export interface ResolverOptions extends Pick<LoadOptions, 'trusted' | 'knownRuleIds' | 'fs'> {
  /**
   * Files do not change while this resolver is used (a CLI run): each folder's settings are looked up
   * once and never checked again. The language server leaves this off.
   */
  snapshot?: boolean;
}

export class SchemaResolver {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly byFolder = new Map<string, string | undefined>();
  private opts: LoadOptions & { fs: FileSystem };
  private readonly snapshot: boolean;
  private readonly watching?: { dispose(): void };

  constructor(opts: ResolverOptions = {}) {
    const { snapshot, ...load } = opts;
    this.opts = { ...load, fs: load.fs ?? nodeFileSystem };
    this.snapshot = snapshot ?? false;
    this.watching = this.opts.fs.watch?.((files) => {
      for (const file of files) this.invalidate(file);
    });
  }

  get trusted(): boolean {
    return this.opts.trusted ?? true;
  }

  /** Trust decides which patterns are compiled: a change drops every cached result. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.opts = { ...this.opts, trusted };
    this.invalidate();
  }

  /** The settings for the draft at `draftPath`; `configPath` (from --config) wins over discovery. */
  forFile(draftPath: string, configPath?: string): ResolvedSchema {
    const file = configPath !== undefined ? path.resolve(configPath) : this.schemaFileFor(path.dirname(path.resolve(draftPath)));
    if (file === undefined) return { schema: baseSchema(), problems: [], ignoredPatterns: 0 };
    return this.load(file);
  }

  /** The settings in one file (as the file in effect for a draft, or to check an open settings file). */
  load(file: string): ResolvedSchema {
    const cached = this.cache.get(file);
    if (cached && (this.snapshot || [...cached.stamps].every(([f, stamp]) => this.stampOf(f) === stamp))) return cached.resolved;

    // Stamps are taken before reading, so a change during the read shows up next time.
    const before = new Map<string, string>([[file, this.stampOf(file)]]);
    const { result, filesTouched, declaredBase } = readSchemaFile(file, this.opts);
    const stamps = new Map<string, string>();
    for (const f of filesTouched) stamps.set(f, before.get(f) ?? this.stampOf(f));
    const resolved: ResolvedSchema = {
      schema: result.schema ?? baseSchema(declaredBase ?? 'foia'),
      file,
      problems: result.problems,
      ignoredPatterns: result.ignoredPatterns,
    };
    this.cache.set(file, { resolved, stamps });
    return resolved;
  }

  private schemaFileFor(folder: string): string | undefined {
    if (!this.snapshot) return findSchemaFile(folder, this.opts.fs);
    if (!this.byFolder.has(folder)) this.byFolder.set(folder, findSchemaFile(folder, this.opts.fs));
    return this.byFolder.get(folder);
  }

  /** Without stamps, a file is taken as unchanged until the watcher or invalidate() says otherwise. */
  private stampOf(file: string): string {
    return this.opts.fs.stamp?.(file) ?? '';
  }

  /** Forget the cached result for one settings file (or any result that read it), or for all. */
  invalidate(file?: string): void {
    this.byFolder.clear();
    if (file === undefined) {
      this.cache.clear();
      return;
    }
    const target = path.resolve(file);
    for (const [key, entry] of this.cache) {
      if (key === target || entry.stamps.has(target)) this.cache.delete(key);
    }
  }

  /** Stop listening to the file system's watcher. */
  dispose(): void {
    this.watching?.dispose();
  }
}

// Callers that resolve schemas often want the base too.
export { baseSchema };
