import * as fs from 'node:fs';
import { convertDraft, formatNames, maxConvertedFileBytes, paragraphAt, type SourceFormat, type SourceMap } from '../convert';
import type { Position, Range } from '../engine';
import { describeFsError } from './discover';
import { decode } from './encoding';

// Drafts kept as Word documents, e-mails and web pages: read within a size limit, converted to the
// Markdown the engine checks, and positions taken back to the paragraph a user can find.

export interface ConvertedDraft {
  ok: true;
  text: string;
  format: SourceFormat;
  map?: SourceMap;
}

export async function readConverted(file: string, format: SourceFormat): Promise<ConvertedDraft | { ok: false; reason: string }> {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxConvertedFileBytes) return tooLarge(stat.size, format);
    bytes = fs.readFileSync(file);
    if (bytes.length > maxConvertedFileBytes) return tooLarge(bytes.length, format);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  let input: Uint8Array | string = bytes;
  if (format === 'html') {
    // A web page may be saved in a legacy encoding; read it as the Markdown reader reads a draft.
    const decoded = decode(bytes);
    if (!decoded.ok) return decoded;
    input = decoded.text;
  }
  const converted = await convertDraft(format, input);
  return converted.ok ? { ok: true, text: converted.text, format, map: converted.map } : converted;
}

function tooLarge(size: number, format: SourceFormat): { ok: false; reason: string } {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  const advice = format === 'eml' ? 'save the reply without its attachments' : 'a reply letter is far smaller (images aside, a few hundred kilobytes)';
  return { ok: false, reason: `too large to lint (${mb(size)} MB; the limit for ${/^[aeiou]/i.test(formatNames[format]) ? 'an' : 'a'} ${formatNames[format]} is ${mb(maxConvertedFileBytes)} MB): ${advice}` };
}

/** Where a finding or question of converted text is reported. */
export interface SourcePlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  paragraph?: { number: number; text: string; part?: 'header' };
}

/**
 * A range of the converted Markdown as a place in the original: for a .docx the paragraph number stands
 * as the line (a Word document has no lines); for HTML and e-mail the line where the paragraph starts.
 */
export function placeInSource(format: SourceFormat, map: SourceMap, range: Range): SourcePlace {
  const start = paragraphAt(map, range.start);
  if (!start) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const line = format === 'docx' ? (start.part ? 1 : start.number) : (start.line ?? lineBefore(map, range.start) ?? 1);
  return { line, column: 1, endLine: line, endColumn: 1, paragraph: { number: start.number, text: start.snippet, ...(start.part && { part: start.part }) } };
}

/** For a paragraph not found in the original file, the line of the nearest one before it that was. */
function lineBefore(map: SourceMap, position: Position): number | undefined {
  let found: number | undefined;
  for (const a of map.anchors) {
    if (a.line > position.line) break;
    if (a.paragraph.line !== undefined) found = a.paragraph.line;
  }
  return found;
}
