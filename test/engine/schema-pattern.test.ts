import * as assert from 'node:assert/strict';
import { compilePattern, mayMatchAtStart, PatternError } from '../../server/src/engine/schema/pattern';

describe('schema patterns', () => {
  for (const trusted of [true, false]) {
    describe(trusted ? 'built-in (native engine)' : 'from .foi.yaml (linear-time engine)', () => {
      it('matches case-insensitively, with Unicode letters', () => {
        const p = compilePattern('café au lait', { trusted });
        assert.equal(p.source, 'café au lait');
        assert.equal(p.test('Une CAFÉ AU LAIT'), true);
        assert.equal(p.test('cafe au lait'), false);
      });

      it('reports the first match as UTF-16 index and length', () => {
        const p = compilePattern('review\\s+within', { trusted });
        const text = '😀 Ask for a Review  within 40 days; review within';
        assert.deepEqual(p.find(text), { index: text.indexOf('Review'), length: 'Review  within'.length });
        assert.equal(p.find('nothing here'), undefined);
      });

      it('gives the length of a match at the very start, and nothing for a match further on', () => {
        const p = compilePattern('date(?: of)? reply', { trusted });
        assert.equal(p.findAtStart('Date of reply: 3 May'), 'Date of reply'.length);
        assert.equal(p.findAtStart('The date of reply'), undefined);
        assert.equal(p.findAtStart('😀 date reply'), undefined);
      });

      it('throws a PatternError for an invalid pattern', () => {
        assert.throws(() => compilePattern('(unclosed', { trusted }), (e: unknown) => e instanceof PatternError && /^invalid regular expression: /.test(e.message));
      });
    });
  }

  it('folds case in built-in patterns as Unicode mode does, astral characters counting as one', () => {
    // U+017F (long s) and U+212A (Kelvin sign) fold to "s" and "k" in Unicode mode alone.
    const p = (source: string) => compilePattern(source, { trusted: true });
    assert.equal(p('\\bask\\b').test('a\u017F\u212A'), true);
    assert.deepEqual(p('x.y').find('a x😀y'), { index: 2, length: 4 });
    assert.equal(p('^.{3}$').test('a😀b'), true);
  });

  it('tells when no pattern of a list can match at the start of a text', () => {
    const builtIn = ['^date received\\b', 'our ref(?:erence)?', '(\\w)\\1x'].map((source) => compilePattern(source, { trusted: true }));
    assert.equal(mayMatchAtStart(builtIn.slice(0, 2), 'Our reference: 12'), true);
    assert.equal(mayMatchAtStart(builtIn.slice(0, 2), 'Date received 3 May'), true);
    assert.equal(mayMatchAtStart(builtIn.slice(0, 2), 'Dear Sir, our ref is 12'), false);
    // Back-references would be renumbered once joined, and user patterns run on another engine: each is tried.
    assert.equal(mayMatchAtStart(builtIn, 'nothing'), true);
    assert.equal(mayMatchAtStart([compilePattern('our ref', { trusted: false })], 'nothing'), true);
  });

  it('runs a catastrophic user pattern in linear time', () => {
    // `(a+)+$` backtracks exponentially on a native engine; RE2 answers at once.
    const p = compilePattern('(a+)+$', { trusted: false });
    const text = 'a'.repeat(50000) + '!';
    assert.equal(p.test(text), false);
    assert.equal(p.find(text), undefined);
    assert.deepEqual(p.find('xyz aaa'), { index: 4, length: 3 });
  });

  it('accepts JavaScript spellings in user patterns', () => {
    const p = compilePattern('caf\\u00e9 (?<drink>tea)/', { trusted: false });
    assert.equal(p.test('CAFÉ TEA/'), true);
  });

  it('refuses look-ahead and back-references in user patterns, saying why', () => {
    for (const source of ['foo(?=bar)', '(a)\\1']) {
      assert.throws(() => compilePattern(source, { trusted: false }), /not supported: patterns from \.foi\.yaml must run in linear time/);
    }
    // The built-in bases may use them.
    assert.equal(compilePattern('foo(?=bar)', { trusted: true }).test('FOOBAR'), true);
  });

  it('supports look-behind in user patterns', () => {
    const p = compilePattern('(?<=section )\\d+', { trusted: false });
    assert.deepEqual(p.find('under Section 40'), { index: 14, length: 2 });
  });
});
