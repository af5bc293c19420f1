// Markdown inline markup as it appears in converted letters: stray ** and *** markers, escapes,
// links, hard breaks. Stripping it leaves the words an officer reads.

const MARKUP = /[*_`<\\\]]/;
/**
 * A run of white space other than a single space: a lone space needs no replacing. Written as "two or
 * more, or one that is not a space" (the greedy run is the whole run either way): no leading `\s*` to
 * try and undo at every lone space between words.
 */
const SPACES_TO_FOLD = /\s{2,}|[^\S ]/g;

/** Runs of white space as single spaces (the same as replacing every /\s+/ run by one space). */
export function foldSpaces(text: string): string {
  return text.replace(SPACES_TO_FOLD, ' ');
}

export function stripInline(source: string): string {
  if (!MARKUP.test(source)) return source.includes('\n') || source.includes('  ') ? foldSpaces(source).trim() : source.trim();
  let s = source;
  if (s.includes('<!--')) s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  if (s.includes('](')) s = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (s.includes('<')) s = s.replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1');
  if (s.includes('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1').replace(/\\$/gm, '');
  // Each pass only where its character occurs: most blocks have one kind of markup, if any.
  if (s.includes('*')) s = s.replace(/\*+/g, '');
  if (s.includes('_')) s = s.replace(/(^|\W)_+|_+(?=\W|$)/g, '$1');
  if (s.includes('`')) s = s.replace(/`+/g, '');
  return foldSpaces(s).trim();
}

const NON_ASCII = /[^\x00-\x7f]/;
/** A letter or digit outside ASCII ("é", "٣"): typographic quotes, dashes and "£" are not. */
const NON_ASCII_WORD = /(?=[^\x00-\x7f])[\p{L}\p{N}]/u;
// Runs of anything but letters and digits, except a lone space (already what a run becomes): a
// match per word would cost more than the words.
const NOT_WORDS_ASCII = / [^a-z0-9]+|[^a-z0-9 ][^a-z0-9]*/g;
const NOT_WORDS = / [^\p{L}\p{N}]+|[^\p{L}\p{N} ][^\p{L}\p{N}]*/gu;

/** Lower case, letters and digits only: for comparing a restated question with the original. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  // Text whose letters and digits are all ASCII (most letters, curly quotes and dashes included) takes
  // the plain class, which counts every other character as a separator as Unicode properties would,
  // several times faster.
  const unicode = NON_ASCII.test(lower) && NON_ASCII_WORD.test(lower);
  return lower.replace(unicode ? NOT_WORDS : NOT_WORDS_ASCII, ' ').trim();
}

/** Number words compare loosely: "Q1" and "1" and "1." are the same question. */
export function sameNumber(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** Trailing whitespace, emphasis markers and hard-break backslashes removed, in linear time (a regular
 * expression anchored at the end rescans a long run of spaces from every start). */
export function trimMarkupEnd(line: string): string {
  let end = line.length;
  while (end > 0 && /[\s*_\\]/.test(line[end - 1])) end--;
  return line.slice(0, end);
}
