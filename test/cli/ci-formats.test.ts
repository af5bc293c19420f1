import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertValidGitlab, assertValidJunit } from './ci-schemas';
import { aiExample, cleanAiText, facialExample, removeDir, runCli, tempDir, withoutRights } from './helpers';

// --format junit and --format gitlab, validated as the CI servers read them (see ci-schemas.ts).

describe('foi-lint CLI: --format junit and --format gitlab', function () {
  this.timeout(60_000);
  let dir: string;
  const letter = cleanAiText();

  before(() => {
    dir = tempDir('ci-formats');
    fs.mkdirSync(path.join(dir, 'replies'));
    fs.writeFileSync(path.join(dir, 'replies', 'good.md'), cleanAiText());
    fs.copyFileSync(facialExample, path.join(dir, 'replies', 'facial.md'));
    // Characters XML must escape, and one it cannot hold at all, in a finding's message.
    fs.writeFileSync(path.join(dir, 'replies', 'broken <&>.md'), withoutRights(letter).replace('No', '[TBC] <"R&D"> \u0001'));
    fs.mkdirSync(path.join(dir, 'bad'));
    fs.writeFileSync(path.join(dir, 'bad', '.foi.yaml'), 'placeholders: ["("]\n');
    fs.copyFileSync(aiExample, path.join(dir, 'bad', 'governed.md'));
  });
  after(() => removeDir(dir));

  describe('junit', () => {
    it('validates, with one suite per draft and a failing case per error or warning', async () => {
      const run = runCli(['--format', 'junit', 'replies/'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      await assertValidJunit(run.stdout);
      const suites = [...run.stdout.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)" errors="(\d+)">/g)];
      assert.deepEqual(suites.map((m) => m[1]), ['replies/broken &lt;&amp;&gt;.md', 'replies/facial.md', 'replies/good.md']);
      const [broken, facial, good] = suites.map((m) => ({ tests: Number(m[2]), failures: Number(m[3]), errors: Number(m[4]) }));
      assert.ok(broken.failures >= 2 && broken.failures === broken.tests, JSON.stringify(broken));
      assert.match(run.stdout, /<failure type="error" message="The reply has no “Your rights” paragraph[^"]*">error at replies\/broken &lt;&amp;&gt;\.md:\d+:1: /);
      // The information-level note passes: it is advice, not a fault.
      assert.deepEqual(facial, { tests: 2, failures: 0, errors: 0 });
      assert.match(run.stdout, /<system-out>info at replies\/facial\.md:\d+:\d+: /);
      assert.deepEqual(good, { tests: 1, failures: 0, errors: 0 });
      assert.ok(!run.stdout.includes('\u0001'));
    });

    it('reports settings with mistakes and arguments that match nothing as errors, and still validates', async () => {
      const run = runCli(['--format', 'junit', 'bad/', 'nothing-here/'], { cwd: dir });
      assert.equal(run.code, 2, run.stderr);
      await assertValidJunit(run.stdout);
      assert.match(run.stdout, /<testsuite name="bad\/governed\.md" tests="1" failures="0" errors="1">/);
      assert.match(run.stdout, /<testcase name="bad\/\.foi\.yaml:1:\d+" classname="foi-lint\.configuration">\s*<error type="error" message="placeholders\[0\]: invalid regular expression/);
      assert.match(run.stdout, /<testcase name="nothing-here\/"[^>]*>\s*<error type="error" message="nothing-here\/: no such file or folder"/);
    });

    it('is a valid empty report when no file is given a finding', async () => {
      const run = runCli(['--format', 'junit', 'replies/good.md'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      await assertValidJunit(run.stdout);
    });
  });

  describe('gitlab', () => {
    it('validates, with relative paths, severities and the lines of each finding', () => {
      const run = runCli(['--format', 'gitlab', 'replies/'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      const issues = assertValidGitlab(run.stdout);
      const rights = issues.find((i) => i.check_name === 'missing-rights');
      assert.ok(rights, run.stdout);
      assert.equal(rights.severity, 'major');
      assert.equal(rights.location.path, 'replies/broken <&>.md');
      const lines = withoutRights(letter).split('\n').length;
      assert.ok(rights.location.lines.begin >= 1 && rights.location.lines.begin <= lines, JSON.stringify(rights));
      assert.equal(issues.find((i) => i.check_name === 'shared-answer')?.severity, 'info');
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
    });

    it('keeps fingerprints when lines above a finding move, so a merge request does not see it as new', () => {
      const before = assertValidGitlab(runCli(['--format', 'gitlab', 'replies/broken <&>.md'], { cwd: dir }).stdout);
      const file = path.join(dir, 'replies', 'broken <&>.md');
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, `\n\n${text}`);
      try {
        const after = assertValidGitlab(runCli(['--format', 'gitlab', 'replies/broken <&>.md'], { cwd: dir }).stdout);
        assert.deepEqual(after.map((i) => i.fingerprint), before.map((i) => i.fingerprint));
        assert.deepEqual(after.map((i) => i.location.lines.begin), before.map((i) => i.location.lines.begin + 2));
      } finally {
        fs.writeFileSync(file, text);
      }
    });

    it('reports a settings file with a mistake as an issue in that file', () => {
      const run = runCli(['--format', 'gitlab', 'bad/'], { cwd: dir });
      assert.equal(run.code, 2);
      const issues = assertValidGitlab(run.stdout);
      const config = issues.find((i) => i.location.path === 'bad/.foi.yaml');
      assert.ok(config, run.stdout);
      assert.equal(config.severity, 'critical');
      assert.match(config.description, /invalid regular expression/);
    });

    it('prints an empty array when there is nothing to report', () => {
      const run = runCli(['--format', 'gitlab', 'replies/good.md'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(assertValidGitlab(run.stdout), []);
    });
  });
});
