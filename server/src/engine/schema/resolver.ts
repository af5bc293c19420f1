import * as fs from 'node:fs';
import * as path from 'node:path';
import { baseSchema, findSchemaFile, readSchemaFile, type LoadOptions } from './load';
import type { Schema, SchemaProblem } from './types';

// Which settings apply to a draft: the --config file if given, else the nearest .foi.yaml above the
// draft, else the built-in base. Results are cached per settings file and reused until one of the
// files read for it changes on disk (or invalidate() is called), so linting on every keystroke does
// not re-read YAML.

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

export interface ResolverOptions extends Pick<LoadOptions, 'trusted' | 'knownRuleIds'> {
  /**
   * Files on disk do not change while this resolver is used (a CLI run): each folder's settings are
   * looked up once and never checked again. The language server leaves this off.
   */
  snapshot?: boolean;
}

export class SchemaResolver {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly byFolder = new Map<string, string | undefined>();
  private readonly opts: LoadOptions;
  private readonly snapshot: boolean;

  constructor(opts: ResolverOptions = {}) {
    const { snapshot, ...load } = opts;
    this.opts = load;
    this.snapshot = snapshot ?? false;
  }

  /** The settings for the draft at `draftPath`; `configPath` (from --config) wins over discovery. */
  forFile(draftPath: string, configPath?: string): ResolvedSchema {
    const file = configPath !== undefined ? path.resolve(configPath) : this.schemaFileFor(path.dirname(path.resolve(draftPath)));
    if (file === undefined) return { schema: baseSchema(), problems: [], ignoredPatterns: 0 };
    const cached = this.cache.get(file);
    if (cached && (this.snapshot || [...cached.stamps].every(([f, stamp]) => stampOf(f) === stamp))) return cached.resolved;

    // Stamps are taken before reading, so a change during the read shows up next time.
    const before = new Map<string, string>([[file, stampOf(file)]]);
    const { result, filesTouched, declaredBase } = readSchemaFile(file, this.opts);
    const stamps = new Map<string, string>();
    for (const f of filesTouched) stamps.set(f, before.get(f) ?? stampOf(f));
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
    if (!this.snapshot) return findSchemaFile(folder);
    if (!this.byFolder.has(folder)) this.byFolder.set(folder, findSchemaFile(folder));
    return this.byFolder.get(folder);
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
}

/** Modification time and size, or "missing": enough to notice an edit, a new file or a deletion. */
function stampOf(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}:${stat.size}` : 'missing';
}

// Callers that resolve schemas often want the base too.
export { baseSchema };
