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

  it('matches as the plain expression does where it first looks for the words a match needs', () => {
    // Sources whose search does not start with a literal or an anchor: the words they need are looked
    // for first. Optional parts, look-arounds, classes and quantified letters need nothing.
    const sources = [
      '^.{0,200}?\\b(?:i|we)(?: can| will)* (?:reply|answer)s? as follows[\\s:.]*$',
      '(?:\\b(?:handled|dealt with)\\b[^.\\n]{0,20}?|\\bresponse )\\b(?:under|in accordance with) (?:the )?(?:FOIA|EIRs?\\b)',
      '(?:x(?=abcd)|(?<!wxyz)y)z{0,2}',
      '(?:abc+d|(?<n>efgh)?ij|k{2,}lmn)',
      '.(?:reply|[^ ]respons)e??',
      '(?:ab|)cde',
    ];
    const texts = [
      'We will reply as follows:',
      'I can answer as follows',
      'Here we reply as follow',
      'Handled at length under the EIR',
      'A RESPONSE IN ACCORDANCE WITH FOIA',
      'response under the EIRS',
      'xabcd yz wxyzyzz',
      'abccd ij kkklmn efgh',
      '-replies respons xrespons',
      'cde',
      'a\u017F\u212A answer as follows',
      '',
    ];
    for (const source of sources) {
      const p = compilePattern(source, { trusted: true });
      const re = new RegExp(source, 'iu');
      for (const text of texts) {
        const m = re.exec(text);
        assert.deepEqual(p.find(text), m ? { index: m.index, length: m[0].length } : undefined, `${source} on ${text}`);
        assert.equal(p.test(text), m !== null, `${source} on ${text}`);
      }
    }
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
