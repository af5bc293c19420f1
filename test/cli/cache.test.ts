import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aiExample, facialExample, parseJsonReport, removeDir, runCli, tempDir, withoutRights } from './helpers';

// --cache, with the CLI as a process: the second run takes unchanged drafts' reports from the cache;
// a changed draft, a changed .foi.yaml, another foi-lint or other options make them be checked again;
// a corrupt cache file is ignored and written anew. Whether a report came from the cache is seen by
// marking the stored report (a message no rule writes), never by timing.

interface CacheDoc {
  header: { foiLintCache: number; run: string };
  files: Record<string, { hash: string; settings: string; report: { findings: { message: string }[] } }>;
}

/** The cache file: a header line of JSON, then "path"<TAB>hash<TAB>settings<TAB>report JSON per draft. */
function parseCache(text: string): CacheDoc {
  const [head, ...rest] = text.split('\n').filter((l) => l !== '');
  const files: CacheDoc['files'] = {};
  for (const line of rest) {
    const [key, hash, settings, report] = line.split('\t');
    files[JSON.parse(key) as string] = { hash, settings, report: JSON.parse(report) as CacheDoc['files'][string]['report'] };
  }
  return { header: JSON.parse(head) as CacheDoc['header'], files };
}

function cacheText(doc: CacheDoc): string {
  const lines = [JSON.stringify(doc.header)];
  for (const [key, e] of Object.entries(doc.files)) lines.push([JSON.stringify(key), e.hash, e.settings, JSON.stringify(e.report)].join('\t'));
  return `${lines.join('\n')}\n`;
}

const MARK = 'read from the cache';

describe('foi-lint CLI: --cache', function () {
  this.timeout(60_000);
  let dir: string;
  const cacheFile = (): string => path.join(dir, '.foi-lint-cache');
  const readCache = (file = cacheFile()): CacheDoc => parseCache(fs.readFileSync(file, 'utf8'));
  /** Mark every stored finding, so a report taken from the cache shows it. */
  const markCache = (file = cacheFile()): void => {
    const doc = readCache(file);
    for (const entry of Object.values(doc.files)) for (const f of entry.report.findings) f.message = MARK;
    fs.writeFileSync(file, cacheText(doc));
  };
  const lintJson = (...args: string[]) => {
    const run = runCli(['--format', 'json', ...args, 'replies'], { cwd: dir });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return { run, reports: parseJsonReport(run.stdout) };
  };
  const marked = (reports: ReturnType<typeof parseJsonReport>, name: string): boolean =>
    reports.find((r) => path.basename(r.file) === name)!.findings.some((f) => f.message === MARK);

  beforeEach(() => {
    dir = tempDir('cache');
    fs.mkdirSync(path.join(dir, 'replies'));
    fs.writeFileSync(path.join(dir, 'replies', 'ai.md'), withoutRights(fs.readFileSync(aiExample, 'utf8')));
    fs.writeFileSync(path.join(dir, 'replies', 'facial.md'), withoutRights(fs.readFileSync(facialExample, 'utf8')));
    fs.writeFileSync(path.join(dir, '.foi.yaml'), 'extends: foia\n');
  });
  afterEach(() => removeDir(dir));

  it('writes the cache on the first run and reuses it for unchanged drafts, with the same output', () => {
    const plain = runCli(['replies'], { cwd: dir });
    assert.equal(fs.existsSync(cacheFile()), false, 'no cache without --cache');
    const first = runCli(['--cache', 'replies'], { cwd: dir });
    assert.equal(first.code, plain.code);
    assert.equal(first.stdout, plain.stdout);
    const doc = readCache();
    assert.deepEqual(Object.keys(doc.files).sort(), ['replies/ai.md', 'replies/facial.md']);
    const second = runCli(['--cache', 'replies'], { cwd: dir });
    assert.equal(second.code, plain.code);
    assert.equal(second.stdout, plain.stdout, 'a run from the cache prints what a full run prints');

    markCache();
    const { reports } = lintJson('--cache');
    assert.ok(marked(reports, 'ai.md') && marked(reports, 'facial.md'), 'both reports came from the cache');
  });

  it('checks a changed draft again and keeps the unchanged ones', () => {
    lintJson('--cache');
    markCache();
    fs.appendFileSync(path.join(dir, 'replies', 'ai.md'), '\n[TBC]\n');
    const { reports } = lintJson('--cache');
    assert.equal(marked(reports, 'ai.md'), false, 'the changed draft was checked again');
    assert.ok(reports.find((r) => r.file.endsWith('ai.md'))!.findings.some((f) => f.ruleId === 'placeholder'), 'and its new finding is reported');
    assert.equal(marked(reports, 'facial.md'), true, 'the unchanged draft came from the cache');
  });

  it('checks every draft again when its .foi.yaml changes, and when the options that change a report do', () => {
    lintJson('--cache');
    markCache();
    fs.writeFileSync(path.join(dir, '.foi.yaml'), 'extends: foia\nrules:\n  missing-rights: off\n');
    const changed = lintJson('--cache').reports;
    assert.equal(marked(changed, 'ai.md') || marked(changed, 'facial.md'), false);
    assert.ok(changed.every((r) => !r.findings.some((f) => f.ruleId === 'missing-rights')), 'the new settings apply');

    markCache();
    const quiet = lintJson('--cache', '--quiet').reports;
    assert.equal(marked(quiet, 'ai.md') || marked(quiet, 'facial.md'), false, '--quiet is another run: not from the cache');
  });

  it('checks every draft again for another foi-lint (another version or rule set)', () => {
    lintJson('--cache');
    markCache();
    const doc = readCache();
    doc.header.run = 'another version';
    fs.writeFileSync(cacheFile(), cacheText(doc));
    const { reports } = lintJson('--cache');
    assert.equal(marked(reports, 'ai.md') || marked(reports, 'facial.md'), false);
    assert.notEqual(readCache().header.run, 'another version', 'the cache was rewritten for this version');
  });

  for (const [what, content] of [
    ['not JSON', '{"foiLintCache": 2, "run": '],
    ['JSON of another shape', '[1, 2, 3]\n'],
    ['cut short', ''],
    ['entries of another shape', ''],
    ['empty', ''],
    ['binary', '\u0000\u0001\u00ff'],
  ] as const) {
    it(`ignores a cache file that is ${what}, and writes a good one`, () => {
      const expected = runCli(['--format', 'json', 'replies'], { cwd: dir });
      let text: string = content;
      if (what === 'entries of another shape') {
        lintJson('--cache');
        const lines = fs.readFileSync(cacheFile(), 'utf8').split('\n');
        // One line with a field missing, one whose report is JSON of another shape, and a stray line.
        lines[1] = lines[1].split('\t').slice(0, 3).join('\t');
        const fields = lines[2].split('\t');
        const report = JSON.parse(fields[3]) as { findings: unknown[] };
        report.findings = [null];
        lines[2] = [...fields.slice(0, 3), JSON.stringify(report)].join('\t');
        text = [...lines.slice(0, 3), 'not\ta\tcache\tline', '"x"\t\t\t{'].join('\n');
      }
      if (what === 'cut short') {
        lintJson('--cache');
        const whole = fs.readFileSync(cacheFile(), 'utf8');
        text = whole.slice(0, Math.floor(whole.length * 0.6));
      }
      fs.writeFileSync(cacheFile(), text);
      const run = runCli(['--format', 'json', '--cache', 'replies'], { cwd: dir });
      assert.equal(run.code, expected.code, run.stderr);
      assert.equal(run.stderr, '');
      assert.deepEqual(parseJsonReport(run.stdout), parseJsonReport(expected.stdout));
      assert.equal(readCache().header.foiLintCache, 2);
      assert.equal(Object.keys(readCache().files).length, 2);
      const again = runCli(['--format', 'json', '--cache', 'replies'], { cwd: dir });
      assert.equal(again.stdout, run.stdout);
    });
  }

  it('puts the cache where --cache-location says: a file, or a folder', () => {
    lintJson('--cache', '--cache-location', 'ci/foi.cache');
    assert.ok(fs.existsSync(path.join(dir, 'ci', 'foi.cache')));
    fs.mkdirSync(path.join(dir, 'tmp'));
    lintJson('--cache', '--cache-location', 'tmp');
    assert.ok(fs.existsSync(path.join(dir, 'tmp', '.foi-lint-cache')));
    lintJson('--cache', '--cache-location', 'new-folder/');
    assert.ok(fs.existsSync(path.join(dir, 'new-folder', '.foi-lint-cache')));
    assert.equal(fs.existsSync(cacheFile()), false);
    for (const f of [path.join(dir, 'ci'), path.join(dir, 'tmp'), path.join(dir, 'new-folder')]) {
      assert.deepEqual(fs.readdirSync(f).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
    }
    const alone = runCli(['--cache-location', 'x', 'replies'], { cwd: dir });
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--cache-location is used with --cache/);
  });

  it('does not fail the run when the cache cannot be written', () => {
    const expected = runCli(['--format', 'json', 'replies'], { cwd: dir });
    // A file where the cache's folder should be.
    const blocked = runCli(['--format', 'json', '--cache', '--cache-location', 'replies/ai.md/x', 'replies'], { cwd: dir });
    assert.equal(blocked.code, expected.code);
    assert.deepEqual(parseJsonReport(blocked.stdout), parseJsonReport(expected.stdout));
    assert.match(blocked.stderr, /the cache was not saved/);
  });
});
