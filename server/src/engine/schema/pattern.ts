import type { RE2JS } from 're2js';
import type { TextPattern } from './types';

// Patterns from the built-in bases are ours and run on the native engine. Patterns from an
// authority's .foi.yaml run on RE2 (re2js), whose matching time is linear in the text, so a pattern
// such as `(a+)+$` cannot freeze the language server on a long draft. re2js is loaded on the first
// such pattern: most workspaces are trusted, and its load is a noticeable part of a start.

/** RE2 programs larger than this are rejected: each costs time on every block of every draft. */
const MAX_PROGRAM_SIZE = 20_000;

export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

/** Compile a case-insensitive Unicode pattern. Throws PatternError with a readable reason. */
export function compilePattern(source: string, opts: { trusted: boolean }): TextPattern {
  return opts.trusted ? compileNative(source) : compileLinear(source);
}

function compileNative(source: string): TextPattern {
  let re: RegExp;
  try {
    re = new RegExp(source, 'iu');
  } catch (error) {
    throw new PatternError(`invalid regular expression: ${stripPrefix((error as Error).message, source)}`);
  }
  const twin = plainTwin(source, 'i');
  // Words any match contains, where looking for them first is cheaper than the search (see needsTest):
  // a text without them is not searched at all.
  const needs = twin ? needsTest(source) : undefined;
  // `null`: no match is possible.
  const pick = twin ? (text: string) => (isPlain(text) ? (mayContain(needs, text) ? twin : null) : re) : () => re;
  // Sticky copies try the start of the text alone, instead of every position after it.
  const atStart = new RegExp(source, 'iuy');
  // The twin's source compiled with `i` already: with `iy` too.
  const twinAtStart = twin && new RegExp(source, 'iy');
  const pickAtStart = twinAtStart ? (text: string) => (isPlain(text) ? twinAtStart : atStart) : () => atStart;
  const pattern: TextPattern = {
    source,
    test: (text) => pick(text)?.test(text) ?? false,
    find(text) {
      const m = pick(text)?.exec(text);
      return m ? { index: m.index, length: m[0].length } : undefined;
    },
    findAtStart(text) {
      const sticky = pickAtStart(text);
      sticky.lastIndex = 0;
      return sticky.exec(text)?.[0].length;
    },
  };
  if (twin) plainSources.set(pattern, source);
  return pattern;
}

/** Sources of the built-in patterns that have a twin without `u`: a list of them may be joined. */
const plainSources = new WeakMap<TextPattern, string>();
const joinedAtStart = new WeakMap<readonly TextPattern[], RegExp | null>();
/** Numbered or named groups and references to them would clash once several sources are joined. */
const GROUP_REFERENCES = /\\[1-9k]|\(\?<(?![=!])/;

/**
 * Whether any pattern of the list may match at the very start of `text`: false only when none can.
 * A list of built-in patterns (the layout's labels) is tried as one sticky alternation, instead of
 * a search per pattern, for most lines that start with no label at all.
 */
export function mayMatchAtStart(patterns: readonly TextPattern[], text: string): boolean {
  let joined = joinedAtStart.get(patterns);
  if (joined === undefined) {
    joined = joinAtStart(patterns);
    joinedAtStart.set(patterns, joined);
  }
  if (joined === null || !isPlain(text)) return true;
  joined.lastIndex = 0;
  return joined.test(text);
}

function joinAtStart(patterns: readonly TextPattern[]): RegExp | null {
  const sources = patterns.map((p) => plainSources.get(p));
  if (!sources.length || sources.some((s) => s === undefined || GROUP_REFERENCES.test(s))) return null;
  try {
    return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'iy');
  } catch {
    return null;
  }
}

/**
 * Literal words a match must contain, lower case: each inner list holds alternatives, one of which must
 * occur ("(?:under|in accordance with) the" needs one of [under, in accordance with] and [ the]).
 * Undefined when nothing is certain. Read conservatively from the source: letters, digits and spaces
 * written as themselves count; anything else (classes, escapes, look-arounds, optional parts) only
 * separates them. Tested with the `i` flag and without `u`, on plain texts only (see isPlain), where an
 * ASCII letter matches only its own two cases: a text without one of each list's words cannot match.
 */
type Needs = string[][] | undefined;
/** Shorter literals are common enough that looking for them saves nothing. */
const MIN_NEED = 3;

function requiredWords(source: string): Needs {
  try {
    const { needs, end } = alternation(source, 0);
    return end === source.length && needs.length ? needs : undefined;
  } catch {
    return undefined;
  }
}

/** Needs of alternatives `a|b|...` up to a closing parenthesis or the end. */
function alternation(src: string, from: number): { needs: string[][]; end: number } {
  const branches: string[][][] = [];
  let at = from - 1;
  do {
    const branch = sequence(src, at + 1);
    branches.push(branch.needs);
    at = branch.end;
  } while (src[at] === '|');
  if (branches.length === 1) return { needs: branches[0], end: at };
  // One branch or another matches: each must need something; any of their best lists will do.
  if (branches.some((b) => !b.length)) return { needs: [], end: at };
  return { needs: [[...new Set(branches.flatMap((b) => best(b)))]], end: at };
}

/** The length of a list's shortest alternative. */
const shortest = (list: string[]) => Math.min(...list.map((w) => w.length));

/** The most telling list: the one whose shortest alternative is longest. */
function best(needs: string[][]): string[] {
  return needs.reduce((a, b) => (shortest(b) > shortest(a) ? b : a));
}

const LITERAL = /^[a-z0-9 ]$/i;
const COUNT = /^\{(\d+)(?:,\d*)?\}/;

/** Needs of a sequence of atoms, up to `|`, `)` or the end. */
function sequence(src: string, from: number): { needs: string[][]; end: number } {
  const needs: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length >= MIN_NEED) needs.push([run]);
    run = '';
  };
  let i = from;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i];
    let end = i + 1;
    let literal: string | undefined;
    let inner: string[][] = [];
    if (c === '\\') {
      const d = src[i + 1];
      if (d === undefined || /[cuxpPk]/.test(d)) throw new Error('escape not read');
      end = i + 2; // \b, \w, \d, \1 or an escaped symbol: none is a letter of a word
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new Error('class not closed');
      end = j + 1;
    } else if (c === '(') {
      let j = i + 1;
      let lookAround = false;
      if (src[j] === '?') {
        if (src[j + 1] === ':') j += 2;
        else if (src[j + 1] === '=' || src[j + 1] === '!') [j, lookAround] = [j + 2, true];
        else if (src[j + 1] === '<' && (src[j + 2] === '=' || src[j + 2] === '!')) [j, lookAround] = [j + 3, true];
        else if (src[j + 1] === '<') j = src.indexOf('>', j) + 1;
        else throw new Error('group not read');
      }
      const group = alternation(src, j);
      if (src[group.end] !== ')') throw new Error('group not closed');
      end = group.end + 1;
      if (!lookAround) inner = group.needs;
    } else if (LITERAL.test(c)) {
      literal = c.toLowerCase();
    }
    // A quantifier: at least `min` times.
    let min = 1;
    let next = end;
    if (src[next] === '?' || src[next] === '*') [min, next] = [0, next + 1];
    else if (src[next] === '+') next++;
    else if (src[next] === '{') {
      const m = COUNT.exec(src.slice(next));
      if (m) [min, next] = [Number(m[1]), next + m[0].length];
    }
    const quantified = next !== end;
    if (quantified && src[next] === '?') next++;
    if (literal !== undefined && min >= 1) {
      run += literal;
      // "ab+": "ab" is certain, what follows the repeated letter is not next to it.
      if (quantified) flush();
    } else {
      flush();
      if (min >= 1) needs.push(...inner);
    }
    i = next;
  }
  flush();
  return { needs, end: i };
}

/** At most this many lists are tried: the most telling ones, each a search of the text. */
const MAX_NEEDS = 2;
/**
 * A search that is quick without help: anchored at the start (but not by a run of any characters,
 * "^.{0,200}?"), or opening with a letter or digit, which V8 looks for as a literal.
 */
const QUICK_ALREADY = /^(?:\^(?!\.)|(?:\\b)?[a-z0-9])/i;

/**
 * The searches for a pattern's needs, each list as one case-insensitive alternation, most telling
 * first; none where the pattern's own search is as quick (measured on the published letters).
 */
function needsTest(source: string): RegExp[] | undefined {
  const needs = QUICK_ALREADY.test(source) ? undefined : requiredWords(source);
  if (!needs) return undefined;
  return [...needs]
    .sort((a, b) => shortest(b) - shortest(a) || a.length - b.length)
    .slice(0, MAX_NEEDS)
    .map((list) => new RegExp(list.join('|'), 'i'));
}

/** Whether a plain text holds one of each list's words (always, without lists). */
function mayContain(needs: RegExp[] | undefined, text: string): boolean {
  if (!needs) return true;
  for (const re of needs) if (!re.test(text)) return false;
  return true;
}

// V8 runs a case-insensitive pattern many times slower with the `u` flag (no fast literal search).
// Without it the pattern matches the same wherever Unicode mode makes no difference: a source of ASCII
// and uncased characters of the basic plane, without \p, \P or escapes of a code point (which may
// name a cased letter), against a text without surrogates (astral characters count as one with `u`)
// and without the two characters whose case folding is ASCII under `u` alone (U+017F long s, U+212A
// Kelvin sign).
const UNICODE_SYNTAX = /\\[pPux]/;
const UNICODE_SENSITIVE_TEXT = /[\uD800-\uDFFF\u017F\u212A]/;

function plainTwin(source: string, flags: string): RegExp | undefined {
  if (UNICODE_SYNTAX.test(source)) return undefined;
  for (const c of source) if (c > '\x7f' && (c.length > 1 || c.toLowerCase() !== c || c.toUpperCase() !== c)) return undefined;
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

// Every block's text is tried against many patterns in turn: the last answer is kept.
let lastText: string | undefined;
let lastPlain = false;

function isPlain(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastPlain = !UNICODE_SENSITIVE_TEXT.test(text);
  }
  return lastPlain;
}

function compileLinear(source: string): TextPattern {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RE2JS: RE2 } = require('re2js') as typeof import('re2js');
  let re: RE2JS;
  try {
    // translateRegExp accepts JavaScript spellings (\u00e9, (?<name>...), unescaped /).
    re = RE2.compile(RE2.translateRegExp(source), RE2.CASE_INSENSITIVE | RE2.LOOKBEHINDS);
  } catch (error) {
    throw new PatternError(`invalid regular expression: ${explainRe2Error((error as Error).message)}`);
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    throw new PatternError('regular expression is too large: shorten it or split it into several patterns');
  }
  const find = (text: string) => {
    const m = re.matcher(text);
    if (!m.find()) return undefined;
    const index = m.start();
    return { index, length: m.end() - index };
  };
  return {
    source,
    test: (text) => re.test(text),
    find,
    findAtStart(text) {
      // Anchored: a line that does not start with a match is not searched to its end.
      const m = re.matcher(text);
      return m.lookingAt() ? m.end() : undefined;
    },
  };
}

function explainRe2Error(message: string): string {
  // RE2 quotes the pattern with the flags it was given, e.g. `(?i)(unclosed`: show it as written.
  const reason = message.replace(/^error parsing regexp:\s*/, '').replace(/`\(\?i\)/g, '`');
  if (/\(\?[=!]|\(\?<!|\\[1-9]/.test(reason) || /invalid escape sequence: `\\[1-9]/.test(reason)) {
    return `${reason} (look-ahead, negative look-behind and back-references are not supported: patterns from .foi.yaml must run in linear time)`;
  }
  return reason;
}

/** Native messages repeat the pattern ("Invalid regular expression: /x/iu: ..."); keep the reason. */
function stripPrefix(message: string, source: string): string {
  const prefix = `Invalid regular expression: /${source}/iu: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
