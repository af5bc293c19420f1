// Where a converted draft's text came from. The engine checks Markdown; a finding in it is reported at
// the place a user can find in the original: the paragraph (its number and first words) and, for
// text files (HTML, e-mail), the line of the file where that paragraph starts.

export interface SourceParagraph {
  /** 1-based, counting the paragraphs that hold text (headings, list items and table cells included). */
  number: number;
  /** The paragraph's first words, to find it with the word processor's search. */
  snippet: string;
  /** 1-based line of the original file where the paragraph starts, for text formats when found. */
  line?: number;
  /** Set for a paragraph of a Word document's page header (then `number` counts the header's). */
  part?: 'header';
}

/** A paragraph starts at this position (0-based line and UTF-16 column) of the Markdown. */
export interface Anchor {
  line: number;
  character: number;
  paragraph: SourceParagraph;
}

export interface SourceMap {
  /** Anchors in text order. */
  anchors: Anchor[];
}

/** The paragraph a position of the converted Markdown belongs to: the last one starting at or before it. */
export function paragraphAt(map: SourceMap, position: { line: number; character: number }): SourceParagraph | undefined {
  const { anchors } = map;
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = anchors[mid];
    if (a.line < position.line || (a.line === position.line && a.character <= position.character)) lo = mid + 1;
    else hi = mid - 1;
  }
  // A finding on the front matter or before the first paragraph belongs to the first one.
  return anchors[Math.max(hi, 0)]?.paragraph;
}

const snippetWords = 8;

/** The first words of a paragraph, as a search string ("Does your council currently deploy…"). */
export function snippetOf(text: string): string {
  const words = text.replace(/[\uE000-\uE003]\d*[\uE000-\uE003]?/g, '').trim().split(/\s+/).filter(Boolean);
  const head = words.slice(0, snippetWords).join(' ');
  return words.length > snippetWords ? `${head}\u2026` : head;
}

// Markers the converters put into the text before Markdown is produced and take out after: the start
// of a paragraph (its number) and a review annotation (its index). Private-use characters: no
// converter escapes or moves them, and no real letter contains them.
export const paragraphMark = (n: number): string => `\uE000${n}\uE001`;
export const annotationMark = (n: number): string => `\uE002${n}\uE003`;
const marks = /\uE000(\d+)\uE001|\uE002(\d+)\uE003/g;

/**
 * Take the markers out of converted text: each paragraph marker becomes an anchor at the place it
 * stood, each annotation marker the text `annotation(index)` returns.
 */
export function takeMarks(
  marked: string,
  paragraph: (n: number) => SourceParagraph | undefined,
  annotation: (index: number) => string,
): { text: string; map: SourceMap } {
  const anchors: Anchor[] = [];
  let text = '';
  let line = 0;
  let lineStart = 0;
  let last = 0;
  const advance = (chunk: string): void => {
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) {
      line++;
      lineStart = text.length + i + 1;
    }
    text += chunk;
  };
  marks.lastIndex = 0;
  for (let m = marks.exec(marked); m; m = marks.exec(marked)) {
    advance(marked.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const p = paragraph(Number(m[1]));
      if (p) anchors.push({ line, character: text.length - lineStart, paragraph: p });
    } else {
      advance(annotation(Number(m[2])));
    }
  }
  advance(marked.slice(last));
  return { text, map: { anchors } };
}

/**
 * Anchors for Markdown produced from a text format (HTML, e-mail): each block of text is a paragraph,
 * found in the original file by its first words (in order, so a repeated line is not matched early).
 */
export function mapByText(markdown: string, original: string | undefined): SourceMap {
  const anchors: Anchor[] = [];
  const lines = markdown.split('\n');
  const originalLines = original?.split(/\r?\n|\r/) ?? [];
  let from = 0;
  let inBlock = false;
  let number = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const text = raw.replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+|\|)?/, '').replace(/[*_`|]/g, ' ').trim();
    if (text === '') {
      inBlock = false;
      continue;
    }
    // Every list item and table row is its own paragraph; other lines continue the block they are in.
    const newBlock = !inBlock || /^\s*(?:[-*+]|\d+[.)])\s|^\s*\|/.test(raw);
    inBlock = true;
    if (!newBlock) continue;
    number++;
    const paragraph: SourceParagraph = { number, snippet: snippetOf(text) };
    const found = findWords(originalLines, text, from);
    if (found !== undefined) {
      paragraph.line = found + 1;
      from = found;
    }
    anchors.push({ line: i, character: 0, paragraph });
  }
  return { anchors };
}

/** The first line at or after `from` holding the text's first few words (markup and entities aside). */
function findWords(lines: readonly string[], text: string, from: number): number | undefined {
  const words = text.split(/\s+/).filter((w) => /\w/.test(w)).slice(0, 4).map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''));
  const wanted = words.filter(Boolean).join(' ').toLowerCase();
  if (wanted === '') return undefined;
  for (let i = from; i < lines.length; i++) {
    const plain = lines[i].replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/[^\p{L}\p{N}\s]+/gu, '').replace(/\s+/g, ' ').toLowerCase();
    if (plain.includes(wanted)) return i;
  }
  return undefined;
}
