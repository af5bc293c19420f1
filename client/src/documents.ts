import * as vscode from 'vscode';
import type { TextDocumentFilter } from 'vscode-languageclient/node';

/** The language of reply drafts (`*.foi.md`). */
export const draftLanguage = 'foi-response';

/** The `foiLint.drafts.globs` setting: Markdown files that are drafts too. */
export function draftGlobs(): string[] {
  const value = vscode.workspace.getConfiguration('foiLint').get<unknown>('drafts.globs');
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}

/**
 * Where drafts can live: files on disk and unsaved buffers, plus the schemes of a virtual workspace's
 * folders (the server reads .foi.yaml there through the editor: see `foiLint/readFile`).
 */
function schemes(): string[] {
  const found = new Set(['file', 'untitled']);
  for (const folder of vscode.workspace.workspaceFolders ?? []) found.add(folder.uri.scheme);
  return [...found];
}

/** A draft filter before it is written for VS Code or for the protocol. */
interface DraftFilter {
  /** Absent for the globs: Markdown, web pages, e-mails and text files they name are drafts. */
  language?: string;
  scheme: string;
  glob?: string;
  /** The folder a relative glob is read in. */
  base?: vscode.Uri;
}

/**
 * Glob patterns as the server reads them: a glob without a slash matches the file name in any folder,
 * an absolute one the whole path, any other the path inside a workspace folder.
 */
function globPatterns(glob: string): { glob: string; base?: vscode.Uri }[] {
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!g.includes('/')) return [{ glob: `**/${g}` }];
  if (g.startsWith('/') || g.startsWith('**/') || /^[A-Za-z]:\//.test(g)) return [{ glob: g }];
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ glob: g, base: folder.uri }));
}

/** The documents the language server checks: every `foi-response` document and the files matching the globs. */
function draftFilters(globs: readonly string[]): DraftFilter[] {
  const filters: DraftFilter[] = [];
  for (const scheme of schemes()) {
    filters.push({ language: draftLanguage, scheme });
    for (const glob of globs) {
      for (const pattern of globPatterns(glob)) filters.push({ scheme, ...pattern });
    }
  }
  return filters;
}

export function draftSelector(globs: readonly string[] = draftGlobs()): vscode.DocumentFilter[] {
  return draftFilters(globs).map(({ language, scheme, glob, base }) => ({
    ...(language && { language }),
    scheme,
    ...(glob && { pattern: base ? new vscode.RelativePattern(base, glob) : glob }),
  }));
}

/** The same selector in protocol form, for the language client's options. */
export function protocolSelector(globs: readonly string[] = draftGlobs()): TextDocumentFilter[] {
  return draftFilters(globs).map(({ language, scheme, glob, base }) => ({
    ...(language && { language }),
    scheme,
    ...(glob && { pattern: base ? { baseUri: base.toString(), pattern: glob } : glob }),
  }));
}

export function isDraft(document: vscode.TextDocument, selector: vscode.DocumentSelector = draftSelector()): boolean {
  return vscode.languages.match(selector, document) > 0;
}
