import * as assert from 'node:assert/strict';
import { foldSpaces, normalise, stripInline } from '../../../server/src/engine/parse/markup';

describe('markup', () => {
  it('folds every run of white space to one space, lone spaces included', () => {
    for (const text of ['a b c', 'a  b', ' a\tb ', 'a \t b', 'a\n\n b', 'a\u00a0b', '\t', ' ', '', 'a \n']) {
      assert.equal(foldSpaces(text), text.replace(/\s+/g, ' '), JSON.stringify(text));
    }
  });

  it('strips inline markup to the words', () => {
    assert.equal(stripInline('**Question 1:**  the _number_ of `items`\n'), 'Question 1: the number of items');
    assert.equal(stripInline('see [the page](https://x.gov.uk) \\*now\\*'), 'see the page now');
  });

  it('normalises to lower-case letters and digits, ASCII or not', () => {
    assert.equal(normalise('  Q1) How many  FOI-requests? '), 'q1 how many foi requests');
    assert.equal(normalise('Café – 2024’s total £5'), 'café 2024 s total 5');
    for (const text of ['a b', 'a  b', 'a - b', ' a, b ', 'a\tb', 'a.b', 'é  è', 'é, è', 'x –y', '', ' ', '--']) {
      assert.equal(normalise(text), text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), JSON.stringify(text));
    }
  });
});
