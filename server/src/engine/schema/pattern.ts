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
  const pick = twin ? (text: string) => (isPlain(text) ? twin : re) : () => re;
  // Sticky copies try the start of the text alone, instead of every position after it.
  const atStart = new RegExp(source, 'iuy');
  const twinAtStart = twin && plainTwin(source, 'iy');
  const pickAtStart = twinAtStart ? (text: string) => (isPlain(text) ? twinAtStart : atStart) : () => atStart;
  const pattern: TextPattern = {
    source,
    test: (text) => pick(text).test(text),
    find(text) {
      const m = pick(text).exec(text);
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
      const m = find(text);
      return m?.index === 0 ? m.length : undefined;
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
