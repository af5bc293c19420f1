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
  return {
    source,
    test: (text) => re.test(text),
    find(text) {
      const m = re.exec(text);
      return m ? { index: m.index, length: m[0].length } : undefined;
    },
  };
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
  return {
    source,
    test: (text) => re.test(text),
    find(text) {
      const m = re.matcher(text);
      if (!m.find()) return undefined;
      const index = m.start();
      return { index, length: m.end() - index };
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
