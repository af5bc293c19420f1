import { converters } from './lazy';
import { maxConvertedTextBytes, megabytes } from './limits';
import { mapByText, type SourceMap } from './sourceMap';

// Drafts that are not Markdown: a Word document, an e-mail, a web page, plain text. Bytes (or, for the
// text formats, the text an editor holds) in; the Markdown the engine checks and a map back to the
// original's paragraphs out. No file system: the CLI and the language server read the file themselves.
// The converters (mammoth, mailparser, turndown) are loaded on first use: a run over Markdown drafts
// does not pay the half second they take to load.

export type SourceFormat = 'docx' | 'eml' | 'html' | 'txt';

export { paragraphAt, type SourceMap, type SourceParagraph } from './sourceMap';
export { maxConvertedFileBytes } from './limits';

/** The format a file name says, or undefined for Markdown (and anything else read as Markdown). */
export function formatOf(fileName: string): SourceFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (ext) {
    case 'docx':
      return 'docx';
    case 'eml':
      return 'eml';
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'txt':
      return 'txt';
    default:
      return undefined;
  }
}

/** Formats whose text is not the file's own text: `--fix` cannot write its edits back to them. */
export function isConverted(format: SourceFormat | undefined): boolean {
  return format !== undefined && format !== 'txt';
}

export const formatNames: Record<SourceFormat, string> = {
  docx: 'Word document',
  eml: 'e-mail',
  html: 'web page',
  txt: 'text file',
};

export type Conversion =
  | { ok: true; format: SourceFormat; text: string; /** Absent for plain text, which is read as it is. */ map?: SourceMap }
  | { ok: false; reason: string };

/**
 * Convert a draft. `input` is the file's bytes; for html, eml and txt it may be the text an editor holds.
 * Never throws: a file that cannot be converted gets a reason a user can act on.
 */
export async function convertDraft(format: SourceFormat, input: Uint8Array | string): Promise<Conversion> {
  try {
    let text: string;
    let map: SourceMap | undefined;
    switch (format) {
      case 'txt':
        return { ok: true, format, text: typeof input === 'string' ? input : new TextDecoder().decode(input) };
      case 'docx':
        if (typeof input === 'string') return { ok: false, reason: 'a .docx file is read from its bytes, not from text' };
        ({ text, map } = await converters().convertDocx(input));
        break;
      case 'html': {
        const html = typeof input === 'string' ? input : new TextDecoder().decode(input);
        text = converters().htmlToMarkdown(html);
        map = mapByText(text, html);
        break;
      }
      case 'eml': {
        text = await converters().emlToMarkdown(typeof input === 'string' ? input : Buffer.from(input));
        map = mapByText(text, typeof input === 'string' ? input : Buffer.from(input).toString('latin1'));
        break;
      }
    }
    if (text.length > maxConvertedTextBytes) {
      return { ok: false, reason: `its text is too large to lint (${megabytes(text.length)}; the limit is ${megabytes(maxConvertedTextBytes)})` };
    }
    return { ok: true, format, text, map };
  } catch (error) {
    // By name: the converters may come from their own bundle, with their own copy of the class.
    if (error instanceof Error && error.name === 'PackageError') return { ok: false, reason: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `cannot read this ${formatNames[format]}: ${message.replace(/\s+/g, ' ').trim()}` };
  }
}
