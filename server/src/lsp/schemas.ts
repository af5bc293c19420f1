import * as path from 'node:path';
import * as lsp from 'vscode-languageserver/node';
import type { FoiService, ResolvedSchema, SchemaProblem } from '../engine';
import { pathOfUri, uriOfPath } from './paths';
import type { WorkspaceFiles } from './workspaceFiles';

// The settings in effect for each draft, kept fresh while the user edits `.foi.yaml`: open settings
// files are read from the editor (WorkspaceFiles), the engine's one settings cache drops what changed,
// and every settings problem is published as a diagnostic in the file at fault.

export interface SchemaServiceHost {
  publish(uri: string, diagnostics: lsp.Diagnostic[]): void;
}

/** `.foi.yaml` (or `name.foi.yaml`) anywhere. */
export function isSchemaFileName(file: string): boolean {
  const name = path.basename(file);
  return name === '.foi.yaml' || name === '.foi.yml' || name.endsWith('.foi.yaml') || name.endsWith('.foi.yml');
}

export class SchemaService {
  /** Problems of each settings file resolved (for a draft, or open in an editor), keyed by that file. */
  private readonly resolved = new Map<string, SchemaProblem[]>();
  /** Every file the settings in use were read from (`extends` chains included). */
  private readonly inUse = new Set<string>();
  private readonly published = new Set<string>();
  private readonly lastSent = new Map<string, string>();
  /** Bumped on every change that can alter settings: drafts analysed before it are stale. */
  generation = 0;

  constructor(
    private readonly host: SchemaServiceHost,
    private readonly foi: FoiService,
    private readonly files: WorkspaceFiles,
  ) {}

  setTrusted(trusted: boolean): void {
    if (trusted === this.foi.schemas.trusted) return;
    this.foi.schemas.setTrusted(trusted);
    for (const file of this.resolved.keys()) if (this.files.isOpen(file)) this.resolved.set(file, this.foi.schemas.load(file).problems);
    this.changed();
  }

  /** The settings for a draft at `draftPath`; `configPath` is the user's explicit choice, if any. */
  async resolve(draftPath: string, configPath?: string): Promise<ResolvedSchema> {
    const result = await this.files.settle(() => this.foi.schemas.forDraft(draftPath, configPath));
    if (result.file) {
      this.resolved.set(result.file, result.problems);
      for (const f of result.schema.files) this.inUse.add(path.resolve(f));
      this.inUse.add(result.file);
    }
    this.publishProblems();
    return result;
  }

  /** didOpen/didChange of a document: true when it is a settings file (then drafts must be re-checked). */
  bufferChanged(uri: string, text: string): boolean {
    const file = pathOfUri(uri);
    if (!file || !this.isSchemaFile(file)) return false;
    const key = path.resolve(file);
    this.files.setOpen(key, text);
    this.resolved.set(key, this.foi.schemas.load(key).problems);
    this.changed();
    return true;
  }

  bufferClosed(uri: string): boolean {
    const file = pathOfUri(uri);
    if (!file || !this.files.close(path.resolve(file))) return false;
    // Back to the file on disk, which may differ from the closed buffer; read again when a draft needs it.
    this.resolved.delete(path.resolve(file));
    this.changed();
    return true;
  }

  /** workspace/didChangeWatchedFiles: true when a settings file (or a file one extends) changed. */
  filesChanged(uris: readonly string[]): boolean {
    const changed: string[] = [];
    for (const uri of uris) {
      const file = pathOfUri(uri);
      if (!file) continue;
      const key = path.resolve(file);
      if (this.isSchemaFile(key) || this.inUse.has(key)) {
        changed.push(key);
        if (!this.files.isOpen(key)) this.resolved.delete(key);
      }
    }
    if (changed.length === 0) return false;
    this.files.changed(changed);
    this.changed();
    return true;
  }

  /** Forget everything cached (settings changed). */
  reset(): void {
    this.files.reset();
    this.foi.schemas.invalidate();
    for (const file of this.resolved.keys()) if (!this.files.isOpen(file)) this.resolved.delete(file);
    this.changed();
  }

  isSchemaFile(file: string): boolean {
    return isSchemaFileName(file) || this.inUse.has(path.resolve(file));
  }

  private changed(): void {
    this.generation++;
    this.publishProblems();
  }

  /** Each file's problems, from every settings file resolved: a problem is shown in the file it is in. */
  private publishProblems(): void {
    const byFile = new Map<string, SchemaProblem[]>();
    for (const [file, problems] of this.resolved) {
      if (!byFile.has(file)) byFile.set(file, []);
      for (const p of problems) {
        // Built-in bases are named like "<base foia>": there is no file to show those in.
        if (!path.isAbsolute(p.file)) continue;
        const key = path.resolve(p.file);
        // A file open in an editor shows the problems of its own reading only.
        if (key !== file && this.files.isOpen(key)) continue;
        const list = byFile.get(key) ?? [];
        list.push(p);
        byFile.set(key, list);
      }
    }
    for (const [file, problems] of byFile) {
      if (problems.length === 0 && !this.published.has(file)) continue;
      const unique = dedupe(problems);
      const key = JSON.stringify(unique);
      if (this.lastSent.get(file) === key) continue;
      this.lastSent.set(file, key);
      this.host.publish(uriOfPath(file), unique.map(problemToDiagnostic));
      if (unique.length) this.published.add(file);
      else this.published.delete(file);
    }
    for (const file of [...this.published]) {
      if (byFile.has(file)) continue;
      this.published.delete(file);
      this.lastSent.delete(file);
      this.host.publish(uriOfPath(file), []);
    }
  }
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
