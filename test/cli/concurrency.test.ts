import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aiExample, facialExample, removeDir, repoRoot, runCli, tempDir, withoutRights, type CliRun } from './helpers';

// --concurrency 2, with the CLI as a process: a pool of worker threads checks the drafts, and what the
// run prints (stdout in every format, stderr, the exit code, the cache file) is what --concurrency 1
// prints. A module loaded with --require into every thread counts the workers that ran (so a pool that
// did not start cannot pass unseen) and, when asked, ends a worker in the middle of a draft.

const probeSource = `
const { isMainThread } = require('node:worker_threads');
const fs = require('node:fs');
if (!isMainThread) {
  fs.appendFileSync(process.env.PROBE_LOG, 'worker\\n');
  const statSync = fs.statSync;
  fs.statSync = function (file, ...rest) {
    if (process.env.PROBE_CRASH && String(file).endsWith(process.env.PROBE_CRASH)) {
      fs.appendFileSync(process.env.PROBE_LOG, 'crash\\n');
      process.exit(7);
    }
    return statSync.call(this, file, ...rest);
  };
}
`;

const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab'];

describe('foi-lint CLI: --concurrency', function () {
  this.timeout(120_000);
  let dir: string;
  let probe: string;
  let log: string;

  const run = (args: string[], env: Record<string, string> = {}): CliRun =>
    runCli(args, { cwd: dir, nodeArgs: ['--require', probe], env: { ...process.env, NO_COLOR: '1', PROBE_LOG: log, ...env } });
  /** What the probe saw: workers started, and workers ended on purpose. */
  const seen = (): { workers: number; crashes: number } => {
    const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n') : [];
    fs.rmSync(log, { force: true });
    return { workers: lines.filter((l) => l === 'worker').length, crashes: lines.filter((l) => l === 'crash').length };
  };
  const assertSame = (one: CliRun, two: CliRun, what: string): void => {
    assert.equal(two.stdout, one.stdout, `${what}: stdout`);
    assert.equal(two.stderr, one.stderr, `${what}: stderr`);
    assert.equal(two.code, one.code, `${what}: exit code`);
  };

  before(() => {
    dir = tempDir('concurrency');
    probe = path.join(dir, 'probe.js');
    log = path.join(dir, 'probe.log');
    fs.writeFileSync(probe, probeSource);
    // Drafts with findings of every severity, in two folders, one governed by a broken .foi.yaml.
    const fixtures = path.join(repoRoot, 'test', 'fixtures', 'drafts');
    fs.mkdirSync(path.join(dir, 'replies', 'older'), { recursive: true });
    for (const name of fs.readdirSync(fixtures).filter((f) => f.endsWith('.md'))) {
      fs.copyFileSync(path.join(fixtures, name), path.join(dir, 'replies', name));
    }
    fs.writeFileSync(path.join(dir, 'replies', 'ai.md'), withoutRights(fs.readFileSync(aiExample, 'utf8')));
    fs.writeFileSync(path.join(dir, 'replies', 'older', 'facial.md'), fs.readFileSync(facialExample, 'utf8'));
    fs.writeFileSync(path.join(dir, 'replies', 'older', 'empty.md'), '');
    // A file that cannot be checked: the same message, from a worker or not.
    fs.writeFileSync(path.join(dir, 'replies', 'binary.md'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)));
    fs.mkdirSync(path.join(dir, 'broken'));
    fs.writeFileSync(path.join(dir, 'broken', '.foi.yaml'), 'extends: foia\nrules:\n  no-such-rule: error\n');
    fs.copyFileSync(aiExample, path.join(dir, 'broken', 'a.md'));
    fs.copyFileSync(facialExample, path.join(dir, 'broken', 'b.md'));
  });

  after(() => removeDir(dir));

  for (const format of formats) {
    it(`prints in ${format} format what one thread prints`, () => {
      const args = ['--format', format, 'replies', 'missing.md', 'broken'];
      const one = run(['--concurrency', '1', ...args]);
      assert.equal(seen().workers, 0);
      assert.equal(one.code, 2, one.stderr);
      assert.match(one.stderr, /binary\.md: cannot lint a binary file/);
      assert.match(one.stderr, /missing\.md: no such file or folder/);
      assert.match(one.stderr, /no-such-rule/);
      assert.ok(one.stdout.length > 1000, one.stdout);
      const two = run(['--concurrency', '2', ...args]);
      assert.equal(seen().workers, 2);
      assertSame(one, two, format);
    });
  }

  it('writes and reuses the cache as one thread does', () => {
    const cache = (name: string): string[] => ['--format', 'json', '--cache', '--cache-location', path.join(dir, name), 'replies'];
    const one = run(['--concurrency', '1', ...cache('one.cache')]);
    const two = run(['--concurrency', '2', ...cache('two.cache')]);
    assertSame(one, two, 'first run');
    assert.equal(fs.readFileSync(path.join(dir, 'two.cache'), 'utf8'), fs.readFileSync(path.join(dir, 'one.cache'), 'utf8'));
    // A mark in the stored reports shows they are reused by the workers' run.
    for (const name of ['one.cache', 'two.cache']) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('"message":"', '"message":"(cached) '));
    }
    seen();
    const again = run(['--concurrency', '2', ...cache('two.cache')]);
    assert.equal(seen().workers, 2);
    assert.match(again.stdout, /\(cached\) /);
    assertSame(run(['--concurrency', '1', ...cache('one.cache')]), again, 'second run');
    assert.equal(fs.readFileSync(path.join(dir, 'two.cache'), 'utf8'), fs.readFileSync(path.join(dir, 'one.cache'), 'utf8'));
  });

  it('fixes in the main thread alone, as one thread does', () => {
    for (const copy of ['fix1', 'fix2']) fs.cpSync(path.join(dir, 'replies'), path.join(dir, copy), { recursive: true });
    seen();
    const one = run(['--fix', '--concurrency', '1', 'fix1']);
    const two = run(['--fix', '--concurrency', '2', 'fix2']);
    assert.equal(seen().workers, 0);
    assert.match(two.stdout, /Fixed \d+ files?\./);
    assertSame({ ...one, stdout: one.stdout.replaceAll('fix1', 'fix2'), stderr: one.stderr.replaceAll('fix1', 'fix2') }, two, '--fix');
    for (const name of fs.readdirSync(path.join(dir, 'fix1'))) {
      if (name.endsWith('.md')) assert.equal(fs.readFileSync(path.join(dir, 'fix2', name), 'utf8'), fs.readFileSync(path.join(dir, 'fix1', name), 'utf8'), name);
    }
  });

  it('checks a draft in the main thread when its worker ends on it, and goes on with a new worker', () => {
    const args = ['--format', 'json', 'replies', 'broken'];
    const one = run(['--concurrency', '1', ...args]);
    seen();
    const two = run(['--concurrency', '2', ...args], { PROBE_CRASH: 'foia-not-held.md' });
    const { workers, crashes } = seen();
    assert.equal(crashes, 1);
    assert.equal(workers, 3);
    assertSame(one, two, 'with a worker ended');
  });
});
