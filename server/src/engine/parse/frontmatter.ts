import { parseDocument, LineCounter } from 'yaml';
import type { FrontMatter, Range } from '../types';

/** YAML front matter between --- fences on the first line. Malformed YAML is reported, not thrown. */
export function readFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  if (lines.length < 2 || lines[0].trimEnd() !== '---') return undefined;
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].trimEnd();
    if (l === '---' || l === '...') {
      end = i;
      break;
    }
  }
  if (end === -1) return undefined;
  const source = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const fm: FrontMatter = { data: Object.create(null) as Record<string, unknown>, startLine: 0, endLine: end };
  const err = doc.errors[0];
  if (err) {
    const at = lineCounter.linePos(err.pos[0]);
    const line = at.line; // 1-based within the YAML, i.e. the file line after the fence
    const range: Range = { start: { line, character: at.col - 1 }, end: { line, character: lines[line]?.length ?? 0 } };
    fm.error = { message: `Front matter is not valid YAML: ${err.message.split('\n')[0]}`, range };
    return fm;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    fm.error = {
      message: `Front matter could not be read: ${(e as Error).message}`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    };
    return fm;
  }
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    fm.error = {
      message: 'Front matter must be a set of "key: value" lines',
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: lines[1]?.length ?? 0 } },
    };
    return fm;
  }
  if (value) for (const [k, v] of Object.entries(value)) if (k !== '__proto__') fm.data[k.toLowerCase()] = v;
  // Where each key sits, so findings about a front-matter value point at it.
  fm.keyLines = Object.create(null) as Record<string, number>;
  const contents = doc.contents as { items?: { key?: { range?: [number, number, number]; value?: unknown } }[] } | null;
  for (const item of contents?.items ?? []) {
    const key = item.key;
    if (key?.range && typeof key.value === 'string') fm.keyLines[key.value.toLowerCase()] = lineCounter.linePos(key.range[0]).line;
  }
  return fm;
}
