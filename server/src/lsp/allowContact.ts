import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isSeq, parseDocument } from 'yaml';
import { defaultAuthorityName, starterConfig, type Finding } from '../engine';
import type { Analysis } from './analysis';
import { pathOfUri } from './paths';
import type * as lsp from 'vscode-languageserver/node';

// The quick fix for a personal-data finding that is the authority's own published address or number:
// list it under authority.emails (or authority.phones) in the .foi.yaml governing the draft. The file
// is edited through the yaml package's document model, so its comments and layout stay; the edit is
// the smallest span that changed. With no .foi.yaml yet, a starter is created beside the draft.

/** A file's text as the editor has it (unsaved changes included), else as on disk. */
export type ReadText = (uri: string) => string | undefined;

const listFor = { email: 'emails', phone: 'phones' } as const;

export function allowContactAction(analysis: Analysis, finding: Finding, diagnostic: lsp.Diagnostic, readText: ReadText): lsp.CodeAction | undefined {
  const kind = finding.data?.kind;
  const value = finding.data?.value;
  if (finding.ruleId !== 'personal-data' || (kind !== 'email' && kind !== 'phone') || typeof value !== 'string') return undefined;
  const key = listFor[kind];
  const shown = value.trim();
  const configFile = analysis.schema.files[analysis.schema.files.length - 1];
  if (configFile !== undefined) {
    const uri = pathToFileURL(configFile).href;
    const text = readText(uri);
    const newText = text === undefined ? undefined : withListed(text, key, shown);
    if (text === undefined || newText === undefined) return undefined;
    return {
      title: `Add ${shown} to authority.${key} in ${path.basename(configFile)}`,
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [smallestEdit(text, newText)] } },
    };
  }
  // No settings file: create one beside the draft (a file on disk only, and only where none is).
  const draftFile = pathOfUri(analysis.uri);
  if (!draftFile) return undefined;
  const file = path.join(path.dirname(draftFile), '.foi.yaml');
  if (fs.existsSync(file) || fs.existsSync(path.join(path.dirname(draftFile), '.foi.yml'))) return undefined;
  const text = withListed(starterConfig({ regime: analysis.regime, authority: defaultAuthorityName }), key, shown);
  if (text === undefined) return undefined;
  const uri = pathToFileURL(file).href;
  return {
    title: `Create .foi.yaml with ${shown} in authority.${key}`,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    edit: {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    },
  };
}

/**
 * The YAML with `value` added to authority.<key>; undefined when it cannot be read, has it already, or
 * is shaped so that an insertion could not be placed safely. Positions come from the parsed document
 * and the text is spliced there, so everything else (comments, spacing, quoting) stays byte for byte.
 */
export function withListed(text: string, key: 'emails' | 'phones', value: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  if (doc.contents !== null && !isMap(doc.contents)) return undefined;
  const item = /^[\w.@+][\w.@+ -]*$/.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const insert = (at: number, piece: string) => text.slice(0, at) + piece.replace(/\n/g, nl) + text.slice(at);
  const authority = doc.getIn(['authority'], true);
  if (authority === undefined) {
    // No authority yet: a new block at the end of the file.
    return insert(text.length, `${text === '' || text.endsWith('\n') ? '' : '\n'}authority:\n  ${key}:\n    - ${item}\n`);
  }
  if (!isMap(authority) || authority.flow || !authority.range || authority.items.length === 0) return undefined;
  const list = authority.get(key, true);
  if (list === undefined) {
    // authority without the list: the list after its last line, at its keys' indentation.
    const firstKey = authority.items[0].key as { range?: [number, number, number] } | null;
    if (!firstKey?.range) return undefined;
    const indent = ' '.repeat(firstKey.range[0] - lineStart(text, firstKey.range[0]));
    return insert(lineEnd(text, authority.range[1] - 1), `\n${indent}${key}:\n${indent}  - ${item}`);
  }
  if (!isSeq(list) || !list.range) return undefined;
  if (list.items.some((i) => String((i as { value?: unknown }).value ?? i).toLowerCase() === value.toLowerCase())) return undefined;
  if (list.flow) {
    // [a, b] or []: before the closing bracket.
    const close = text.lastIndexOf(']', list.range[1]);
    if (close < list.range[0]) return undefined;
    return insert(close, list.items.length > 0 ? `, ${item}` : item);
  }
  const last = list.items[list.items.length - 1] as { range?: [number, number, number] };
  if (!last.range) return undefined;
  const start = lineStart(text, last.range[0]);
  const dash = /^(\s*)-\s/.exec(text.slice(start));
  if (!dash) return undefined;
  return insert(lineEnd(text, last.range[1] - 1), `\n${dash[1]}- ${item}`);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding `offset` (before its line break), trailing comment included. */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', Math.max(offset, 0));
  const at = end === -1 ? text.length : end;
  return text[at - 1] === '\r' ? at - 1 : at;
}

/** One replacement covering only what differs between the two texts. */
function smallestEdit(before: string, after: string): lsp.TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const position = (offset: number): lsp.Position => {
    const lines = before.slice(0, offset).split('\n');
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
  };
  return { range: { start: position(start), end: position(before.length - end) }, newText: after.slice(start, after.length - end) };
}

/** Reads a file: URI from disk (for files the editor does not have open). */
export function readFromDisk(uri: string): string | undefined {
  const file = pathOfUri(uri);
  if (!file) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
