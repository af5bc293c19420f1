import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseUnifiedDiff } from '../../server/src/cli/changed';
import { aiExample, parseJsonReport, removeDir, runCli, tempDir, withoutRights } from './helpers';

// --changed-since in a real git repository: an old folder of drafts with findings, a branch that
// touches some of them.

describe('foi-lint CLI: --changed-since', function () {
  this.timeout(60_000);
  let repo: string;
  const letter = fs.readFileSync(aiExample, 'utf8');
  const oldDraft = withoutRights(letter); // an old finding (missing-rights) nobody is touching
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Officer', '-c', 'user.email=officer@example.org', ...args], { cwd: repo, encoding: 'utf8' });

  before(() => {
    repo = tempDir('changed');
    git('init', '--quiet', '--initial-branch=main');
    fs.mkdirSync(path.join(repo, 'replies'));
    fs.writeFileSync(path.join(repo, 'replies', 'old.md'), oldDraft);
    fs.writeFileSync(path.join(repo, 'replies', 'edited.md'), oldDraft);
    fs.writeFileSync(path.join(repo, 'replies', 'trimmed.md'), letter);
    git('add', '.');
    git('commit', '--quiet', '-m', 'old drafts');
    git('checkout', '--quiet', '-b', 'reply-0317');
    // Committed on the branch: a placeholder left in one line of a draft that already had a finding.
    fs.writeFileSync(path.join(repo, 'replies', 'edited.md'), oldDraft.replace('No', '[TBC]'));
    git('commit', '--quiet', '-am', 'answer');
    // Uncommitted: the "Your rights" section removed from a good draft.
    fs.writeFileSync(path.join(repo, 'replies', 'trimmed.md'), withoutRights(letter));
    // Untracked: a new draft, every line of it new.
    fs.writeFileSync(path.join(repo, 'replies', 'new draft é.md'), oldDraft);
  });
  after(() => removeDir(repo));

  it('checks only the drafts changed since the ref and reports only findings on changed lines', () => {
    const run = runCli(['--format', 'json', '--changed-since', 'main', 'replies/'], { cwd: repo });
    assert.equal(run.code, 1, run.stderr);
    const reports = parseJsonReport(run.stdout);
    assert.deepEqual(reports.map((r) => r.file).sort(), ['replies/edited.md', 'replies/new draft é.md', 'replies/trimmed.md']);
    const rules = (file: string): string[] => reports.find((r) => r.file === file)!.findings.map((f) => f.ruleId).sort();
    // The old missing-rights finding in the edited draft is not on a changed line.
    assert.deepEqual(rules('replies/edited.md'), ['placeholder']);
    assert.ok(rules('replies/new draft é.md').includes('missing-rights'));
    // The removed section is reported at the place it was removed from.
    assert.deepEqual(rules('replies/trimmed.md'), ['missing-rights']);
  });

  it('reports nothing when nothing changed, and the whole draft without the option', () => {
    const none = runCli(['--changed-since', 'HEAD', 'replies/old.md'], { cwd: repo });
    assert.equal(none.code, 0, none.stdout + none.stderr);
    assert.equal(none.stdout, '');
    const all = runCli(['replies/old.md'], { cwd: repo });
    assert.equal(all.code, 1);
    assert.match(all.stdout, /missing-rights/);
  });

  it('explains a ref that does not exist, a folder outside git and a missing value (exit 2)', () => {
    const unknown = runCli(['--changed-since', 'origin/main', 'replies/'], { cwd: repo });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^foi-lint: --changed-since origin\/main: no such commit, branch or tag here \(in CI, fetch it first, e\.g\. git fetch origin main\)$/m);
    assert.equal(unknown.stdout, '');

    const outside = tempDir('no-git');
    try {
      fs.writeFileSync(path.join(outside, 'a.md'), letter);
      const run = runCli(['--changed-since', 'main', 'a.md'], { cwd: outside, env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(outside) } });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--changed-since needs a git repository/);
    } finally {
      removeDir(outside);
    }

    const missing = runCli(['replies/', '--changed-since'], { cwd: repo });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--changed-since/);
  });

  it('reads the changed lines from git diff hunks, deletions included', () => {
    const diff = [
      'diff --git a/x.md b/x.md',
      '--- a/x.md',
      '+++ b/x.md',
      '@@ -3 +3 @@',
      '@@ -10,0 +11,2 @@',
      '@@ -20,4 +21,0 @@',
      'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"',
      '--- "a/caf\\303\\251.md"',
      '+++ "b/caf\\303\\251.md"',
      '@@ -1,0 +1 @@',
      'diff --git a/gone.md b/gone.md',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
    ].join('\n');
    const files = parseUnifiedDiff(diff);
    assert.deepEqual([...files.keys()], ['x.md', 'café.md']);
    assert.deepEqual([...files.get('x.md')!].sort((a, b) => a - b), [3, 11, 12, 21, 22]);
    assert.deepEqual([...files.get('café.md')!], [1]);
  });
});
