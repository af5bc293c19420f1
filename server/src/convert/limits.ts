// What a converted draft may cost. A reply letter is a few kilobytes of text; these bounds leave room
// for a letterhead's images and still keep a hostile file (a zip bomb, a huge attachment) to a clear
// error in well under a second, within the memory the CLI needs for a Markdown draft.

/** Largest .docx, .eml or .html file read at all. */
export const maxConvertedFileBytes = 20 * 1024 * 1024;
/** Largest part of a .docx inflated (word/document.xml and the like); images are never inflated. */
export const maxDocxPartBytes = 8 * 1024 * 1024;
/** All the parts of one .docx that are inflated, together. */
export const maxDocxTotalBytes = 16 * 1024 * 1024;
/** A .docx with more entries than this is not a Word document anyone saved. */
export const maxDocxEntries = 5000;
/** Largest Markdown text a conversion may produce: the limit the CLI has for a Markdown draft. */
export const maxConvertedTextBytes = 10 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
