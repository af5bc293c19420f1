import MarkdownIt from 'markdown-it';
import type { Block, Range } from '../types';
import { stripInline, trimMarkupEnd } from './markup';

// Block structure comes from markdown-it (CommonMark); inline parsing is switched off because rules
// read the inline source themselves, and it is most of markdown-it's time. Its table rule is off too:
// it builds a dozen tokens a row that would only be joined again, so a table is recognised here, as
// a paragraph whose second line is a delimiter row.
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
type Token = ReturnType<typeof md.parse>[number];
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
md.block.ruler.disable(['table']);

// markdown-it's published build sets each of a Token's fields through a class-field helper
// (toPropertyKey, an `in` check, then assignment): a quarter of its block parse. This instance's block
// state builds its tokens directly instead: the same fields, in the same order, on Token's prototype.
const TOKEN_PROTOTYPE = MarkdownIt.Token.prototype;
function newToken(type: string, tag: string, nesting: -1 | 0 | 1): Token {
  const token = Object.create(TOKEN_PROTOTYPE) as Token;
  token.map = null;
  token.level = 0;
  token.children = null;
  token.content = '';
  token.markup = '';
  token.info = '';
  token.block = false;
  token.hidden = false;
  token.type = type;
  token.tag = tag;
  token.attrs = null;
  token.nesting = nesting;
  token.meta = null;
  return token;
}
md.block.State = class extends md.block.State {
  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    // As StateBlock.push does, with the token made by newToken.
    const token = newToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
};

const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

const contentStart = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)*(?:#{1,6}\s+)?[\s*_>]*/;

/** The range of a block's words: from its first word to the end of its last line's text. */
function blockRange(lines: readonly string[], start: number, end: number): Range {
  const first = lines[start] ?? '';
  const lead = contentStart.exec(first)?.[0].length ?? 0;
  let last = end;
  while (last > start && (lines[last] ?? '').trim() === '') last--;
  const lastLine = trimMarkupEnd(lines[last] ?? '');
  return {
    start: { line: start, character: Math.min(lead, first.length) },
    end: { line: last, character: Math.max(lastLine.length, last === start ? lead : 0) },
  };
}

interface ListFrame {
  marker: string;
  /** The item only wraps a nested list on its own first line ("- 1. text"): not a level of its own. */
  wrapper: boolean;
  startLine: number;
  emitted: boolean;
  /** The item's own token and how its number was written ("310."), for an item with no text. */
  open: Token;
  written: string;
}

/** The source lines of a block, joined: computed when needed rather than kept for every block. */
export function blockSource(lines: readonly string[], block: Pick<Block, 'startLine' | 'endLine'>): string {
  return lines.slice(block.startLine, block.endLine + 1).join('\n');
}

/** A pipe table: a header row, then a delimiter row such as `|---|:--:|`. */
function isTable(content: string): boolean {
  const nl = content.indexOf('\n');
  if (nl < 0 || !content.includes('|')) return false;
  const end = content.indexOf('\n', nl + 1);
  const second = content.slice(nl + 1, end < 0 ? undefined : end);
  return second.includes('-') && TABLE_DELIMITER.test(second) && (second.includes('|') || content.slice(0, nl).includes('|'));
}

/**
 * Blocks of a Markdown body. `offset` is the file line where `body` starts (after front matter), so
 * every block carries file line numbers.
 */
export function readBlocks(body: string, lines: readonly string[], offset: number): Block[] {
  const tokens = md.parse(body, {});
  const blocks: Block[] = [];
  const items: ListFrame[] = [];
  let headingLevel = 0;
  let pendingMarker: string | undefined;
  let depth = 0; // list items open, not counting wrappers

  const push = (kind: Block['kind'], tok: Token, inline: string, extra: Partial<Block> = {}) => {
    const [s, e] = tok.map ?? [0, 1];
    const startLine = s + offset;
    const endLine = Math.max(startLine, e - 1 + offset);
    const text = stripInline(inline);
    const block: Block = {
      kind,
      startLine,
      endLine,
      text,
      range: blockRange(lines, startLine, endLine),
      depth: depth - (kind === 'list-item' ? 1 : 0),
      ...extra,
    };
    blocks.push(block);
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    switch (tok.type) {
      case 'list_item_open': {
        const next = tokens[i + 1];
        const marker = tok.markup === '.' || tok.markup === ')' ? tok.info : '-';
        // "- 1. text": the bullet wraps an ordered item on the same line; the number is the marker.
        const wrapper =
          (next?.type === 'bullet_list_open' || next?.type === 'ordered_list_open') && next.map?.[0] === tok.map?.[0];
        items.push({ marker, wrapper, startLine: tok.map?.[0] ?? 0, emitted: false, open: tok, written: marker === '-' ? '' : tok.info + tok.markup });
        if (!wrapper) depth++;
        break;
      }
      case 'list_item_close': {
        const item = items.pop();
        // "2. 310.": to Markdown an empty item numbered 310 inside item 2; to a reader, the answer "310.".
        const outer = items[items.length - 1];
        if (item && !item.wrapper && !item.emitted && item.written && outer?.wrapper && !outer.emitted && outer.startLine === item.startLine) {
          outer.emitted = true;
          push('list-item', item.open, item.written, { marker: outer.marker });
        }
        if (!item?.wrapper) depth--;
        break;
      }
      case 'heading_open':
        headingLevel = Number(tok.tag.slice(1));
        break;
      case 'paragraph_open':
      case 'heading_close':
      case 'paragraph_close':
        break;
      case 'inline': {
        const opener = tokens[i - 1];
        // A "-" or "=" line under several lines of text (a separator in text pasted from a web page)
        // makes them a setext heading in Markdown; to a reader they are a paragraph.
        const setextParagraph = opener?.type === 'heading_open' && opener.markup.length > 0 && /^[-=]/.test(opener.markup) && tok.content.includes('\n');
        if (opener?.type === 'heading_open' && !setextParagraph) {
          push('heading', opener, tok.content, { headingLevel });
        } else if (setextParagraph) {
          push('paragraph', opener, tok.content);
        } else {
          const item = items[items.length - 1];
          if (item && !item.emitted && opener.map?.[0] === item.startLine) {
            item.emitted = true;
            pendingMarker = item.marker;
            push('list-item', opener, tok.content, { marker: pendingMarker });
          } else if (isTable(tok.content)) {
            push('table', opener, tok.content.replace(/\s*\n\s*/g, ' | '));
          } else {
            push('paragraph', opener, tok.content);
          }
        }
        break;
      }
      case 'html_block':
        push('html', tok, '');
        blocks[blocks.length - 1].text = '';
        break;
      case 'fence':
      case 'code_block':
        push('code', tok, '');
        blocks[blocks.length - 1].text = '';
        break;
      default:
        break;
    }
  }
  readPastNestingLimit(tokens, lines, offset, blocks);
  return blocks;
}

/**
 * markdown-it stops reading at its nesting limit and drops the rest of the document. Lines past the
 * point it reached are read as plain paragraphs, so that text after a pathological list (a section a
 * fix inserted there, say) is still seen.
 */
function readPastNestingLimit(tokens: readonly Token[], lines: readonly string[], offset: number, blocks: Block[]): void {
  const limit = md.options.maxNesting ?? 100;
  if (!tokens.some((t) => t.level >= limit - 2)) return;
  // Containers (lists, quotes) claim every line to the end when the limit cuts them; content does not.
  let reached = offset;
  for (const t of tokens) {
    if (t.map && t.nesting === 0 && t.map[1] + offset > reached) reached = t.map[1] + offset;
  }
  for (let l = reached; l < lines.length; l++) {
    if (lines[l].trim() === '') continue;
    let end = l;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
    const raw = blockSource(lines, { startLine: l, endLine: end });
    const heading = /^ {0,3}(#{1,6})\s+(.*)$/.exec(lines[l]);
    blocks.push({
      kind: heading && l === end ? 'heading' : 'paragraph',
      startLine: l,
      endLine: end,
      text: stripInline(heading && l === end ? heading[2] : raw),
      range: blockRange(lines, l, end),
      depth: 0,
      ...(heading && l === end && { headingLevel: heading[1].length }),
    });
    l = end;
  }
}
