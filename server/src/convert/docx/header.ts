import type { SafeZip } from '../zip';
import { attr, child, children, descendants, parseXml, textOf } from './xml';

// The page header of the letter's first page. A letterhead often carries the reference and the date
// there ("Our ref: ... Date: ..."), so its text is checked as the top of the letter.

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function firstPageHeader(zip: SafeZip, document: Document): Promise<string[]> {
  const body = child(document.documentElement, 'body');
  const sectPr = body && children(body, 'sectPr').at(-1);
  if (!sectPr) return [];
  const refs = children(sectPr, 'headerReference');
  const titlePage = child(sectPr, 'titlePg') !== undefined && attr(child(sectPr, 'titlePg'), 'val') !== '0';
  const ref = (titlePage && refs.find((r) => attr(r, 'type') === 'first')) || refs.find((r) => attr(r, 'type') === 'default');
  const id = ref?.getAttributeNS(R, 'id');
  const rels = await zip.read('word/_rels/document.xml.rels');
  if (!id || !rels) return [];
  const relsDoc = parseXml(rels, 'word/_rels/document.xml.rels').documentElement;
  const rel = Array.from(relsDoc.getElementsByTagName('Relationship') as unknown as ArrayLike<Element>).find((r) => r.getAttribute('Id') === id);
  const target = rel?.getAttribute('Target');
  if (!target || /^[a-z]+:/i.test(target)) return [];
  const name = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  const part = await zip.read(name);
  if (!part) return [];
  return descendants(parseXml(part, name).documentElement, 'p')
    .map((p) => textOf(p).replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}
