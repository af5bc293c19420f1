import { baseSchema } from '../../server/src/engine/schema/load';
import { letterTexts } from './corpus';
import { checkFixes, lintChecked } from './invariants';
import type { Task } from './task';

// Hostile drafts far outside what an officer writes: deep nesting, huge files, one-megabyte lines,
// control characters, broken Unicode, mixed line endings. Each must lint within its bound, with every
// finding inside the document, and --fix must keep every original line and the file's line ending.

export interface ExtremeCase {
  make: () => string;
  /** Generous: ordinary shapes this size lint in well under a tenth of it. */
  budgetMs: number;
  /** Slow enough (seconds) to run only in `npm run fuzz`. */
  deepOnly?: boolean;
}

const letter = letterTexts[letterTexts.length - 1].text;
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const repeatToLines = (text: string, target: number) => {
  const count = text.split('\n').length;
  return Array.from({ length: Math.ceil(target / count) }, () => text).join('\n');
};
const MB = 1 << 20;
const request = 'Thank you for your request received on 8 September 2020, for the following information:\n\n';
const small = 2000;
const large = 10000;

export const extremeCases: Record<string, ExtremeCase> = {
  'list nested 1,000 deep': { make: () => lines(1000, (i) => `${'  '.repeat(i)}- item ${i}`), budgetMs: small },
  'ordered list nested 1,000 deep': { make: () => lines(1000, (i) => `${'   '.repeat(i)}${i + 1}. Question ${i}?`), budgetMs: small },
  'blockquote nested 1,000 deep': { make: () => lines(1000, (i) => `${'>'.repeat(i + 1)} quoted ${i}`), budgetMs: small },
  'blockquote 1,000 deep on one line': { make: () => `${'> '.repeat(1000)}text`, budgetMs: small },
  'list markers 1,000 deep on one line': { make: () => `${'- '.repeat(1000)}text\n${'1. '.repeat(1000)}text\n${'> - 1. '.repeat(333)}x`, budgetMs: small },
  'request with 1,000-deep nested questions': {
    make: () => `${request}${lines(1000, (i) => `${'  '.repeat(i)}${i % 2 ? '-' : `${i + 1}.`} Question ${i}?`)}\n\nResponse\n\nNo`,
    budgetMs: small,
  },
  'emphasis 1,000 deep': { make: () => `${'*'.repeat(1000)}x${'*'.repeat(1000)}\n${'_'.repeat(1000)}\n${'**_'.repeat(1000)}`, budgetMs: small },
  '100,000 lines of letters': { make: () => repeatToLines(letter, 100_000), budgetMs: large },
  '100,000 short lines': { make: () => lines(100_000, (i) => `line ${i}`), budgetMs: large },
  '100,000 blank lines': { make: () => '\n'.repeat(100_000), budgetMs: large },
  '100,000 numbered questions': { make: () => `${request}${lines(100_000, (i) => `${i + 1}. Question ${i}?`)}\n\nResponse\n\nNo`, budgetMs: large },
  '100,000 lines of questions answered by number': {
    make: () => {
      const n = 33_333; // a request line, then "N. answer" and a blank line in the response: 3 lines each
      return `${request}${lines(n, (i) => `${i + 1}. Question ${i}?`)}\n\nResponse\n\n${lines(n, (i) => `${i + 1}. Answer ${i} is given here.\n`)}`;
    },
    budgetMs: large,
  },
  '100,000 placeholders': { make: () => lines(100_000, () => '[TBC] TODO XX <name>'), budgetMs: large, deepOnly: true },
  '100,000 headings': { make: () => lines(100_000, (i) => `## Your rights ${i}`), budgetMs: large },
  '100,000-line unclosed front matter': { make: () => `---\n${lines(100_000, (i) => `k${i}: v`)}`, budgetMs: large },
  '100,000-line unclosed HTML comment': { make: () => `${letter}\n<!--\n${lines(100_000, (i) => `hidden ${i}`)}`, budgetMs: large },
  '100,000-line unclosed code fence': { make: () => `${letter}\n\`\`\`\n${lines(100_000, (i) => `code ${i}`)}`, budgetMs: large },
  '1 MB line of one letter': { make: () => 'a'.repeat(MB), budgetMs: large },
  '1 MB line of words': { make: () => 'word '.repeat(MB / 5), budgetMs: large },
  '1 MB line of asterisks': { make: () => '*'.repeat(MB), budgetMs: large },
  '1 MB line of opening brackets': { make: () => '['.repeat(MB), budgetMs: large },
  '1 MB line of bracket pairs': { make: () => '[a]'.repeat(MB / 3), budgetMs: large },
  '1 MB line of hashes': { make: () => '#'.repeat(MB), budgetMs: large },
  '1 MB line of pipes': { make: () => `| a |\n|---|\n${'|'.repeat(MB)}`, budgetMs: large },
  '1 MB line of backticks': { make: () => '`'.repeat(MB), budgetMs: large },
  '1 MB line of HTML comment openers': { make: () => '<!--'.repeat(MB / 4), budgetMs: large },
  '1 MB line of exemption citations': { make: () => `${letter}\n${'section 40(2) withheld [TBC] '.repeat(40_000)}\n`, budgetMs: large },
  '1 MB line of refusal wording': {
    make: () => `${letter}\n${'The information is exempt under section 43(2) and regulation 12(5)(e); the public interest favours withholding it. '.repeat(10_000)}\n`,
    budgetMs: large,
  },
  '10,000 refusal paragraphs': {
    make: () => `${letter}\n\n${lines(10_000, (i) => `Part ${i} is withheld under section ${20 + (i % 25)}(${1 + (i % 3)}) and is exempt.\n`)}`,
    budgetMs: large,
  },
  '1 MB line of personal data': { make: () => `${letter}\n${'jo.bloggs@gmail.com 07700 900123 QQ 12 34 56 C '.repeat(22_000)}\n`, budgetMs: large },
  '1 MB line of dates': { make: () => 'received on 8 September 2020 '.repeat(MB / 29), budgetMs: large },
  '1 MB line of emoji': { make: () => '😀'.repeat(MB / 2), budgetMs: large },
  '1 MB line of combining marks': { make: () => `e${'\u0301'.repeat(MB)}`, budgetMs: large },
  '1 MB line inside a letter': { make: () => letter.replace('\n\n', `\n\n${'x '.repeat(MB / 2)}\n\n`), budgetMs: large },
  'a draft that ends at its Response heading': { make: () => `${request}1. How many?\n\nResponse`, budgetMs: small },
  'a request running straight into the Response heading': {
    make: () => `${request}1. How many contracts did you hold?\n## Response\n\n1. How many contracts did you hold?\n\nThree.\n`,
    budgetMs: small,
  },
  'a letter ending in an unclosed HTML comment': { make: () => `${letter.replace(/#*\s*\**Your rights[\s\S]*$/, '')}\n<!-- note to self: check with legal\n`, budgetMs: small },
  'a letter ending in an unclosed code fence': { make: () => `${letter.replace(/#*\s*\**Your rights[\s\S]*$/, '')}\n\`\`\`\nexample\n`, budgetMs: small },
  'placeholders spanning a line break': { make: () => `${letter}\nCost: £\nXX\n[a\rb] {{a\rb}} <insert\rname>\n`, budgetMs: small },
  'NUL bytes for spaces': { make: () => letter.replace(/ /g, '\0'), budgetMs: small },
  '100,000 NUL bytes': { make: () => '\0'.repeat(100_000), budgetMs: small },
  'byte-order mark only': { make: () => '\ufeff', budgetMs: small },
  'two byte-order marks': { make: () => `\ufeff\ufeff${letter}`, budgetMs: small },
  'lone surrogates for letters': { make: () => letter.replace(/[aeiou]/g, (c) => (c === 'a' ? '\ud800' : c === 'e' ? '\udfff' : c)), budgetMs: small },
  '100,000 lone surrogates': { make: () => '\udc00\ud800'.repeat(50_000), budgetMs: small },
  'mixed LF, CRLF and CR': { make: () => letter.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''), budgetMs: small },
  'CRLF with a few LF': { make: () => letter.replace(/\n/g, '\r\n').replace(/\r\n(?=Response)/, '\n'), budgetMs: small },
  'CRLF without its rights section': { make: () => letter.replace(/\n/g, '\r\n').replace(/#*\s*\**Your rights[\s\S]*$/, ''), budgetMs: small },
  'CR only (classic Mac) without its rights section': { make: () => letter.replace(/#*\s*\**Your rights[\s\S]*$/, '').replace(/\n/g, '\r'), budgetMs: small },
  'line separators U+2028 and NEL': { make: () => letter.replace(/\n/g, '\u2028').replace(/\. /g, '.\u0085'), budgetMs: small },
  'front matter alias bomb': {
    make: () => {
      const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
      return `---\n${levels.join('\n')}\n---\n${letter}`;
    },
    budgetMs: small,
  },
  'front matter nested 10,000 deep': { make: () => `---\na: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${letter}`, budgetMs: small },
  'front matter with __proto__ and constructor': {
    make: () => `---\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nsent: 2020-10-05\n---\n${letter}`,
    budgetMs: small,
  },
  'front matter of wrong types': { make: () => `---\nsent: [1, 2]\nreceived: {a: b}\nregime: 42\nreference: null\n---\n${letter}`, budgetMs: small },
  'table 1,000 columns by 100 rows': {
    make: () => lines(102, (r) => (r === 1 ? '|---'.repeat(1000) : `| c${r} `.repeat(1000)) + '|'),
    budgetMs: large,
  },
};

export const extremeTask: Task = (ctx) => {
  const c = extremeCases[ctx.arg ?? ''];
  if (!c) throw new Error(`no extreme case named ${ctx.arg}`);
  const text = c.make();
  ctx.track(text);
  const started = performance.now();
  const result = lintChecked(text, baseSchema(), c.budgetMs);
  checkFixes(text, baseSchema(), c.budgetMs, result);
  if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) throw new Error('Object.prototype was polluted');
  return { inputs: 1, slowestMs: Math.round(performance.now() - started) };
};
