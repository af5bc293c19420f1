import MarkdownIt from 'markdown-it';

import {
  AlignmentType,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IRunOptions,
} from 'docx';

// Markdown blocks to Word paragraphs and tables (docx package objects). Numbered lists become Word's
// own numbering, starting where the Markdown list starts, so the reader of the Word file sees the same
// numbers; HTML comments (foi-lint's directives, drafting notes) are not part of the letter.

const md = new MarkdownIt({ html: true, linkify: false });
type Token = ReturnType<typeof md.parse>[number];

type Block = Paragraph | Table;
type NumberingConfig = INumberingOptions['config'][number];

const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
export const bulletReference = 'foi-bullets';
const indent = (level: number) => ({ left: 720 * (level + 1), hanging: 360 });

export interface Converted {
  children: Block[];
  numbering: NumberingConfig[];
}

export function markdownToBlocks(markdown: string): Converted {
  const tokens = md.parse(markdown, {});
  const sourceLines = markdown.split(/\r?\n/);
  const numbering: NumberingConfig[] = [
    {
      reference: bulletReference,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: level % 2 === 0 ? '\u2022' : '\u25e6',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: indent(level) } },
      })),
    },
  ];
  const children: Block[] = [];
  // Each open list: its numbering reference, and for a numbered list the number its next item should have.
  const lists: { reference: string; next?: number }[] = [];
  /** A numbering definition of its own for a list at `level` that starts at `start`. */
  const newNumbering = (level: number, start: number): string => {
    const reference = `foi-numbers-${numbering.length}`;
    numbering.push({
      reference,
      levels: Array.from({ length: 9 }, (_, l) => ({
        level: l,
        format: LevelFormat.DECIMAL,
        text: `%${l + 1}.`,
        start: l === level ? start : 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: indent(l) } },
      })),
    });
    return reference;
  };
  let i = 0;
  const next = (): Token => tokens[i++];
  while (i < tokens.length) {
    const t = next();
    switch (t.type) {
      case 'heading_open': {
        const inline = next();
        children.push(new Paragraph({ heading: headings[Number(t.tag.slice(1)) - 1], children: runs(inline) }));
        break;
      }
      case 'bullet_list_open':
        lists.push({ reference: bulletReference });
        break;
      case 'ordered_list_open':
        lists.push({ reference: newNumbering(lists.length, Number(t.attrGet('start') ?? 1)), next: Number(t.attrGet('start') ?? 1) });
        break;
      case 'list_item_open': {
        // Word numbers a list 1, 2, 3; a draft may write "11." then "1.": keep the number as written.
        const list = lists.at(-1);
        const written = Number(t.info);
        if (list?.next !== undefined && t.info !== '' && written !== list.next) list.reference = newNumbering(lists.length - 1, written);
        if (list?.next !== undefined) list.next = (t.info !== '' ? written : list.next) + 1;
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'paragraph_open': {
        const inline = next();
        const list = lists.at(-1);
        // Only a list item's first paragraph carries its number or bullet; later ones are indented under it.
        const first = tokens[i - 3]?.type === 'list_item_open';
        if (list && first) {
          children.push(new Paragraph({ numbering: { reference: list.reference, level: lists.length - 1 }, children: runs(inline) }));
        } else {
          children.push(new Paragraph({ children: runs(inline), ...(list ? { indent: indent(lists.length - 1) } : {}) }));
        }
        break;
      }
      case 'table_open':
        children.push(...table(tokens, i, sourceLines));
        while (i < tokens.length && tokens[i].type !== 'table_close') i++;
        i++;
        break;
      case 'fence':
      case 'code_block':
        for (const line of t.content.replace(/\n$/, '').split('\n')) {
          children.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }));
        }
        break;
      case 'html_block': {
        const text = t.content.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').trim();
        if (text) children.push(new Paragraph({ children: [new TextRun(text)] }));
        break;
      }
      case 'hr':
        children.push(new Paragraph({ border: { bottom: { style: 'single', size: 6, color: 'auto', space: 1 } }, children: [] }));
        break;
      default:
        break;
    }
  }
  return { children, numbering };
}

/**
 * A table, and the lines Markdown runs on into it without a "|" (a letter's text straight after the
 * table): those end it, as foi-lint reads a draft, and follow it as paragraphs.
 */
function table(tokens: Token[], from: number, sourceLines: readonly string[]): Block[] {
  const rows: TableRow[] = [];
  const after: Paragraph[] = [];
  let cells: TableCell[] = [];
  let header = false;
  let ended = false;
  for (let i = from; i < tokens.length && tokens[i].type !== 'table_close'; i++) {
    const t = tokens[i];
    if (t.type === 'tr_open' && !header && t.map && !(sourceLines[t.map[0]] ?? '').includes('|')) ended = true;
    if (ended) {
      if (t.type === 'inline' && t.content.trim() !== '') after.push(new Paragraph({ children: runs(t) }));
      continue;
    }
    if (t.type === 'thead_open') header = true;
    else if (t.type === 'thead_close') header = false;
    else if (t.type === 'tr_close') {
      // Only header rows say so: mammoth reads any w:tblHeader, even a false one, as a header row.
      rows.push(new TableRow({ children: cells, ...(header && { tableHeader: true }) }));
      cells = [];
    } else if (t.type === 'inline') {
      cells.push(new TableCell({ children: [new Paragraph({ children: runs(t, header) })] }));
    }
  }
  return [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), ...after];
}

/** An inline token's children as runs: bold, italic and code kept; breaks as Word line breaks. */
function runs(inline: Token, bold = false): TextRun[] {
  const out: TextRun[] = [];
  let strong = bold ? 1 : 0;
  let em = 0;
  const style = (): IRunOptions => ({ ...(strong > 0 && { bold: true }), ...(em > 0 && { italics: true }) });
  for (const c of inline.children ?? []) {
    switch (c.type) {
      case 'text':
        out.push(new TextRun({ text: c.content, ...style() }));
        break;
      case 'code_inline':
        out.push(new TextRun({ text: c.content, font: 'Courier New', ...style() }));
        break;
      case 'strong_open':
        strong++;
        break;
      case 'strong_close':
        strong--;
        break;
      case 'em_open':
        em++;
        break;
      case 'em_close':
        em--;
        break;
      case 'softbreak':
      case 'hardbreak':
        // A letter's lines (the address, the date, "Our ref:") stay lines in Word.
        out.push(new TextRun({ break: 1 }));
        break;
      case 'html_inline':
        // Comments (directives, notes to the officer) are not part of the letter; other tags are dropped.
        break;
      default:
        if (c.content) out.push(new TextRun({ text: c.content, ...style() }));
    }
  }
  return out;
}
