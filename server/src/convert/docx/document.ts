import { XMLSerializer } from '@xmldom/xmldom';
import type { ReviewNote } from '../../engine/rules/review-notes';
import { annotationMark, paragraphMark, snippetOf, type SourceParagraph } from '../sourceMap';
import type { Numbering } from './numbering';
import type { Comments } from './review';
import { trackedChanges } from './review';
import { attr, child, children, textOf, W } from './xml';

// word/document.xml made ready for mammoth: each paragraph that holds text starts with a marker of its
// number (so a finding can be traced back to it), numbered paragraphs carry the number the reader sees
// as text, and comments and tracked changes become annotation markers at the paragraph's end.

export interface PreparedDocument {
  xml: string;
  paragraphs: SourceParagraph[];
  notes: ReviewNote[];
}

export function prepareDocument(doc: Document, numbering: Numbering, comments: Comments): PreparedDocument {
  const body = child(doc.documentElement, 'body');
  const paragraphs: SourceParagraph[] = [];
  const notes: ReviewNote[] = [];
  const seenComments = new Set<string>();
  if (body) {
    for (const p of bodyParagraphs(body)) {
      const pPr = child(p, 'pPr');
      const label = numbering.next(pPr && child(pPr, 'numPr'), attr(pPr && child(pPr, 'pStyle'), 'val'));
      const text = textOf(p).trim();
      const found = [...trackedChanges(p), ...comments.in(p, seenComments)];
      if (typeof label === 'string') unnumber(doc, p, pPr);
      if (text === '' && found.length === 0) continue;
      const number = paragraphs.length + 1;
      const visible = typeof label === 'string' && label !== '' ? `${label} ${text}` : text;
      paragraphs.push({ number, snippet: snippetOf(visible || found.map((n) => n.text).join(' ')) });
      const head = paragraphMark(number) + (typeof label === 'string' && label !== '' ? `${label} ` : '');
      p.insertBefore(run(doc, head), pPr ? pPr.nextSibling : p.firstChild);
      for (const note of found) {
        p.appendChild(run(doc, annotationMark(notes.length)));
        notes.push(note);
      }
    }
  }
  return { xml: new XMLSerializer().serializeToString(doc), paragraphs, notes };
}

/** The body's paragraphs in reading order, table cells included; Word's alternative content once. */
function bodyParagraphs(body: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    for (const c of children(e)) {
      if (c.localName === 'Choice') continue;
      if (c.namespaceURI === W && c.localName === 'p') out.push(c);
      // Paragraphs nested in a paragraph (text boxes) follow it; deleted paragraphs' text is in w:del.
      walk(c);
    }
  };
  walk(body);
  return out;
}

/** Numbering turned off explicitly (numId 0), so neither the paragraph nor its style makes a list. */
function unnumber(doc: Document, p: Element, pPr: Element | undefined): void {
  let props = pPr;
  if (!props) {
    props = doc.createElementNS(W, 'w:pPr');
    p.insertBefore(props, p.firstChild);
  }
  const old = child(props, 'numPr');
  const numPr = doc.createElementNS(W, 'w:numPr');
  for (const [name, value] of [['ilvl', '0'], ['numId', '0']]) {
    const e = doc.createElementNS(W, `w:${name}`);
    e.setAttributeNS(W, 'w:val', value);
    numPr.appendChild(e);
  }
  if (old) props.replaceChild(numPr, old);
  else props.insertBefore(numPr, child(props, 'pStyle')?.nextSibling ?? props.firstChild);
}

function run(doc: Document, text: string): Element {
  const r = doc.createElementNS(W, 'w:r');
  const t = doc.createElementNS(W, 'w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  return r;
}
