import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/engine/rules/registry';
import { removeDir, repoRoot, tempDir } from './helpers';

// docs/rules/<id>.md and the README's rule table are generated from the rules' metadata by
// scripts/gen-rule-docs.js; they must not drift from it.

const script = path.join(repoRoot, 'scripts', 'gen-rule-docs.js');

function generate(...args: string[]): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr };
}

describe('rule docs (scripts/gen-rule-docs.js)', () => {
  it('are in sync with the rule registry', () => {
    const check = generate('--check');
    assert.equal(check.code, 0, check.stderr);
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const rule of allRules) {
      const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${rule.meta.id}.md`), 'utf8');
      assert.ok(doc.includes(rule.meta.docs.trim()), `docs/rules/${rule.meta.id}.md has the rule's docs`);
      assert.ok(readme.includes(`[${rule.meta.id}](docs/rules/${rule.meta.id}.md)`), `README lists ${rule.meta.id}`);
    }
  });

  it('notice a changed page, a missing page, a stale page and a changed table, and regenerate them', () => {
    const root = tempDir('rule-docs');
    try {
      fs.cpSync(path.join(repoRoot, 'docs', 'rules'), path.join(root, 'docs', 'rules'), { recursive: true });
      const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
      fs.writeFileSync(path.join(root, 'README.md'), readme.replace('| Rule |', '| Rules |'));
      const [first, second] = allRules.map((r) => r.meta.id);
      fs.appendFileSync(path.join(root, 'docs', 'rules', `${first}.md`), '\nEdited by hand.\n');
      fs.rmSync(path.join(root, 'docs', 'rules', `${second}.md`));
      const stale = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${first}.md`), 'utf8');
      fs.writeFileSync(path.join(root, 'docs', 'rules', 'retired-rule.md'), stale);

      const drift = generate('--check', '--root', root);
      assert.equal(drift.code, 1);
      for (const name of [`docs/rules/${first}.md`, `docs/rules/${second}.md (missing)`, 'docs/rules/retired-rule.md (rule no longer exists)', 'README.md']) {
        assert.ok(drift.stderr.includes(name), `${name} in:\n${drift.stderr}`);
      }

      assert.equal(generate('--root', root).code, 0);
      assert.equal(generate('--check', '--root', root).code, 0);
      assert.ok(!fs.existsSync(path.join(root, 'docs', 'rules', 'retired-rule.md')));
      assert.equal(fs.readFileSync(path.join(root, 'README.md'), 'utf8'), readme);
    } finally {
      removeDir(root);
    }
  });

  it('adds the table section to a README that has no markers, keeping its text', () => {
    const root = tempDir('rule-docs-new');
    try {
      fs.writeFileSync(path.join(root, 'README.md'), '# My fork\n\nSome words.\n');
      assert.equal(generate('--root', root).code, 0);
      const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
      assert.match(readme, /^# My fork\n\nSome words\.\n\n## Rules\n\n<!-- rules:start -->\n\| Rule \|/);
      assert.match(readme, /<!-- rules:end -->\n$/);
    } finally {
      removeDir(root);
    }
  });
});
