import JSZip from 'jszip';
import mammoth from 'mammoth';
import { reviewNoteComment } from '../../engine/rules/review-notes';
import { htmlToMarkdown } from '../html';
import { paragraphMark, snippetOf, takeMarks, type SourceMap } from '../sourceMap';
import { openZip, PackageError } from '../zip';
import { prepareDocument } from './document';
import { firstPageHeader } from './header';
import { frontMatterFromProperties } from './properties';
import { Numbering } from './numbering';
import { Comments } from './review';
import { parseXml } from './xml';

// A Word reply to Markdown: the parts are read within limits, word/document.xml is prepared (paragraph
// markers, the numbers the reader sees, review annotations), and mammoth converts the result, read from
// a package that holds only those parts, to HTML, which turndown makes Markdown.

const documentPart = 'word/document.xml';

export async function convertDocx(bytes: Uint8Array): Promise<{ text: string; map: SourceMap }> {
  const zip = await openZip(bytes);
  const main = await zip.read(documentPart);
  if (!main) throw new PackageError(`not a Word document: the package has no ${documentPart} (is it a .docx saved by a word processor?)`);
  let prepared;
  let properties: string;
  let header: string[];
  try {
    const numbering = new Numbering(await zip.read('word/numbering.xml'), await zip.read('word/styles.xml'));
    const comments = new Comments(await zip.read('word/comments.xml'), await zip.read('word/commentsExtended.xml'));
    const doc = parseXml(main, documentPart);
    header = await firstPageHeader(zip, doc);
    prepared = prepareDocument(doc, numbering, comments);
    properties = frontMatterFromProperties(await zip.read('docProps/custom.xml'));
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(`not a Word document: ${error instanceof Error ? error.message : String(error)}`);
  }

  // mammoth reads its own copy: the text parts only (images are never inflated), stored uncompressed.
  const copy = new JSZip();
  for (const name of zip.names) {
    if (name === documentPart) copy.file(name, prepared.xml);
    else if (/\.(xml|rels)$/i.test(name)) copy.file(name, (await zip.read(name)) ?? '');
  }
  const buffer = await copy.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    html = result.value;
  } catch (error) {
    throw new PackageError(`not a Word document that can be read: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()}`);
  }
  // The header's lines come first, as the top of the letter; their markers follow the body's numbers.
  const bodyCount = prepared.paragraphs.length;
  const headerText = header.map((line, i) => `${paragraphMark(bodyCount + i + 1)}${line}\n\n`).join('');
  const marked = properties + headerText + htmlToMarkdown(html);
  return takeMarks(
    marked,
    (n) => (n <= bodyCount ? prepared.paragraphs[n - 1] : { number: n - bodyCount, snippet: snippetOf(header[n - bodyCount - 1] ?? ''), part: 'header' }),
    (i) => (prepared.notes[i] ? ` ${reviewNoteComment(prepared.notes[i])}` : ''),
  );
}
