import * as path from 'node:path';
import type { FileSystem } from '../files/file-system';
import { nodeFileSystem } from '../files/node-file-system';
import type { RegimeId } from '../types';
import { baseIds, getBase } from './bases';
import { finishSchema } from './compile';
import { compileLayer, type Layer } from './layer';
import { mergeLayers } from './merge';
import { fileProblem, pathProblem, type SourceDoc } from './positions';
import type { RawSchema } from './raw';
import { registeredRuleIds } from './ruleIds';
import { MAX_SCHEMA_BYTES, tooLarge } from './limits';
import { SchemaError, type Schema, type SchemaProblem } from './types';
import { unknownBaseMessage, validateShape } from './validate';
import { parseYaml } from './yamlSource';

// Reading an authority's .foi.yaml: YAML -> JSON Schema check -> compiled layers (its `extends`
// chain, base first) -> merged Schema. Every mistake becomes a SchemaProblem at its line and column;
// nothing here throws for bad input.

export const SCHEMA_FILE_NAMES = ['.foi.yaml', '.foi.yml'];

export { MAX_SCHEMA_BYTES } from './limits';
/** How many files an `extends` chain may stack (built-in bases not counted). */
export const MAX_EXTENDS_DEPTH = 10;

export interface LoadOptions {
  /**
   * Whether the workspace is trusted (default true). When false, no regular expression from a
   * .foi.yaml is compiled: they are dropped and counted in `ignoredPatterns`. Base patterns still work.
   */
  trusted?: boolean;
  /** Where settings files are read from (default: the local disk). */
  fs?: FileSystem;
  /** Rule ids that may be configured (default: the rule registry's). */
  knownRuleIds?: Iterable<string>;
}

export interface ParseResult {
  /** Present only when there are no problems. */
  schema?: Schema;
  problems: SchemaProblem[];
  /** Patterns from .foi.yaml files dropped because the workspace is untrusted. */
  ignoredPatterns: number;
}

/** The nearest .foi.yaml (or .foi.yml) in `startDir` or a folder above it. */
export function findSchemaFile(startDir: string, fs: FileSystem = nodeFileSystem): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of SCHEMA_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.isFile(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Parse and compile settings given as text. Never throws. */
export function parseSchemaText(text: string, file: string, opts: LoadOptions = {}): ParseResult {
  return parseWithDetails(text, file, opts).result;
}

/** Read and compile a settings file; throws SchemaError listing the problems. */
export function loadSchemaFile(file: string, opts: LoadOptions = {}): Schema {
  const { result } = readSchemaFile(file, opts);
  if (!result.schema) throw new SchemaError(result.problems);
  return result.schema;
}

/** What loading a file produced, plus what the resolver needs to cache it. Never throws. */
export interface LoadDetails {
  result: ParseResult;
  /** Every file the load looked at, found or not: a change to any of them invalidates the result. */
  filesTouched: string[];
  /** The built-in base the file asks for, when it names one: the fallback while the file is broken. */
  declaredBase?: RegimeId;
}

/** Read and compile a settings file without throwing. */
export function readSchemaFile(file: string, opts: LoadOptions = {}): LoadDetails {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = (opts.fs ?? nodeFileSystem).readFile(absolute);
  } catch (error) {
    return { result: { problems: [fileProblem(absolute, readFailure(error))], ignoredPatterns: 0 }, filesTouched: [absolute] };
  }
  return parseWithDetails(text, absolute, opts);
}

const baseCache = new Map<string, Schema>();
const baseLayerCache = new Map<string, { layers: Layer[]; problems: SchemaProblem[] }>();

/** The compiled built-in base (default foia). Throws for an unknown id or a broken base. */
export function baseSchema(id = 'foia'): Schema {
  const cached = baseCache.get(id);
  if (cached) return cached;
  if (!getBase(id)) throw new SchemaError([fileProblem(`<base ${id}>`, unknownBaseMessage(id, baseIds))]);
  const { layers, problems } = baseLayers(id, []);
  const { merged, problems: mergeProblems } = mergeLayers(layers);
  const { schema, problems: finishProblems } = finishSchema(merged);
  const all = [...problems, ...mergeProblems, ...finishProblems];
  if (all.length) throw new SchemaError(all);
  baseCache.set(id, schema);
  return schema;
}

interface LoadContext {
  trusted: boolean;
  fs: FileSystem;
  knownRuleIds?: ReadonlySet<string>;
  ignoredPatterns: number;
  filesTouched: Set<string>;
}

function parseWithDetails(text: string, file: string, opts: LoadOptions): LoadDetails {
  const ctx: LoadContext = {
    trusted: opts.trusted ?? true,
    fs: opts.fs ?? nodeFileSystem,
    knownRuleIds: opts.knownRuleIds ? new Set(opts.knownRuleIds) : registeredRuleIds(),
    ignoredPatterns: 0,
    filesTouched: new Set([file]),
  };
  let problems: SchemaProblem[];
  let schema: Schema | undefined;
  let declaredBase: RegimeId | undefined;
  try {
    const chain = loadChain(text, file, ctx, []);
    declaredBase = chain.declaredBase;
    problems = chain.problems;
    if (!problems.length) {
      const { merged, problems: mergeProblems } = mergeLayers(chain.layers);
      const finished = finishSchema(merged);
      problems = [...mergeProblems, ...finished.problems];
      if (!problems.length) schema = finished.schema;
    }
  } catch (error) {
    // A defect of ours, not of the file; still a message rather than a crash in an editor.
    problems = [fileProblem(file, `could not load these settings: ${(error as Error).message ?? String(error)}`)];
  }
  return {
    result: { ...(schema && { schema }), problems: inReadingOrder(problems), ignoredPatterns: ctx.ignoredPatterns },
    filesTouched: [...ctx.filesTouched],
    ...(declaredBase && { declaredBase }),
  };
}

/** Problems by file (in the order the files were first named), then by position. */
function inReadingOrder(problems: SchemaProblem[]): SchemaProblem[] {
  const fileRank = new Map<string, number>();
  for (const p of problems) if (!fileRank.has(p.file)) fileRank.set(p.file, fileRank.size);
  return [...problems].sort((a, b) => fileRank.get(a.file)! - fileRank.get(b.file)! || a.line - b.line || a.column - b.column);
}

interface Chain {
  layers: Layer[];
  problems: SchemaProblem[];
  declaredBase?: RegimeId;
}

/** Deeper than any real schema: past it the YAML reader and the validator would recurse too far. */
const MAX_NESTING = 64;

/** A problem at the first line nested past MAX_NESTING (indentation or brackets), if any. */
function tooDeep(text: string, file: string): SchemaProblem | undefined {
  let brackets = 0;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    let deepest = brackets;
    for (const c of line) {
      if (c === '[' || c === '{') deepest = Math.max(deepest, ++brackets);
      else if ((c === ']' || c === '}') && brackets > 0) brackets--;
    }
    if (deepest > MAX_NESTING || indent > MAX_NESTING * 4) {
      return { file, line: i + 1, column: 1, endLine: i + 1, endColumn: line.length + 1, message: `the settings are nested more than ${MAX_NESTING} levels deep here: no foi-lint setting needs that` };
    }
  }
  return undefined;
}

/** One user file and everything it extends, base first. `stack` holds the files extending it. */
function loadChain(text: string, file: string, ctx: LoadContext, stack: string[]): Chain {
  if (Buffer.byteLength(text, 'utf8') > MAX_SCHEMA_BYTES) {
    return { layers: [], problems: [fileProblem(file, tooLarge(Buffer.byteLength(text, 'utf8')))] };
  }
  const deep = tooDeep(text, file);
  if (deep) return { layers: [], problems: [deep] };
  const parsed = parseYaml(text, file);
  if (!parsed.raw) return { layers: [], problems: parsed.problems };
  const { src } = parsed;
  let raw = parsed.raw;
  const problems = validateShape(raw, src, baseIds);
  const extendsValue = typeof raw.extends === 'string' ? raw.extends : 'foia';
  const declaredBase = getBase(extendsValue) ? (extendsValue as RegimeId) : undefined;
  if (problems.length) return { layers: [], problems, declaredBase };

  if (!ctx.trusted) raw = dropPatterns(raw, ctx);
  const { layer, problems: layerProblems } = compileLayer(raw, src, {
    nativePatterns: false,
    patternsIgnored: !ctx.trusted,
    file,
    knownRuleIds: ctx.knownRuleIds,
  });
  problems.push(...layerProblems);

  let parents: Layer[] = [];
  if (declaredBase) {
    const base = baseLayers(declaredBase, []);
    parents = base.layers;
    problems.push(...base.problems);
  } else if (!/[/\\]|\.ya?ml$/i.test(extendsValue)) {
    // Valid by the JSON Schema's list of regimes, but not one this build has.
    problems.push(pathProblem(src, ['extends'], unknownBaseMessage(extendsValue, baseIds)));
  } else {
    const parent = loadExtended(extendsValue, src, ctx, [...stack, file]);
    parents = parent.layers;
    problems.push(...parent.problems);
  }
  return { layers: [...parents, layer], problems, declaredBase };
}

function loadExtended(value: string, src: SourceDoc, ctx: LoadContext, stack: string[]): Chain {
  const file = src.file;
  const target = path.resolve(path.dirname(file), value);
  const show = (f: string) => path.relative(path.dirname(file), f) || path.basename(f);
  if (stack.includes(target)) {
    const cycle = [...stack.slice(stack.indexOf(target)), target].map(show).join(' -> ');
    return { layers: [], problems: [pathProblem(src, ['extends'], `files extend each other in a cycle (${cycle}): remove one of these extends`)] };
  }
  if (stack.length >= MAX_EXTENDS_DEPTH) {
    return { layers: [], problems: [pathProblem(src, ['extends'], `more than ${MAX_EXTENDS_DEPTH} files extend one another: extend a file nearer the base`)] };
  }
  ctx.filesTouched.add(target);
  let text: string;
  try {
    text = ctx.fs.readFile(target);
  } catch (error) {
    return { layers: [], problems: [pathProblem(src, ['extends'], `cannot read '${value}' (${readFailure(error)})`)] };
  }
  return loadChain(text, target, ctx, stack);
}

/** A built-in base and the bases it extends, compiled once and shared. */
function baseLayers(id: string, stack: string[]): { layers: Layer[]; problems: SchemaProblem[] } {
  const cached = baseLayerCache.get(id);
  if (cached) return cached;
  const label = `<base ${id}>`;
  const raw = getBase(id);
  if (!raw) return { layers: [], problems: [fileProblem(label, unknownBaseMessage(id, baseIds))] };
  const src: SourceDoc = { file: label };
  const { layer, problems } = compileLayer(raw, src, {
    nativePatterns: true,
    patternsIgnored: false,
    baseId: id as RegimeId,
    knownRuleIds: registeredRuleIds(),
  });
  let layers = [layer];
  if (raw.extends !== undefined) {
    if (stack.includes(raw.extends) || !getBase(raw.extends)) {
      problems.push(fileProblem(label, `extends: a base may only extend another base, without cycles ('${raw.extends}')`));
    } else {
      const parent = baseLayers(raw.extends, [...stack, id]);
      layers = [...parent.layers, layer];
      problems.push(...parent.problems);
    }
  }
  const result = { layers, problems };
  // Cache only once the registry could check rule ids, so a base is not frozen unchecked.
  if (registeredRuleIds()) baseLayerCache.set(id, result);
  return result;
}

/** The raw settings without their regular expressions, counting what was dropped. */
function dropPatterns(raw: RawSchema, ctx: LoadContext): RawSchema {
  const out: RawSchema = { ...raw };
  if (raw.placeholders) {
    ctx.ignoredPatterns += raw.placeholders.length;
    delete out.placeholders;
  }
  if (raw.sections) {
    out.sections = raw.sections.map((section) => {
      const { heading, text, mustMention, ...rest } = section;
      ctx.ignoredPatterns += (heading?.length ?? 0) + (text?.length ?? 0);
      for (const m of mustMention ?? []) ctx.ignoredPatterns += typeof m.pattern === 'string' ? 1 : m.pattern.length;
      return rest;
    });
  }
  if (raw.layout) {
    const { fields = {}, questionNumber = [] } = raw.layout;
    for (const list of [...Object.values(fields), questionNumber]) ctx.ignoredPatterns += list.length;
    delete out.layout;
  }
  return out;
}

function readFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
