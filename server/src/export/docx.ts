import { Document, Header, Packer, Paragraph, patchDetector, PatchType, patchDocument, TextRun, type IPatch } from 'docx';
import { frontMatterProperties } from '../convert/docx/properties';
import { PackageError } from '../convert/errors';
import { maxConvertedFileBytes } from '../convert/limits';
import { openZip } from '../convert/zip';
import { markdownToBlocks } from './blocks';
import { letterDate, splitFrontMatter, valueText } from './frontMatter';

// A reply draft as a Word document (the docx package). Without a template: the letter's paragraphs,
// headings, numbered lists and tables, with the reference and date in the page header. With the
// authority's letterhead (a .docx with {{reply}} where the letter goes, and optionally {{reference}} and
// {{date}}, in its header or body): the letterhead kept whole, its styles (document defaults), page
// setup, header and footer, with the letter put in its place.

export const replyPlaceholder = 'reply';

/** A template that cannot be used, with what to do about it. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

export async function draftToDocx(draftText: string, template?: Uint8Array): Promise<Buffer> {
  const { data, body } = splitFrontMatter(draftText);
  const reference = valueText(data.reference);
  const sent = valueText(data.sent) ?? valueText(data.date);
  const { children, numbering } = markdownToBlocks(body);
  const headerLine = [reference && `Our ref: ${reference}`, sent && letterDate(sent)].filter(Boolean).join('\u2003');
  const customProperties = Object.entries(frontMatterProperties).flatMap(([key, name]) => {
    const value = valueText(data[key]);
    return value ? [{ name, value }] : [];
  });

  if (!template) {
    const doc = new Document({
      creator: 'foi-lint',
      numbering: { config: numbering },
      customProperties,
      sections: [
        {
          ...(headerLine && { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(headerLine)] })] }) } }),
          children,
        },
      ],
    });
    return Packer.toBuffer(doc);
  }

  await checkTemplate(template);
  const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });
  try {
    return await patchDocument({
      outputType: 'nodebuffer',
      data: Buffer.from(template),
      trimPlaceholders: true,
      keepOriginalStyles: true,
      numbering: { config: numbering },
      patches: {
        [replyPlaceholder]: { type: PatchType.DOCUMENT, children },
        reference: text(reference ?? ''),
        date: text(sent ? letterDate(sent) : ''),
      },
    });
  } catch (error) {
    throw new TemplateError(`the template cannot be read as a Word document (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * A letterhead is opened whole by the docx package: it is first read within the limits a draft has (a
 * zip bomb is refused here), and must say where the letter goes.
 */
async function checkTemplate(template: Uint8Array): Promise<void> {
  if (template.length > maxConvertedFileBytes) throw new TemplateError(`too large for a letterhead (${(template.length / 1048576).toFixed(1)} MB)`);
  try {
    const zip = await openZip(template);
    for (const name of zip.names) await zip.read(name);
  } catch (error) {
    if (error instanceof PackageError) throw new TemplateError(error.message);
    throw error;
  }
  const placeholders = await patchDetector({ data: Buffer.from(template), trimPlaceholders: true });
  if (!placeholders.includes(replyPlaceholder)) {
    throw new TemplateError(`the letterhead has no {{${replyPlaceholder}}}: type {{${replyPlaceholder}}} on a line of its own where the letter goes`);
  }
}
