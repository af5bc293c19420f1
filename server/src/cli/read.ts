import * as fs from 'node:fs';
import { describeFsError } from './discover';
import { decode, type FileEncoding } from './encoding';

/** Larger files are refused: a reply letter is a few kilobytes, and the engine keeps the whole text. */
export const maxFileBytes = 10 * 1024 * 1024;

export interface DraftContent {
  ok: true;
  /** The text the engine checks: byte-order mark removed, line endings as in the file. */
  text: string;
  encoding: FileEncoding;
  /** The bytes as read, to tell whether the file changed before a fix is written. */
  bytes: Buffer;
}

export interface ReadFailure {
  ok: false;
  /** Why the file is not checked, without the file name ("permission denied"). */
  reason: string;
}

/**
 * Read a draft for linting. Never throws: every failure is a reason the CLI prints after the
 * file's name. An empty file is read as empty text and linted like any other draft.
 */
export async function readDraft(file: string): Promise<DraftContent | ReadFailure> {
  // Synchronous calls: a file is read whole before it is linted anyway, and four awaited calls per
  // file left the CLI idle a third of the time on large batches.
  let fd: number;
  try {
    // Stat before opening: opening a FIFO for reading would wait for a writer.
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxFileBytes) return tooLarge(stat.size);
    fd = fs.openSync(file, 'r');
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  try {
    const bytes = fs.readFileSync(fd);
    // The size may have grown between stat and read.
    if (bytes.length > maxFileBytes) return tooLarge(bytes.length);
    const decoded = decode(bytes);
    if (!decoded.ok) return decoded;
    return { ok: true, text: decoded.text, encoding: decoded.encoding, bytes };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(size: number): ReadFailure {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return { ok: false, reason: `too large to lint (${mb} MB; the limit is 10 MB): a reply draft should be far smaller` };
}
