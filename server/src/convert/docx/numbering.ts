import { attr, child, children, parseXml } from './xml';

// Word's automatic numbering, worked out as the reader sees it: each list level's format ("%1.",
// "(%2)", "Q%1"), its number style (1, a, iv, A) and its start, counted through the document.
// mammoth turns numbered paragraphs into <ol> items, which would renumber them 1, 2, 3 from wherever
// the list starts and lose "(a)" or "Q1"; so the label is computed here and written as text.

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Num {
  abstractId: string;
  /** Levels whose start this instance overrides: it counts separately from the abstract list. */
  starts: Map<number, number>;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, { numId: string; level: number }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: Buffer | undefined, stylesXml: Buffer | undefined) {
    if (numberingXml) {
      const root = parseXml(numberingXml, 'word/numbering.xml').documentElement;
      for (const a of children(root, 'abstractNum')) {
        const levels = new Map<number, Level>();
        for (const l of children(a, 'lvl')) {
          levels.set(Number(attr(l, 'ilvl') ?? 0), {
            start: Number(attr(child(l, 'start'), 'val') ?? 1),
            format: attr(child(l, 'numFmt'), 'val') ?? 'decimal',
            text: attr(child(l, 'lvlText'), 'val') ?? '',
          });
        }
        this.abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
      }
      for (const n of children(root, 'num')) {
        const starts = new Map<number, number>();
        for (const o of children(n, 'lvlOverride')) {
          const start = attr(child(o, 'startOverride'), 'val');
          if (start !== undefined) starts.set(Number(attr(o, 'ilvl') ?? 0), Number(start));
        }
        this.nums.set(attr(n, 'numId') ?? '', { abstractId: attr(child(n, 'abstractNumId'), 'val') ?? '', starts });
      }
    }
    if (stylesXml) {
      for (const s of children(parseXml(stylesXml, 'word/styles.xml').documentElement, 'style')) {
        const numPr = child(child(s, 'pPr') ?? s, 'numPr');
        const numId = attr(child(numPr ?? s, 'numId'), 'val');
        const id = attr(s, 'styleId');
        if (numPr && numId && id) this.styles.set(id, { numId, level: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) });
      }
    }
  }

  /**
   * The label of the next paragraph of this list ("3.", "(b)", "Q2"): undefined when the paragraph is
   * not numbered, null when it is a bullet (left to mammoth as a bulleted list).
   */
  next(numPr: Element | undefined, styleId: string | undefined): string | null | undefined {
    let numId = attr(child(numPr ?? emptyElement, 'numId'), 'val');
    let level = Number(attr(child(numPr ?? emptyElement, 'ilvl'), 'val') ?? 0);
    if (numId === undefined && styleId !== undefined) {
      const style = this.styles.get(styleId);
      if (style) ({ numId, level } = style);
    }
    if (numId === undefined || numId === '0') return undefined;
    const num = this.nums.get(numId);
    const levels = num && this.abstracts.get(num.abstractId);
    const def = levels?.get(level);
    if (!num || !levels || !def) return undefined;
    if (def.format === 'bullet') return null;
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level] + 1;
    // A higher level's new item restarts the levels below it.
    counts.length = level + 1;
    this.counters.set(key, counts);
    return def.text
      .replace(/%([1-9])/g, (_m, n: string) => {
        const l = Number(n) - 1;
        const value = counts[l] ?? startOf(l);
        return formatNumber(value, levels.get(l)?.format ?? 'decimal');
      })
      .trim();
  }
}

const emptyElement = { firstChild: null } as unknown as Element;

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Word's letters: a..z, then aa..zz, aaa... */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}
