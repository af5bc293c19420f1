import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createFoiService, type FoiService } from '../../server/src/engine';
import { Analyzer, type Analysis } from '../../server/src/lsp/analysis';
import { SchemaService } from '../../server/src/lsp/schemas';
import { SettingsStore } from '../../server/src/lsp/settings';
import { WorkspaceFiles, type FetchFile } from '../../server/src/lsp/workspaceFiles';
import { MemoryFs } from '../engine/memory-fs';
import { fixturesDir } from './client';

// The language server's parts wired as server.ts wires them, in process and without a client: settings
// files in memory, documents in a map. For tests of one capability at a time.

export const workspaceRoot = path.resolve('/nonexistent-foi-ws');
export const tenQuestions = fs.readFileSync(path.join(fixturesDir, 'ten-questions.md'), 'utf8');

export interface Harness {
  foi: FoiService;
  files: WorkspaceFiles;
  disk: MemoryFs;
  schemas: SchemaService;
  analyzer: Analyzer;
  /** Diagnostics published for settings files, by URI (the latest set). */
  published: Map<string, Diagnostic[]>;
  /** Open (or replace) a document; returns its URI. */
  open(name: string, text: string, languageId?: string): string;
  close(uri: string): void;
  analyse(name: string, text: string, languageId?: string): Promise<Analysis>;
}

export function harness(options: { files?: Record<string, string>; settings?: Record<string, unknown>; fetch?: FetchFile } = {}): Harness {
  const disk = new MemoryFs(Object.fromEntries(Object.entries(options.files ?? {}).map(([f, t]) => [path.join(workspaceRoot, f), t])));
  const files = new WorkspaceFiles(options.fetch ?? (async () => null), disk);
  const foi = createFoiService({ fs: files });
  const published = new Map<string, Diagnostic[]>();
  const schemas = new SchemaService({ publish: (uri, diagnostics) => published.set(uri, diagnostics) }, foi, files);
  const documents = new Map<string, TextDocument>();
  // Without workspace/configuration the store never talks to the client: settings come from here.
  const settings = new SettingsStore({} as Connection, false, { foiLint: options.settings ?? {} });
  const analyzer = new Analyzer(foi, { document: (uri) => documents.get(uri), workspaceRoots: () => [workspaceRoot] }, settings, schemas);
  const open = (name: string, text: string, languageId = 'foi-response') => {
    const uri = name.includes(':') ? name : pathToFileURL(path.join(workspaceRoot, name)).href;
    const version = (documents.get(uri)?.version ?? 0) + 1;
    documents.set(uri, TextDocument.create(uri, languageId, version, text));
    return uri;
  };
  return {
    foi,
    files,
    disk,
    schemas,
    analyzer,
    published,
    open,
    close: (uri) => void documents.delete(uri),
    async analyse(name, text, languageId) {
      const analysis = await analyzer.analyze(open(name, text, languageId));
      if (!analysis) throw new Error(`${name} was not analysed as a draft`);
      return analysis;
    },
  };
}
