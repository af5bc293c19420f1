import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { convertDraft, formatOf, isConverted, type SourceMap } from '../convert';
import type { FoiService, LintResult, RegimeId, Schema, SeveritySetting } from '../engine';
import { frameOf, type TextFrame } from './convert';
import { matchesAnyGlob } from './glob';
import { pathOfUri } from './paths';
import type { SchemaService } from './schemas';
import type { Settings, SettingsStore } from './settings';

/** One engine run over one version of a draft, with what it was run with. */
export interface Analysis {
  uri: string;
  version: number;
  text: string;
  frame: TextFrame;
  result: LintResult;
  schema: Schema;
  regime: RegimeId;
  settings: Settings;
  /** Identifies this result for pull diagnostics: equal ids, equal diagnostics. */
  resultId: string;
  /** Milliseconds the engine took. */
  engineMs: number;
}

export const draftLanguageId = 'foi-response';

export interface AnalyzerHost {
  document(uri: string): TextDocument | undefined;
  workspaceRoots(): string[];
}

/**
 * Decides which documents are drafts and lints them, caching one result per document version (the
 * cache also keys on the schema and settings generations, so a schema edit makes every result stale).
 */
export class Analyzer {
  private readonly cache = new Map<string, { key: string; analysis: Analysis }>();
  private readonly overridden = new WeakMap<Schema, { key: string; schema: Schema }>();
  settingsGeneration = 0;
  private runs = 0;

  constructor(
    private readonly foi: FoiService,
    private readonly host: AnalyzerHost,
    private readonly settings: SettingsStore,
    private readonly schemas: SchemaService,
  ) {}

  /** The settings for a document when it is a draft that is to be checked; undefined otherwise. */
  async draftSettings(doc: TextDocument): Promise<Settings | undefined> {
    // Markdown, and web pages, e-mails and text files matched by the drafts' globs.
    if (doc.languageId !== draftLanguageId && !isMarkdown(doc.languageId) && formatOf(doc.uri) === undefined) return undefined;
    const settings = await this.settings.get(doc.uri);
    if (!settings.enable) return undefined;
    if (doc.languageId === draftLanguageId) return settings;
    // `*.foi.md` is the drafts' own extension: editors that do not know the language call it Markdown.
    if (/\.foi\.md$/i.test(doc.uri) && isMarkdown(doc.languageId)) return settings;
    const file = pathOfUri(doc.uri);
    return file && matchesAnyGlob(file, settings.draftGlobs, this.host.workspaceRoots()) ? settings : undefined;
  }

  /** Lint the document's current version (cached); undefined when it is not a draft. */
  async analyze(uri: string): Promise<Analysis | undefined> {
    const doc = this.host.document(uri);
    if (!doc) return undefined;
    const settings = await this.draftSettings(doc);
    // The document may have moved on while settings were fetched: always lint what is current.
    const current = this.host.document(uri);
    if (!settings || !current) return undefined;
    this.schemas.setTrusted(settings.trusted);
    const cached = this.cache.get(uri);
    if (cached?.key === this.keyOf(current)) return cached.analysis;
    const resolved = await this.schemas.resolve(this.draftPath(uri), this.configPath(uri, settings));
    // Reading settings may have waited for the editor: lint the version that is current now, and
    // nothing once the document is closed.
    const latest = this.host.document(uri);
    if (!latest) return undefined;
    const key = this.keyOf(latest);
    const analysis = await this.run(latest, settings, resolved.schema, `${key}|${++this.runs}`);
    // A conversion is awaited: the document may have changed meanwhile, and a newer run may be cached.
    if (this.host.document(uri)?.version !== latest.version) return analysis;
    this.cache.set(uri, { key, analysis });
    return analysis;
  }

  /**
   * The schema in effect for a document (open or not, draft or not), or for the workspace when no
   * document is named: for requests such as "the standard paragraphs" and "a new response".
   */
  async schemaFor(uri: string | undefined): Promise<Schema> {
    const settings = await this.settings.get(uri ?? '');
    this.schemas.setTrusted(settings.trusted);
    const target = uri ?? '';
    const resolved = await this.schemas.resolve(this.draftPath(target), this.configPath(target, settings));
    return this.withOverrides(resolved.schema, settings.rules);
  }

  private keyOf(doc: TextDocument): string {
    return `${doc.version}|${this.schemas.generation}|${this.settingsGeneration}`;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async run(doc: TextDocument, settings: Settings, resolved: Schema, resultId: string): Promise<Analysis> {
    const text = doc.getText();
    const schema = this.withOverrides(resolved, settings.rules);
    const started = performance.now();
    // A web page or e-mail is checked as the Markdown converted from it (one that cannot be converted as
    // empty text: its findings say what a reply lacks).
    const format = formatOf(doc.uri);
    let checked = text;
    let map: SourceMap | undefined;
    if (format !== undefined && isConverted(format) && !isMarkdown(doc.languageId) && doc.languageId !== draftLanguageId) {
      const converted = await convertDraft(format, text);
      checked = converted.ok ? converted.text : '';
      map = converted.ok ? converted.map : { anchors: [] };
    }
    const result = this.foi.lint(checked, schema);
    const engineMs = performance.now() - started;
    return {
      uri: doc.uri,
      version: doc.version,
      text,
      frame: frameOf(text, result.draft, map),
      result,
      schema,
      regime: result.facts.regime.regime,
      settings,
      resultId,
      engineMs,
    };
  }

  /** Where the schema search starts: the file itself, or for unsaved drafts the workspace. */
  private draftPath(uri: string): string {
    const file = pathOfUri(uri);
    if (file) return file;
    const root = this.host.workspaceRoots()[0] ?? process.cwd();
    return path.join(root, 'untitled.md');
  }

  private configPath(uri: string, settings: Settings): string | undefined {
    if (!settings.schemaPath) return undefined;
    if (path.isAbsolute(settings.schemaPath)) return settings.schemaPath;
    const file = pathOfUri(uri);
    const roots = this.host.workspaceRoots();
    const root = (file && roots.find((r) => file.startsWith(r + path.sep))) ?? roots[0] ?? (file ? path.dirname(file) : process.cwd());
    return path.resolve(root, settings.schemaPath);
  }

  /** Settings' severities on top of the schema's (a new Schema object only when there are any). */
  private withOverrides(schema: Schema, rules: Record<string, SeveritySetting>): Schema {
    const entries = Object.entries(rules);
    if (entries.length === 0) return schema;
    const key = JSON.stringify(entries);
    const cached = this.overridden.get(schema);
    if (cached?.key === key) return cached.schema;
    const merged: Schema = { ...schema, rules: new Map([...schema.rules, ...entries]) };
    this.overridden.set(schema, { key, schema: merged });
    return merged;
  }
}

function isMarkdown(languageId: string): boolean {
  return languageId === 'markdown' || languageId === 'md';
}
