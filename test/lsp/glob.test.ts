import * as assert from 'node:assert/strict';
import { matchesAnyGlob } from '../../server/src/lsp/glob';

// Which Markdown files are drafts (foiLint.drafts.globs).
describe('lsp glob: draft globs', () => {
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
});
