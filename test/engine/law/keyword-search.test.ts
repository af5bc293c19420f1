import * as assert from 'node:assert/strict';
import { KeywordPattern } from '../../../server/src/engine/law/keyword-search';

const KEYWORDS = String.raw`sections?(?:\(s\))?|regulations?(?:\(s\))?|regs?|ss?|exemptions?|exceptions?`;
const EXACT = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(${KEYWORDS})(?!\p{L})`, 'giu');

function exact(text: string): string[] {
  return [...text.matchAll(EXACT)].map((m) => `${m.index}:${m[0]}`);
}

function twin(text: string): string[] {
  const out: string[] = [];
  const cursor = new KeywordPattern(KEYWORDS).search(text);
  for (let m = cursor.next(); m; m = cursor.next()) out.push(`${m.index}:${m[0]}`);
  return out;
}

describe('law/keyword-search', () => {
  it('finds what the Unicode pattern finds, next to letters and marks outside ASCII too', () => {
    for (const text of [
      'section 40(2) and s.43, regulation 12(5)(e), exemptions under 21',
      'ésection 40, sectioné 4, section(s)é 40, s40 sé 2, Ss. 40 and regs 12',
      '«section» 40 — “s 21” ‘reg 13’ l’exemption 40 d’s 12',
      'ſection 40 and ſ 12', // long s folds to "s" under the Unicode pattern only
      'section\u212a 12 and s 40',
      '𝐀section 40 and 𝐀 s 40 section𝐀 1 😀section 2',
      'Section(s) 40 & 41, SECTIONS 22 and 23, Regulation(s)x 12',
      '',
    ]) {
      assert.deepEqual(twin(text), exact(text), text);
    }
  });

  it('keeps lastIndex as a global regex does', () => {
    const cursor = new KeywordPattern(KEYWORDS).search('section 40 and section 41');
    assert.equal(cursor.next()?.index, 0);
    cursor.lastIndex = 15;
    assert.equal(cursor.next()?.index, 15);
    assert.equal(cursor.next(), null);
    assert.equal(cursor.lastIndex, 0);
  });
});
