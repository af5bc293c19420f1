import * as assert from 'node:assert/strict';
import { matchesAnyGlob } from '../../server/src/lsp/glob';
import { normalizeSettings } from '../../server/src/lsp/settings';

// Which Markdown files are drafts (foiLint.drafts.globs), and reading settings whatever their shape.
describe('language server: draft globs and settings', () => {
  const roots = ['/ws/council'];
  const cases: [string, string, boolean][] = [
    ['reply-*.md', '/ws/council/deep/reply-12.md', true],
    ['reply-*.md', '/ws/council/deep/notes.md', false],
    ['replies/*.md', '/ws/council/replies/a.md', true],
    ['replies/*.md', '/ws/council/replies/sub/a.md', false],
    ['replies/**/*.md', '/ws/council/replies/sub/a.md', true],
    ['replies/**/*.md', '/ws/council/replies/a.md', true],
    ['./replies/*.md', '/ws/council/replies/a.md', true],
    ['**/foi/*.{md,markdown}', '/ws/council/x/foi/a.markdown', true],
    ['**/foi/*.{md,markdown}', '/ws/council/x/foi/a.txt', false],
    ['/elsewhere/*.md', '/elsewhere/a.md', true],
    ['replies/[ab].md', '/ws/council/replies/b.md', true],
    ['replies/[!ab].md', '/ws/council/replies/b.md', false],
    ['replies/?.md', '/ws/council/replies/c.md', true],
    ['replies/*.md', '/other/replies/a.md', false],
  ];
  for (const [glob, file, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${file}`, () => {
      assert.equal(matchesAnyGlob(file, [glob], roots), expected);
    });
  }

  it('reads nested and flat draft globs and ignores malformed values', () => {
    assert.deepEqual(normalizeSettings({ drafts: { globs: ['a/*.md', 3, ''] } }).draftGlobs, ['a/*.md']);
    assert.deepEqual(normalizeSettings({ 'drafts.globs': ['b.md'] }).draftGlobs, ['b.md']);
    const odd = normalizeSettings({ enable: 'yes', rules: { a: 'loud', b: 'off' }, debounceMs: -5, schemaPath: '  ' });
    assert.equal(odd.enable, true);
    assert.deepEqual(odd.rules, { b: 'off' });
    assert.equal(odd.debounceMs, 50);
    assert.equal(odd.schemaPath, undefined);
    assert.equal(normalizeSettings(null).trusted, true);
    assert.equal(normalizeSettings({ trusted: false }).trusted, false);
  });
});
