import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aiExample, parseJsonReport, removeDir, runCli, tempDir, withoutRights, type CliRun, type JsonReport } from './helpers';

// Files a CI job meets in the wild: empty, binary, huge, half-written, unreadable, missing, and many.

/** Root reads any file whatever its mode; the unreadable-file check then runs the CLI as "nobody". */
const asUnprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('foi-lint CLI: bad input', function () {
  this.timeout(120_000);
  const letter = fs.readFileSync(aiExample, 'utf8');
  let dir: string;
  let run: CliRun;
  let reports: Map<string, JsonReport>;

  before(() => {
    dir = tempDir('bad-input');
    fs.chmodSync(dir, 0o755);
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'good.md'), letter);
    fs.writeFileSync(path.join(bad, 'empty.md'), '');
    fs.writeFileSync(path.join(bad, 'binary.md'), Buffer.from('%PDF-1.7\n\x00\x01\x02stream\x00', 'latin1'));
    fs.writeFileSync(path.join(bad, 'front-matter.md'), `---\nregime: [foia\nreceived: 2020-09-08\n---\n${letter}`);
    fs.writeFileSync(path.join(bad, 'huge.md'), Buffer.alloc(11 * 1024 * 1024, 'a'));
    fs.writeFileSync(path.join(bad, 'big.md'), bigDraft(letter, 5 * 1024 * 1024));
    fs.writeFileSync(path.join(bad, 'locked.md'), letter);
    fs.chmodSync(path.join(bad, 'locked.md'), 0o000);
    // Not drafts: folder expansion must skip these.
    for (const skipped of ['.git', 'node_modules']) {
      fs.mkdirSync(path.join(bad, skipped));
      fs.writeFileSync(path.join(bad, skipped, 'skipped.md'), '');
    }
    run = runCli(['--format', 'json', 'bad', 'bad/nowhere.md'], { cwd: dir, ...asUnprivileged });
    reports = new Map(parseJsonReport(run.stdout).map((r) => [r.file, r]));
  });
  after(() => removeDir(dir));

  it('reports every file it could not check by name, checks the others, and exits 2', () => {
    assert.equal(run.code, 2, run.stderr);
    assert.deepEqual([...reports.keys()], ['bad/big.md', 'bad/binary.md', 'bad/empty.md', 'bad/front-matter.md', 'bad/good.md', 'bad/huge.md', 'bad/locked.md']);
    assert.match(run.stderr, /^foi-lint: bad\/nowhere\.md: no such file or folder$/m);
    assert.match(run.stderr, /^foi-lint: bad\/binary\.md: cannot lint a binary file$/m);
    assert.match(run.stderr, /^foi-lint: bad\/huge\.md: too large to lint \(11\.0 MB; the limit is 10 MB\)/m);
    assert.match(run.stderr, /^foi-lint: bad\/locked\.md: permission denied$/m);
    assert.equal(reports.get('bad/binary.md')?.error, 'cannot lint a binary file');
    assert.deepEqual(reports.get('bad/locked.md')?.findings, []);
    assert.equal(reports.get('bad/good.md')?.error, undefined);
    assert.doesNotMatch(run.stderr, /internal error|at .*\.js:\d+/, 'no crash or stack trace');
  });

  it('lints an empty file, which then lacks everything a reply needs', () => {
    const empty = reports.get('bad/empty.md');
    assert.equal(empty?.error, undefined);
    assert.ok(empty?.findings.some((f) => f.ruleId === 'missing-rights' && f.severity === 'error'), JSON.stringify(empty?.findings));
  });

  it('lints a 5 MB draft', () => {
    const big = reports.get('bad/big.md');
    assert.equal(big?.error, undefined);
    assert.equal(big?.regime, 'foia');
    assert.deepEqual(big?.dates, { received: '2020-09-08', sent: '2020-10-05' });
  });

  it('lints a draft whose front matter is malformed, and says where', () => {
    const report = reports.get('bad/front-matter.md');
    assert.equal(report?.error, undefined);
    const atFrontMatter = report?.findings.filter((f) => f.line <= 4 && f.severity === 'error') ?? [];
    assert.ok(atFrontMatter.length > 0, `a finding on the front matter: ${JSON.stringify(report?.findings)}`);
  });

  it('runs over a folder of 2,000 drafts in seconds and bounded memory', () => {
    const many = path.join(dir, 'many');
    const broken = withoutRights(letter);
    for (let folder = 0; folder < 20; folder++) {
      const sub = path.join(many, `batch-${folder}`);
      fs.mkdirSync(sub, { recursive: true });
      for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(sub, `reply-${i}.md`), i % 2 ? broken : letter);
    }
    // A heap far smaller than 2,000 draft models: the run fails if the CLI keeps them.
    const big = runCli(['--format', 'json', 'many'], { cwd: dir, nodeArgs: ['--max-old-space-size=48'] });
    assert.equal(big.code, 1, big.stderr);
    const all = parseJsonReport(big.stdout);
    assert.equal(all.length, 2000);
    assert.equal(all.filter((r) => r.findings.some((f) => f.ruleId === 'missing-rights')).length, 1000);
    assert.ok(big.ms < 60_000, `took ${big.ms} ms`);
  });
});

/** The letter with its response padded by ordinary paragraphs to about `size` bytes. */
function bigDraft(letter: string, size: number): string {
  const cut = letter.indexOf('Further information');
  const paragraph =
    'The council publishes its spending over £500, its contracts and its organisation chart on the open data portal, ' +
    'and updates them every quarter; earlier years are kept in the archive section of the same page.\n\n';
  const count = Math.ceil((size - letter.length) / Buffer.byteLength(paragraph));
  return letter.slice(0, cut) + paragraph.repeat(count) + letter.slice(cut);
}
