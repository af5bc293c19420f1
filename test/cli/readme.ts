import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './helpers';

/** The first YAML block after a `<!-- recipe:NAME -->` marker in the README. */
export function readmeRecipe(name: string): string {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const marker = readme.indexOf(`<!-- recipe:${name} -->`);
  assert.ok(marker >= 0, `the README has a ${name} recipe`);
  const start = readme.indexOf('```yaml\n', marker) + '```yaml\n'.length;
  return readme.slice(start, readme.indexOf('\n```', start) + 1);
}
