import type { ReviewNote } from '../../engine/rules/review-notes';
import { attr, children, descendants, parseXml, textOf, W } from './xml';

// Comments (word/comments.xml) and tracked changes (w:ins, w:del, w:moveFrom/w:moveTo and property
// changes in word/document.xml). mammoth drops both: it reads the text as if every change were
// accepted and leaves comments out, which is the right text to check, but a reply sent with either
// still in it leaks the team's drafts and notes.

const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

export class Comments {
  private readonly byId = new Map<string, ReviewNote>();

  constructor(commentsXml: Buffer | undefined, extendedXml: Buffer | undefined) {
    if (!commentsXml) return;
    // Word 2013 and later, and LibreOffice, mark a resolved comment "done" in commentsExtended.xml,
    // keyed by the paraId of the comment's last paragraph.
    const done = new Set<string>();
    if (extendedXml) {
      const root = parseXml(extendedXml, 'word/commentsExtended.xml').documentElement;
      for (const ex of Array.from(root.getElementsByTagNameNS(W15, 'commentEx') as unknown as ArrayLike<Element>)) {
        if (ex.getAttributeNS(W15, 'done') === '1') done.add(ex.getAttributeNS(W15, 'paraId') ?? '');
      }
    }
    for (const c of children(parseXml(commentsXml, 'word/comments.xml').documentElement, 'comment')) {
      const paragraphs = children(c, 'p');
      const lastParaId = paragraphs.at(-1)?.getAttributeNS(W14, 'paraId') ?? '';
      if (lastParaId !== '' && done.has(lastParaId)) continue;
      const text = paragraphs.map((p) => textOf(p)).join(' ').trim();
      this.byId.set(attr(c, 'id') ?? '', { kind: 'comment', text, ...author(c) });
    }
  }

  /** The unresolved comments anchored in a paragraph (where their range starts, or their mark). */
  in(paragraph: Element, seen: Set<string>): ReviewNote[] {
    const out: ReviewNote[] = [];
    for (const name of ['commentRangeStart', 'commentReference']) {
      for (const e of descendants(paragraph, name)) {
        const id = attr(e, 'id') ?? '';
        const note = this.byId.get(id);
        if (note && !seen.has(id)) {
          seen.add(id);
          out.push(note);
        }
      }
    }
    return out;
  }
}

/** The tracked changes inside one paragraph, in order; formatting changes once per paragraph. */
export function trackedChanges(paragraph: Element): ReviewNote[] {
  const out: ReviewNote[] = [];
  const walk = (e: Element): void => {
    for (const c of children(e)) {
      if (c.namespaceURI !== W) {
        if (c.localName !== 'Choice') walk(c);
        continue;
      }
      switch (c.localName) {
        case 'ins':
        case 'moveTo':
          // A paragraph mark inserted (w:rPr/w:ins) carries no text of its own.
          if (e.localName !== 'rPr') out.push({ kind: c.localName === 'ins' ? 'insertion' : 'move', text: textOf(c), ...author(c) });
          break;
        case 'del':
          if (e.localName !== 'rPr') out.push({ kind: 'deletion', text: textOf(c, true), ...author(c) });
          break;
        case 'moveFrom':
          break;
        case 'rPrChange':
        case 'pPrChange':
          if (!out.some((n) => n.kind === 'formatting')) out.push({ kind: 'formatting', text: '', ...author(c) });
          break;
        default:
          walk(c);
      }
    }
  };
  walk(paragraph);
  return out;
}

function author(e: Element): { author?: string } {
  const name = attr(e, 'author');
  return name ? { author: name } : {};
}
