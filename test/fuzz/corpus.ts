import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { examplesDir, repoRoot } from './config';

// Inputs for the engine properties: real letters as seeds, and arbitraries that damage them the way
// editing, copy-paste from Word and bad tooling do (lines lost, repeated or swapped, stray markup,
// odd characters, mixed line endings), plus free-form Markdown built from the tokens the parser
// treats specially.

function readDrafts(dir: string): { name: string; text: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

const letters = readDrafts(examplesDir);
if (letters.length < 2) throw new Error(`the reference letters were not found in ${examplesDir}`);

const frontMatter = '---\nregime: foia\nreceived: 2020-09-08\nsent: 2020-10-05\nreference: "6565528"\n---\n';

/** Every seed draft: the published letters, our fixture drafts, and variants of their framing. */
export const seeds: { name: string; text: string }[] = (() => {
  const base = [
    ...letters,
    ...readDrafts(path.join(repoRoot, 'test', 'fixtures', 'drafts')),
    ...readDrafts(path.join(repoRoot, 'test', 'fixtures', 'lsp')),
  ];
  const out = [...base];
  for (const { name, text } of letters) {
    out.push({ name: `${name} (CRLF)`, text: text.replace(/\r?\n/g, '\r\n') });
    out.push({ name: `${name} (BOM)`, text: `\ufeff${text}` });
    out.push({ name: `${name} (front matter)`, text: frontMatter + text });
    out.push({ name: `${name} (no rights)`, text: text.slice(0, Math.max(0, text.search(/^#*\s*\**Your rights/im))) });
  }
  out.push({ name: 'empty', text: '' }, { name: 'one word', text: 'Hello' });
  return out;
})();

/** One UTF-16 code unit of any value, lone surrogates included: what a JS string can hold. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Tokens the draft parser gives meaning to, and characters that break naive text handling. */
export const noise = [
  '**', '***', '*', '_', '__', '~~', '`', '#', '# ', '## ', '###### ', '####### ', '- ', '* ', '+ ', '1. ', '2) ', '10. ',
  '(a) ', 'a) ', '(iv) ', 'Q3 ', 'Question 2: ', '> ', '>> ', '> - ', '```', '~~~', '---', '===', '|', '| a | b |', '|---|---|',
  '    ', '\t', '  \n', '\\', '<br>', '<div>', '</div>', '<!--', '-->', '<!-- foi-lint-disable -->', '<!-- foi-lint-enable -->',
  '<!-- foi-lint-disable-next-line missing-rights -->', '<!-- foi-lint-not-applicable -->', '[TBC]', '[', ']', '(', ')',
  '[link](http://x)', '[^1]', '{{name}}', '<name>', 'TODO', 'XX', 'If yes:', 'If no:', 'If the answer is no, ', 'Response',
  'Your rights', 'Direct Marketing', 'Freedom of Information Act 2000', 'Environmental Information Regulations 2004',
  'received on 8 September 2020', '5 October 2020', '31 February 2020', '29 February 2021', '2020-13-45', '1/2/2020',
  '0 January 0', '99999999999999999999 May 2020', 'N/A', 'No', 'Yes', 'Our ref: ', '&amp;', '&#0;', '\u200b', '\u00a0',
  '\ufeff', '\u0000', '\ud800', '\udfff', '\udc00\ud800', '😀', 'e\u0301', 'İ', 'ß', '\u2028', '\u2029', '\u0085', '\r', '\n',
  '\r\n', '\v', '\f', '\u001b[31m',
  // Refusals, regimes, costs and personal data, which the refusal and disclosure rules read.
  'section 40(2)', 'section 43(2) ', 's.12 ', 'section 14(1) vexatious', 'regulation 12(4)(b)', 'regulation 12(5)(e) ',
  'exempt', 'exemption', 'the public interest test', 'withheld', 'redacted', '[redacted]', 'Environmental Information (Scotland) Regulations 2004',
  'Freedom of Information (Scotland) Act 2002', 'the appropriate limit of £450', '18 hours', '24 hours', 'foi@example.gov.uk',
  'jo.bloggs@gmail.com', '020 8359 2000', '07700 900123', 'QQ 12 34 56 C', 'NHS number 943 476 5919', 'emissions', 'air quality',
  '21 working days', '40 working days', 'Information Commissioner', 'internal review',
];

const noiseArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...noise) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

type Eol = '\n' | '\r\n' | '\r' | '';

/** An edit to a draft held as lines; positions are taken modulo the current length. */
export type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'insert'; at: number; col: number; text: string }
  | { kind: 'eol'; at: number; eol: Eol }
  | { kind: 'truncate'; at: number }
  | { kind: 'digit'; at: number; digit: string };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), col: fc.nat(), text: noiseArb }) },
  fc.record({ kind: fc.constant('eol' as const), at: fc.nat(), eol: fc.constantFrom<Eol>('\n', '\r\n', '\r', '') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('digit' as const), at: fc.nat(), digit: fc.constantFrom('0', '1', '9', '31', '2099', '') }),
);

/** Apply mutations to a text, keeping each line's own terminator. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  const parts = text.split(/(\r\n|\n|\r)/);
  let lines: { text: string; eol: Eol }[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push({ text: parts[i], eol: (parts[i + 1] ?? '') as Eol });
  for (const m of mutations) {
    const n = lines.length;
    const at = (x: number) => x % Math.max(1, n);
    switch (m.kind) {
      case 'delete':
        if (n > 1) lines.splice(at(m.at), m.count);
        break;
      case 'duplicate':
        if (n) lines.splice(at(m.at), 0, { ...lines[at(m.at)], eol: lines[at(m.at)].eol || '\n' });
        break;
      case 'swap': {
        if (n < 2) break;
        const [a, b] = [at(m.a), at(m.b)];
        [lines[a].text, lines[b].text] = [lines[b].text, lines[a].text];
        break;
      }
      case 'insert': {
        if (!n) lines = [{ text: '', eol: '' }];
        const line = lines[at(m.at)];
        const col = m.col % (line.text.length + 1);
        line.text = line.text.slice(0, col) + m.text + line.text.slice(col);
        break;
      }
      case 'eol':
        if (n) lines[at(m.at)].eol = m.eol;
        break;
      case 'truncate':
        if (n > 1) lines = lines.slice(0, 1 + at(m.at));
        break;
      case 'digit': {
        if (!n) break;
        const line = lines[at(m.at)];
        line.text = line.text.replace(/\d+/, m.digit);
        break;
      }
    }
  }
  return lines.map((l) => l.text + l.eol).join('');
}

/** A seed draft damaged by a few mutations. */
export const mutatedDraftArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...seeds), fc.array(mutationArb, { minLength: 1, maxLength: 12 }))
  .map(([s, ms]) => mutate(s.text, ms));

/** Free-form Markdown made of parser-significant tokens, words and odd characters. */
export const markdownSoupArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...noise) }, fc.constantFrom('the', 'council', 'information', 'request', '1', '2', '(b)', '?', '.', ' '), noiseArb), { maxLength: 10 }),
      fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r', ''),
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.map(([tokens, eol]) => tokens.join('') + eol).join(''));

/** Random bytes read the ways a file of unknown encoding gets read. */
export const decodedBytesArb: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom<BufferEncoding>('utf8', 'latin1', 'utf16le'))
  .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));

/** A letter with random bytes spliced in (decoded as UTF-8 or latin1), so structure survives around them. */
export const splicedBytesArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...letters), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 256 }), fc.constantFrom<BufferEncoding>('utf8', 'latin1'))
  .map(([l, at, bytes, encoding]) => {
    const i = at % (l.text.length + 1);
    return l.text.slice(0, i) + Buffer.from(bytes).toString(encoding) + l.text.slice(i);
  });

/** Any JS string, lone surrogates included. */
export const anyStringArb: fc.Arbitrary<string> = fc.string({ unit: anyCodeUnit, maxLength: 2000 });

export const letterTexts = letters;
