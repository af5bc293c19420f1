// How a draft's bytes become the text the engine checks, and how fixed text goes back to the same
// bytes: same encoding, same byte-order mark. Line endings are the text's own and stay as they are.

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface FileEncoding {
  name: EncodingName;
  /** The file started with a byte-order mark (always true for UTF-16, which is only read with one). */
  bom: boolean;
}

export type Decoded = { ok: true; text: string; encoding: FileEncoding } | { ok: false; reason: string };

/** Share of suspicious bytes (invalid UTF-8 or control characters) above which a file is binary. */
const binaryShare = 0.3;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(bytes.subarray(2), 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(bytes.subarray(2), 'utf-16be');
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: 'cannot lint a binary file' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    if (controlShare(text) > binaryShare) return { ok: false, reason: 'cannot lint a binary file' };
    return { ok: true, text, encoding: { name: 'utf-8', bom } };
  } catch {
    // Not UTF-8. A few stray bytes are a legacy Windows file (a "£" saved by an old editor); most
    // of the text being invalid is a binary file.
    if (invalidUtf8Share(body) > binaryShare) return { ok: false, reason: 'cannot lint a binary file' };
    if (bom) return { ok: false, reason: 'not valid UTF-8, although it starts with a UTF-8 byte-order mark: save it as UTF-8 again' };
    const text = decodeWindows1252(body);
    if (controlShare(text) > binaryShare) return { ok: false, reason: 'cannot lint a binary file' };
    return { ok: true, text, encoding: { name: 'windows-1252', bom: false } };
  }
}

function utf16(body: Uint8Array, name: 'utf-16le' | 'utf-16be'): Decoded {
  if (body.length % 2 !== 0) return { ok: false, reason: `not valid ${name.toUpperCase()}: odd number of bytes` };
  try {
    const text = new TextDecoder(name, { fatal: true, ignoreBOM: true }).decode(body);
    if (text.includes('\0') || controlShare(text) > binaryShare) return { ok: false, reason: 'cannot lint a binary file' };
    return { ok: true, text, encoding: { name, bom: true } };
  } catch {
    return { ok: false, reason: `not valid ${name.toUpperCase()} (unpaired surrogate)` };
  }
}

/** Control characters other than tab, line breaks, form feed and escape, as a share of the text. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 127) count++;
  }
  return count / text.length;
}

/** Bytes that are not part of a well-formed UTF-8 sequence, as a share of all bytes. */
function invalidUtf8Share(bytes: Uint8Array): number {
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) i += need + 1;
    else {
      invalid++;
      i++;
    }
  }
  return bytes.length === 0 ? 0 : invalid / bytes.length;
}

/** The bytes for fixed text, in the file's own encoding; undefined when a character cannot be written in it. */
export function encode(text: string, encoding: FileEncoding): Buffer | undefined {
  switch (encoding.name) {
    case 'utf-8': {
      const body = Buffer.from(text, 'utf8');
      return encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
    }
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'windows-1252':
      return encodeWindows1252(text);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; five of those bytes are unassigned.
const cp1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
let cp1252Reverse: Map<number, number> | undefined;

// Node's TextDecoder reads the "windows-1252" label as Latin-1, so the table is applied here.
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? cp1252High.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

function encodeWindows1252(text: string): Buffer | undefined {
  if (!cp1252Reverse) {
    cp1252Reverse = new Map();
    for (let i = 0; i < cp1252High.length; i++) cp1252Reverse.set(cp1252High.charCodeAt(i), 0x80 + i);
  }
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const mapped = cp1252Reverse.get(c);
    if (mapped !== undefined) out[i] = mapped;
    else if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
    else return undefined;
  }
  return out;
}
