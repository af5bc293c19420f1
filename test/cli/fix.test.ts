import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aiExample, facialExample, parseJsonReport, removeDir, runCli, tempDir, withoutRights } from './helpers';

// --fix on copies of the reference letters with their "Your rights" section removed.

const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** Split `after` into what `before` kept at each end and what was inserted between; fails if anything else changed. */
function insertedText(before: Buffer, after: Buffer): Buffer {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  assert.equal(prefix + suffix, before.length, 'every original byte is kept, in order, around one insertion');
  return after.subarray(prefix, after.length - suffix);
}

describe('foi-lint CLI: --fix', function () {
  this.timeout(60_000);
  let dir: string;
  const originals = new Map<string, Buffer>();
  const ai = withoutRights(fs.readFileSync(aiExample, 'utf8'));
  const facial = withoutRights(fs.readFileSync(facialExample, 'utf8'));
  const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
  let firstRun: ReturnType<typeof runCli>;
  const fixed = new Map<string, Buffer>();

  before(() => {
    dir = tempDir('fix');
    const files: Record<string, Buffer> = {
      'ai-lf.md': Buffer.from(ai),
      'facial-crlf.md': Buffer.from(crlf(facial)),
      'ai-bom-crlf.md': Buffer.concat([bom, Buffer.from(crlf(ai))]),
      'real/target.md': Buffer.from(facial),
    };
    fs.mkdirSync(path.join(dir, 'real'));
    for (const [name, bytes] of Object.entries(files)) {
      fs.writeFileSync(path.join(dir, name), bytes);
      originals.set(name, bytes);
    }
    fs.chmodSync(path.join(dir, 'ai-lf.md'), 0o600);
    fs.symlinkSync(path.join('real', 'target.md'), path.join(dir, 'link.md'));
    firstRun = runCli(['--fix', 'ai-lf.md', 'facial-crlf.md', 'ai-bom-crlf.md', 'link.md'], { cwd: dir });
    for (const name of originals.keys()) fixed.set(name, fs.readFileSync(path.join(dir, name)));
  });
  after(() => removeDir(dir));

  it('fixes the missing "Your rights" section so the rule is satisfied', () => {
    assert.notEqual(firstRun.code, 2, firstRun.stderr);
    assert.match(firstRun.stdout, /Fixed 4 files\./);
    const check = runCli(['--format', 'json', 'ai-lf.md', 'facial-crlf.md', 'ai-bom-crlf.md', 'link.md'], { cwd: dir });
    const reports = parseJsonReport(check.stdout);
    assert.equal(reports.length, 4);
    for (const report of reports) {
      assert.deepEqual(report.findings.filter((f) => f.ruleId === 'missing-rights'), [], report.file);
    }
    assert.match(fs.readFileSync(path.join(dir, 'ai-lf.md'), 'utf8'), /Information Commissioner/);
  });

  it('keeps every other byte, the line endings and the byte-order mark', () => {
    for (const [name, before] of originals) {
      const after = fixed.get(name) ?? Buffer.alloc(0);
      const inserted = insertedText(before, after).toString('utf8');
      assert.ok(inserted.length > 0, `${name}: something was inserted`);
      if (name.includes('crlf')) assert.doesNotMatch(inserted, /(?<!\r)\n/, `${name}: inserted text uses CRLF`);
      else assert.doesNotMatch(inserted, /\r/, `${name}: inserted text uses LF`);
    }
    assert.ok(fixed.get('ai-bom-crlf.md')?.subarray(0, 3).equals(bom), 'the BOM is still first');
    assert.ok(!fixed.get('ai-lf.md')?.subarray(0, 3).equals(bom), 'no BOM added');
    assert.equal(fs.statSync(path.join(dir, 'ai-lf.md')).mode & 0o777, 0o600, 'the mode is kept');
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('writes through a symlink and keeps the link', () => {
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.equal(fs.readlinkSync(path.join(dir, 'link.md')), path.join('real', 'target.md'));
    assert.ok(!fixed.get('real/target.md')?.equals(originals.get('real/target.md') ?? Buffer.alloc(0)));
  });

  it('changes nothing on a second run', () => {
    const second = runCli(['--fix', 'ai-lf.md', 'facial-crlf.md', 'ai-bom-crlf.md', 'link.md'], { cwd: dir });
    assert.notEqual(second.code, 2, second.stderr);
    assert.doesNotMatch(second.stdout, /Fixed/);
    for (const [name, bytes] of fixed) assert.ok(fs.readFileSync(path.join(dir, name)).equals(bytes), name);
  });

  it('leaves a read-only file and a file in a read-only folder untouched, says why, and exits 2', () => {
    fs.writeFileSync(path.join(dir, 'read-only.md'), ai);
    fs.chmodSync(path.join(dir, 'read-only.md'), 0o444);
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.writeFileSync(path.join(dir, 'locked', 'reply.md'), ai);
    fs.chmodSync(path.join(dir, 'locked'), 0o555);
    const run = runCli(['--fix', '--format', 'json', 'read-only.md', 'locked/reply.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^foi-lint: read-only\.md: the file is read-only: not fixed/m);
    assert.match(run.stderr, /^foi-lint: locked\/reply\.md: cannot write in the folder .*locked \(permission denied\): not fixed/m);
    assert.equal(fs.readFileSync(path.join(dir, 'read-only.md'), 'utf8'), ai);
    assert.equal(fs.readFileSync(path.join(dir, 'locked', 'reply.md'), 'utf8'), ai);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'locked')), ['reply.md']);
    // What is on disk is what gets reported: the rights section is still missing.
    for (const report of parseJsonReport(run.stdout)) {
      assert.ok(report.findings.some((f) => f.ruleId === 'missing-rights'), report.file);
    }
  });
});
