import fc from 'fast-check';
import JSZip from 'jszip';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { convertDraft, paragraphAt, type Conversion, type SourceFormat } from '../../server/src/convert';
import { baseSchema } from '../../server/src/engine/schema/load';
import { writeZip } from '../convert/zipWriter';
import { repoRoot, saveResult } from './config';
import { lintChecked } from './invariants';
import { PropertyFailure } from './property';
import type { TaskReport } from './isolate';
import type { Task, TaskContext } from './task';

// Properties of the converters over damaged and random input: a Word document with bytes flipped,
// cut short or spliced; documents made of random WordprocessingML (numbering, tracked changes,
// comments, tables in any order); random HTML and e-mail. Conversion never throws: it gives text (that
// lints cleanly, every paragraph anchor inside it) or a reason. Extreme documents finish in bounded time.

const budgetMs = 5000;
const schema = baseSchema('foia');
const fixture = (name: string) => fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'docx', name));

async function converted(format: SourceFormat, input: Uint8Array | string): Promise<Conversion> {
  const started = performance.now();
  const result = await convertDraft(format, input);
  const ms = performance.now() - started;
  if (ms > budgetMs) throw new Error(`converting took ${Math.round(ms)} ms, over the ${budgetMs} ms bound`);
  if (!result.ok) {
    if (!result.reason.trim()) throw new Error('a refusal without a reason');
    return result;
  }
  const lines = result.text.split('\n');
  for (const a of result.map?.anchors ?? []) {
    if (a.line >= lines.length || a.character > lines[a.line].length) throw new Error(`anchor ${a.line}:${a.character} outside the text`);
    if (paragraphAt(result.map!, a) !== a.paragraph && paragraphAt(result.map!, a)?.number !== a.paragraph.number) throw new Error('anchors out of order');
  }
  lintChecked(result.text, schema, budgetMs);
  return result;
}

async function checkAsync<T>(ctx: TaskContext, name: string, arb: fc.Arbitrary<T>, run: (value: T) => Promise<void>, text: (value: T) => string): Promise<TaskReport> {
  let slowestMs = 0;
  const out = await fc.check(
    fc.asyncProperty(arb, async (value) => {
      ctx.track(text(value));
      const started = performance.now();
      await run(value);
      slowestMs = Math.max(slowestMs, performance.now() - started);
    }),
    { seed: ctx.seed, numRuns: ctx.runs },
  );
  if (out.failed) {
    const value = out.counterexample?.[0] as T | undefined;
    const file = value === undefined ? 'nowhere' : saveResult(`${name}-seed${ctx.seed}.txt`, text(value));
    const e = out.errorInstance;
    throw new PropertyFailure(
      `${e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e)}\n  after ${out.numRuns} inputs; replay: FUZZ_SEED=${out.seed}; failing input saved to ${file}`,
    );
  }
  return { inputs: out.numRuns, slowestMs: Math.round(slowestMs) };
}

/** A real document damaged: bytes flipped, cut short, or random bytes spliced in. */
const damagedDocxArb = fc
  .tuple(
    fc.constantFrom('reply-review.docx', 'barnet-6565528-ai-recruitment.docx'),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
    fc.option(fc.nat(), { nil: undefined }),
    fc.option(fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 64 })), { nil: undefined }),
  )
  .map(([name, flips, cut, splice]) => {
    let bytes = Buffer.from(fixture(name));
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    if (cut !== undefined) bytes = bytes.subarray(0, cut % bytes.length);
    if (splice) {
      const at = splice[0] % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(splice[1]), bytes.subarray(at)]);
    }
    return bytes;
  });

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const id = fc.integer({ min: -1, max: 4 }).map(String);
const text = fc.constantFrom('Does the council hold', '[TBC]', '', '1.', '(a)', 'Q3', '<&>', '-->', '|', 'Your rights', '\u202e', '😀');
const run = text.map((t) => `<w:r><w:t xml:space="preserve">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</w:t></w:r>`);
const inline: fc.Arbitrary<string> = fc.oneof(
  run,
  fc.tuple(id, run).map(([i, r]) => `<w:ins w:id="${i}" w:author="A">${r}</w:ins>`),
  fc.tuple(id, text).map(([i, t]) => `<w:del w:id="${i}" w:author="B"><w:r><w:delText>${t.replace(/[<&>]/g, '')}</w:delText></w:r></w:del>`),
  id.map((i) => `<w:commentRangeStart w:id="${i}"/>`),
  id.map((i) => `<w:r><w:commentReference w:id="${i}"/></w:r>`),
  fc.constant('<w:r><w:rPr><w:b/><w:rPrChange w:id="9" w:author="C"><w:rPr/></w:rPrChange></w:rPr><w:t>bold</w:t></w:r>'),
);
const paragraph = fc
  .tuple(fc.option(fc.tuple(id, fc.integer({ min: -1, max: 9 })), { nil: undefined }), fc.option(fc.constantFrom('Heading1', 'ListNumber', 'Nope'), { nil: undefined }), fc.array(inline, { maxLength: 5 }))
  .map(([num, style, runs]) => {
    const numPr = num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : '';
    const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
    return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr>${runs.join('')}</w:p>`;
  });
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((cells) => `<w:tbl><w:tr>${cells.map((c) => `<w:tc>${c.join('')}</w:tc>`).join('')}</w:tr></w:tbl>`) },
);
const levelText = fc.constantFrom('%1.', '(%2)', 'Q%1', '%1.%2.%3', '%9', '', '%%1');
const numFmt = fc.constantFrom('decimal', 'lowerLetter', 'upperRoman', 'bullet', 'none', 'ordinal', 'nonsense');
const numberingXml = fc
  .array(fc.tuple(numFmt, levelText, fc.integer({ min: -2, max: 30 })), { minLength: 1, maxLength: 3 })
  .map((levels) => {
    const lvls = levels.map(([fmt, t, start], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${t}"/></w:lvl>`).join('');
    return `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1">${lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
  });
const commentsXml = `<w:comments xmlns:w="${W}"><w:comment w:id="1" w:author="R"><w:p><w:r><w:t>check this</w:t></w:r></w:p></w:comment><w:comment w:id="2"><w:p/></w:comment></w:comments>`;
const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A package built from random WordprocessingML. */
const soupDocxArb = fc.tuple(fc.array(block, { maxLength: 25 }), numberingXml).map(([blocks, numbering]) =>
  writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(`<w:document xmlns:w="${W}"><w:body>${blocks.join('')}</w:body></w:document>`) },
    { name: 'word/numbering.xml', data: Buffer.from(numbering) },
    { name: 'word/comments.xml', data: Buffer.from(commentsXml) },
  ]),
);

const htmlTokens = fc.constantFrom('<p>', '</p>', '<h2>', '</h2>', '<ol start="3">', '<ul>', '<li>', '</li>', '</ol>', '<table>', '<tr>', '<td>', '<th>', '</table>', '<br>', '<!--', '-->', '<script>', '&amp;', '&#0;', 'Your rights', '1. Does the council', '[TBC]', '\n', ' ', '|', '**');
const htmlArb = fc.array(htmlTokens, { maxLength: 80 }).map((t) => t.join(''));
const emlArb = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.tuple(fc.constantFrom('text/plain', 'text/html', 'multipart/mixed; boundary=x', 'multipart/alternative'), fc.constantFrom('7bit', 'base64', 'quoted-printable', 'x-bogus'), htmlArb).map(([type, encoding, body]) => new Uint8Array(Buffer.from(`Subject: reply\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n--x--\r\n`))),
);

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** A saved document whose XML is damaged: a slice cut out, repeated, or a tag spliced in, then zipped again. */
async function damagedXmlArb(): Promise<fc.Arbitrary<Buffer>> {
  const zip = await JSZip.loadAsync(fixture('reply-review.docx'));
  const parts: { name: string; data: Buffer }[] = [];
  for (const name of Object.keys(zip.files)) parts.push({ name, data: await zip.files[name].async('nodebuffer') });
  const targets = ['word/document.xml', 'word/numbering.xml', 'word/comments.xml', 'word/commentsExtended.xml', 'word/styles.xml'];
  return fc
    .tuple(fc.constantFrom(...targets), fc.nat(), fc.nat({ max: 400 }), fc.constantFrom('cut', 'repeat', 'splice'), fc.constantFrom('<w:p>', '</w:p>', '<w:ins>', '<w:numPr><w:numId w:val="1"/></w:numPr>', '<w:t>', '&', '"', ''))
    .map(([target, at, length, how, tag]) => {
      return writeZip(
        parts.map((p) => {
          if (p.name !== target) return p;
          const xml = p.data.toString('utf8');
          const from = at % (xml.length + 1);
          const slice = xml.slice(from, from + length);
          const damaged = how === 'cut' ? xml.slice(0, from) + xml.slice(from + length) : how === 'repeat' ? xml.slice(0, from) + slice + slice + xml.slice(from + length) : xml.slice(0, from) + tag + xml.slice(from);
          return { name: p.name, data: Buffer.from(damaged) };
        }),
      );
    });
}

export const convertTasks: Record<string, Task> = {
  'docx-damaged': async (ctx) =>
    checkAsync(ctx, 'docx-damaged', fc.oneof(damagedDocxArb, await damagedXmlArb()), async (b) => void (await converted('docx', b)), latin1),
  'docx-soup': (ctx) => checkAsync(ctx, 'docx-soup', soupDocxArb, async (b) => void (await converted('docx', b)), latin1),
  'html-soup': (ctx) => checkAsync(ctx, 'html-soup', htmlArb, async (h) => void (await converted('html', h)), (h) => h),
  'eml-random': (ctx) => checkAsync(ctx, 'eml-random', emlArb, async (b) => void (await converted('eml', b)), latin1),
};

/** Documents at the extremes of what a package within the limits can hold; each converts and lints in time. */
const paragraphs = (n: number, p: (i: number) => string) => Array.from({ length: n }, (_, i) => p(i)).join('');
const numberedLevels = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1">${paragraphs(9, (i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${i % 2 ? 'lowerRoman' : 'decimal'}"/><w:lvlText w:val="%1.%2.%3.%4.%5.%6.%7.%8.%9"/></w:lvl>`)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
const manyComments = (n: number) => `<w:comments xmlns:w="${W}">${paragraphs(n, (i) => `<w:comment w:id="${i}" w:author="R${i}"><w:p><w:r><w:t>note ${i}</w:t></w:r></w:p></w:comment>`)}</w:comments>`;
export const extremeDocuments: Record<string, () => { body: string; numbering?: string; comments?: string }> = {
  'ten thousand numbered paragraphs': () => ({ body: paragraphs(10_000, (i) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${i % 9}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Question ${i}?</w:t></w:r></w:p>`), numbering: numberedLevels }),
  'tables nested 200 deep': () => ({ body: '<w:tbl><w:tr><w:tc>'.repeat(200) + '<w:p><w:r><w:t>deep</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl>'.repeat(200) }),
  'five thousand comments and tracked changes': () => ({
    body: paragraphs(5000, (i) => `<w:p><w:commentRangeStart w:id="${i}"/><w:ins w:id="${i}" w:author="A"><w:r><w:t>added ${i}</w:t></w:r></w:ins><w:del w:id="${i}" w:author="B"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>`),
    comments: manyComments(5000),
  }),
  'one paragraph of 3 MB': () => ({ body: `<w:p><w:r><w:t>${'Information is held. '.repeat(150_000)}</w:t></w:r></w:p>` }),
};

export function extremeDocx(name: string): Buffer {
  const make = extremeDocuments[name];
  if (!make) throw new Error(`no extreme document '${name}'`);
  const doc = make();
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(`<w:document xmlns:w="${W}"><w:body>${doc.body}</w:body></w:document>`) },
    ...(doc.numbering ? [{ name: 'word/numbering.xml', data: Buffer.from(doc.numbering) }] : []),
    ...(doc.comments ? [{ name: 'word/comments.xml', data: Buffer.from(doc.comments) }] : []),
  ]);
}

convertTasks['docx-extreme'] = async (ctx) => {
  const started = performance.now();
  ctx.track(ctx.arg ?? '');
  const result = await convertDraft('docx', extremeDocx(ctx.arg ?? ''));
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  lintChecked(result.text, schema, 20_000);
  return { inputs: 1, slowestMs: Math.round(performance.now() - started) };
};
