import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as lsp from 'vscode-languageserver/node';
import { SchemaResolver, baseSchema } from '../engine/schema/resolver';
import { parseSchemaText } from '../engine/schema/load';
import type { Schema, SchemaProblem } from '../engine/schema/types';

// The schema in effect for each draft, kept fresh while the user edits `.foi.yaml`: an open buffer
// wins over the file on disk (so a draft reacts before the schema is saved), watched-file events
// drop cached files, and every schema problem is published as a diagnostic in the file at fault.

export interface ResolvedSchema {
  schema: Schema;
  /** The schema file in effect, if any. */
  file?: string;
  problems: SchemaProblem[];
}

export interface SchemaServiceHost {
  publish(uri: string, diagnostics: lsp.Diagnostic[]): void;
  log(message: string): void;
}

/** `.foi.yaml` (or `name.foi.yaml`) anywhere. */
export function isSchemaFileName(file: string): boolean {
  const name = path.basename(file);
  return name === '.foi.yaml' || name === '.foi.yml' || name.endsWith('.foi.yaml') || name.endsWith('.foi.yml');
}

export class SchemaService {
  private resolver: SchemaResolver;
  private trusted: boolean;
  /** Open schema buffers by file path: their text and what parsing it gave. */
  private readonly buffers = new Map<string, { text: string; schema?: Schema; problems: SchemaProblem[] }>();
  /** Problems from resolving drafts' schemas, keyed by the schema file that was resolved. */
  private readonly resolved = new Map<string, SchemaProblem[]>();
  /** Every file the schemas in use were read from (bases first, `extends` chains included). */
  private readonly inUse = new Set<string>();
  private readonly published = new Set<string>();
  /** Bumped on every change that can alter a schema: drafts analysed before it are stale. */
  generation = 0;

  constructor(private readonly host: SchemaServiceHost, trusted: boolean) {
    this.trusted = trusted;
    this.resolver = new SchemaResolver({ trusted });
  }

  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.resolver = new SchemaResolver({ trusted });
    this.warnedIgnored.clear();
    for (const [file, buffer] of this.buffers) this.parseBuffer(file, buffer.text);
    this.changed();
  }

  /** The schema for a draft at `draftPath`; `configPath` is the user's explicit choice, if any. */
  resolve(draftPath: string, configPath?: string): ResolvedSchema {
    const found = this.resolver.forFile(draftPath, configPath);
    const file = found.file ?? configPath;
    let result: ResolvedSchema = { schema: found.schema, file, problems: found.problems };
    if (file) {
      const key = path.resolve(file);
      const buffer = this.buffers.get(key);
      if (buffer) {
        // The open buffer is what the user sees: use it, or the base while it is invalid.
        result = { schema: buffer.schema ?? baseSchema(found.schema.base), file: key, problems: buffer.problems };
      } else {
        this.resolved.set(key, found.problems);
      }
      for (const f of result.schema.files) this.inUse.add(path.resolve(f));
      this.inUse.add(key);
    }
    if (found.ignoredPatterns > 0 && !this.warnedIgnored.has(file ?? '')) {
      this.warnedIgnored.add(file ?? '');
      this.host.log(`foi-lint: the workspace is not trusted, so ${found.ignoredPatterns} pattern(s) in ${file ?? 'the schema'} were not used.`);
    }
    this.publishProblems();
    return result;
  }

  /** didOpen/didChange of a document: true when it is a schema file (then drafts must be re-checked). */
  bufferChanged(uri: string, text: string): boolean {
    const file = filePathOf(uri);
    if (!file || !this.isSchemaFile(file)) return false;
    this.parseBuffer(file, text);
    this.changed();
    return true;
  }

  bufferClosed(uri: string): boolean {
    const file = filePathOf(uri);
    if (!file || !this.buffers.delete(path.resolve(file))) return false;
    // Back to the file on disk, which may differ from the closed buffer.
    this.resolver.invalidate(path.resolve(file));
    this.changed();
    return true;
  }

  /** workspace/didChangeWatchedFiles: true when a schema (or a file a schema extends) changed. */
  filesChanged(uris: readonly string[]): boolean {
    let any = false;
    for (const uri of uris) {
      const file = filePathOf(uri);
      if (!file) continue;
      const key = path.resolve(file);
      if (this.isSchemaFile(key) || this.inUse.has(key)) {
        this.resolver.invalidate(key);
        this.resolved.delete(key);
        any = true;
      }
    }
    if (any) this.changed();
    return any;
  }

  /** Forget everything cached (settings changed). */
  reset(): void {
    this.resolver.invalidate();
    this.resolved.clear();
    this.changed();
  }

  isSchemaFile(file: string): boolean {
    return isSchemaFileName(file) || this.inUse.has(path.resolve(file));
  }

  private parseBuffer(file: string, text: string): void {
    const key = path.resolve(file);
    try {
      const parsed = parseSchemaText(text, key, { trusted: this.trusted });
      this.buffers.set(key, { text, schema: parsed.schema, problems: parsed.problems });
    } catch (error) {
      const message = `Could not read this schema: ${error instanceof Error ? error.message : String(error)}`;
      this.buffers.set(key, { text, problems: [{ file: key, line: 0, column: 0, endLine: 0, endColumn: 0, message }] });
    }
  }

  private changed(): void {
    this.generation++;
    this.publishProblems();
  }

  private publishProblems(): void {
    const byFile = new Map<string, SchemaProblem[]>();
    const add = (p: SchemaProblem) => {
      // Built-in bases are named like "<base foia>": there is no file to show those in.
      if (!path.isAbsolute(p.file)) return;
      const key = path.resolve(p.file);
      const list = byFile.get(key) ?? [];
      list.push(p);
      byFile.set(key, list);
    };
    for (const [file, buffer] of this.buffers) {
      byFile.set(file, byFile.get(file) ?? []);
      buffer.problems.forEach(add);
    }
    for (const [file, problems] of this.resolved) {
      if (this.buffers.has(file)) continue;
      byFile.set(file, byFile.get(file) ?? []);
      // A problem in a file that is open in a buffer comes from the buffer's own parse.
      problems.filter((p) => !this.buffers.has(path.resolve(p.file))).forEach(add);
    }
    for (const [file, problems] of byFile) {
      const uri = pathToFileURL(file).href;
      if (problems.length === 0 && !this.published.has(file)) continue;
      const key = JSON.stringify(problems);
      if (this.lastSent.get(file) === key) continue;
      this.lastSent.set(file, key);
      this.host.publish(uri, dedupe(problems).map(problemToDiagnostic));
      if (problems.length) this.published.add(file);
      else this.published.delete(file);
    }
    for (const file of [...this.published]) {
      if (byFile.has(file)) continue;
      this.published.delete(file);
      this.lastSent.delete(file);
      this.host.publish(pathToFileURL(file).href, []);
    }
  }

  private readonly lastSent = new Map<string, string>();
  private readonly warnedIgnored = new Set<string>();
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Schema problems are 1-based (for the command line); diagnostics are 0-based. Line 0 = whole file. */
export function problemToDiagnostic(p: SchemaProblem): lsp.Diagnostic {
  const start = { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
  let end = { line: Math.max(0, p.endLine - 1), character: Math.max(0, p.endColumn - 1) };
  if (end.line < start.line || (end.line === start.line && end.character <= start.character)) {
    end = { line: start.line, character: p.line === 0 ? 0 : start.character + 1 };
  }
  return {
    range: { start, end },
    severity: lsp.DiagnosticSeverity.Error,
    source: 'foi-lint',
    code: 'schema',
    message: p.message,
  };
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
