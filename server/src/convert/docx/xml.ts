import { DOMParser } from '@xmldom/xmldom';

// Small helpers over the DOM of a .docx part (xmldom: the parser mammoth itself uses).

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type XmlElement = Element;

export function parseXml(bytes: Buffer, part: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      if (level !== "warning") errors.push(String(message));
    },
  }).parseFromString(bytes.toString('utf8'), 'text/xml');
  if (errors.length > 0 || !doc.documentElement) {
    throw new Error(`${part} is not well-formed XML (${(errors[0] ?? 'no root element').split('\n')[0].replace(/\[xmldom \w+\]\s*/, '').trim()})`);
  }
  return doc;
}

/** Child elements, optionally only those with this local name in the WordprocessingML namespace. */
export function children(element: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (name === undefined || (child.localName === name && child.namespaceURI === W)) out.push(child);
  }
  return out;
}

export function child(element: Element, name: string): Element | undefined {
  return children(element, name)[0];
}

/** Every descendant element with this WordprocessingML name, in document order. */
export function descendants(element: Element, name: string): Element[] {
  return Array.from(element.getElementsByTagNameNS(W, name) as unknown as ArrayLike<Element>);
}

export function attr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W, name);
  return value === null || value === '' ? undefined : value;
}

/** The text of w:t (and, for deleted text, w:delText) below an element, tabs and breaks as spaces. */
export function textOf(element: Element, withDeleted = false): string {
  let text = '';
  const walk = (e: Element): void => {
    for (const c of children(e)) {
      if (c.namespaceURI !== W) {
        if (c.localName !== 'Choice') walk(c);
        continue;
      }
      if (c.localName === 't' || (withDeleted && c.localName === 'delText')) text += c.textContent ?? '';
      else if (c.localName === 'tab' || c.localName === 'br' || c.localName === 'cr') text += ' ';
      else if (!withDeleted && (c.localName === 'del' || c.localName === 'moveFrom')) continue;
      else walk(c);
    }
  };
  walk(element);
  return text;
}
