import * as assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { Numbering } from '../../server/src/convert/docx/numbering';

// Word's automatic numbering worked out as the reader sees it.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const lvl = (i: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (abstract: string, nums: string) => Buffer.from(`<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1">${abstract}</w:abstractNum>${nums}</w:numbering>`);
const numPr = (numId: string, level = 0) =>
  new DOMParser().parseFromString(`<w:numPr xmlns:w="${W}"><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`, 'text/xml').documentElement!;

describe('Word numbering', () => {
  it('counts levels in their own formats, restarting the levels below a new item', () => {
    const n = new Numbering(numbering(lvl(0, 'decimal', 'Q%1') + lvl(1, 'lowerLetter', '(%2)') + lvl(2, 'lowerRoman', '%1.%2.%3'), '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>'), undefined);
    const labels = [0, 1, 1, 2, 2, 0, 1].map((level) => n.next(numPr('7', level), undefined));
    // "%1.%2.%3" shows each level in that level's own format, as Word does (without legal numbering).
    assert.deepEqual(labels, ['Q1', '(a)', '(b)', '1.b.i', '1.b.ii', 'Q2', '(a)']);
  });

  it('starts where the list says, and a numbering instance with a start override counts on its own', () => {
    const n = new Numbering(
      numbering(lvl(0, 'upperRoman', '%1.', 3), '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'),
      undefined,
    );
    assert.deepEqual([n.next(numPr('1'), undefined), n.next(numPr('1'), undefined), n.next(numPr('2'), undefined), n.next(numPr('1'), undefined)], ['III.', 'IV.', 'I.', 'V.']);
  });

  it('writes letters past z as Word does (aa, bb), and leaves bullets and unknown lists to the converter', () => {
    const n = new Numbering(numbering(lvl(0, 'lowerLetter', '%1)') + lvl(1, 'bullet', '\u2022'), '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'), undefined);
    const labels = Array.from({ length: 28 }, () => n.next(numPr('1'), undefined));
    assert.deepEqual(labels.slice(24), ['y)', 'z)', 'aa)', 'bb)']);
    assert.equal(n.next(numPr('1', 1), undefined), null);
    assert.equal(n.next(numPr('9'), undefined), undefined);
    assert.equal(n.next(numPr('0'), undefined), undefined);
  });

  it('numbers paragraphs whose style carries the numbering', () => {
    const styles = Buffer.from(`<w:styles xmlns:w="${W}"><w:style w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style></w:styles>`);
    const n = new Numbering(numbering(lvl(0, 'decimal', '%1.'), '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>'), styles);
    assert.deepEqual([n.next(undefined, 'ListNumber'), n.next(undefined, 'ListNumber'), n.next(undefined, 'Normal')], ['1.', '2.', undefined]);
  });
});
