import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SchemaProblem } from './types';

// Problems point at the YAML node at fault, so an editor can underline it and the command line can
// print file:line:column. Built-in bases have no document: their problems name the whole "file".

export type YamlPath = readonly (string | number)[];

export interface SourceDoc {
  /** The file path, or a label such as "<base foia>" for the built-in bases. */
  file: string;
  text?: string;
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
}

/** A problem about the whole file (unreadable, too large, ...). */
export function fileProblem(file: string, message: string): SchemaProblem {
  return { file, line: 0, column: 0, endLine: 0, endColumn: 0, message };
}

/** A problem at byte offsets [start, end) of the source text. */
export function offsetProblem(src: SourceDoc, start: number, end: number, message: string): SchemaProblem {
  if (!src.lineCounter) return fileProblem(src.file, message);
  const from = src.lineCounter.linePos(start);
  const to = src.lineCounter.linePos(Math.max(start, end));
  return { file: src.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col, message };
}

/**
 * A problem at the node found by following `path` (the nearest ancestor that exists when the path
 * runs out); `on: 'key'` points at the key of the last step instead (unknown or misspelt keys).
 * The message is prefixed with the path, e.g. "sections[2].heading[0]: ...".
 */
export function pathProblem(src: SourceDoc, path: YamlPath, message: string, on: 'value' | 'key' = 'value'): SchemaProblem {
  const text = path.length ? `${formatPath(path)}: ${message}` : message;
  const node = src.doc ? findNode(src.doc, path, on) : undefined;
  if (!node?.range) return fileProblem(src.file, text);
  const [start, valueEnd] = node.range;
  // A whole mapping or list would underline many lines: underline its first line only.
  const end = isScalar(node) ? valueEnd : Math.min(valueEnd, lineEnd(src, start));
  return offsetProblem(src, start, end, text);
}

/** "sections[2].heading[0]", "rules.placeholder", "paragraphs['odd key']". */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

function findNode(doc: Document.Parsed, path: YamlPath, on: 'value' | 'key'): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      if (last && on === 'key' && isNode(pair.key)) return pair.key;
      // `title:` with nothing after it: point at the key.
      if (!isNode(pair.value) || (pair.value.range && pair.value.range[0] === pair.value.range[1])) {
        return isNode(pair.key) ? pair.key : found;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      break;
    }
    if (!isNode(node)) break;
    found = node;
  }
  return found;
}

function lineEnd(src: SourceDoc, offset: number): number {
  if (src.text === undefined) return offset;
  const nl = src.text.indexOf('\n', offset);
  const end = nl < 0 ? src.text.length : nl;
  return src.text[end - 1] === '\r' ? end - 1 : end;
}
