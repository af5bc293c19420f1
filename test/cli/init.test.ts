import Ajv from 'ajv';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { cliPath, examplesDir, parseJsonReport, removeDir, repoRoot, runCli, tempDir } from './helpers';

// `foi-lint init` as a user runs it: the file it writes, what it refuses, and its questions on a terminal.

const jsonSchema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'server/schema/foi-lint.schema.json'), 'utf8')) as object;

describe('foi-lint init', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('init')));
  afterEach(() => removeDir(dir));

  for (const regime of ['foia', 'eir', 'foisa', 'eisr']) {
    it(`writes a starter for ${regime} that the JSON Schema and foi-lint accept`, () => {
      const run = runCli(['init', '--regime', regime, '--authority', 'Riverside: "District" Council #1'], { cwd: dir, input: '' });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, `Wrote .foi.yaml (${regime}). Edit it, then run foi-lint on your drafts.\n`);
      const text = fs.readFileSync(path.join(dir, '.foi.yaml'), 'utf8');
      const data = parse(text) as { extends: string; authority: { name: string } };
      const validate = new Ajv({ allErrors: true, strict: false }).compile(jsonSchema);
      assert.ok(validate(data), JSON.stringify(validate.errors));
      assert.equal(data.extends, regime);
      assert.equal(data.authority.name, 'Riverside: "District" Council #1');
      assert.match(text, /^# /m, 'commented');
    });
  }

  it('lints the published examples clean with the FOIA starter beside them', () => {
    assert.equal(runCli(['init', '--authority', 'London Borough of Barnet'], { cwd: dir, input: '' }).code, 0);
    for (const name of fs.readdirSync(examplesDir).filter((n) => n.startsWith('barnet-'))) fs.copyFileSync(path.join(examplesDir, name), path.join(dir, name));
    const run = runCli(['--format', 'json', '--max-warnings', '0', '.'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const findings = parseJsonReport(run.stdout).flatMap((r) => r.findings);
    assert.deepEqual(findings.filter((f) => f.severity !== 'info'), []);
  });

  it('uses the defaults without asking when stdin is not a terminal', () => {
    const run = runCli(['init', 'policy'], { cwd: dir, input: 'eir\nSomewhere\n' });
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /Regime|Authority/);
    const data = parse(fs.readFileSync(path.join(dir, 'policy', '.foi.yaml'), 'utf8')) as { extends: string; authority: { name: string } };
    assert.deepEqual([data.extends, data.authority.name], ['foia', 'Our authority']);
  });

  it('never replaces an existing .foi.yaml or .foi.yml without --force', () => {
    fs.writeFileSync(path.join(dir, '.foi.yml'), 'extends: eir\n');
    const refused = runCli(['init'], { cwd: dir, input: '' });
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'foi-lint: .foi.yml already exists: not replaced (use --force to replace it)\n');
    assert.equal(fs.readFileSync(path.join(dir, '.foi.yml'), 'utf8'), 'extends: eir\n');
    assert.ok(!fs.existsSync(path.join(dir, '.foi.yaml')));
    const forced = runCli(['init', '--force', '--regime', 'foisa'], { cwd: dir, input: '' });
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(!fs.existsSync(path.join(dir, '.foi.yml')), 'the replaced file is gone, so it cannot shadow the new one');
    assert.match(fs.readFileSync(path.join(dir, '.foi.yaml'), 'utf8'), /^extends: foisa$/m);
  });

  it('explains bad flags (exit 2)', () => {
    const regime = runCli(['init', '--regime', 'gdpr'], { cwd: dir, input: '' });
    assert.equal(regime.code, 2);
    assert.match(regime.stderr, /^foi-lint init: Unknown regime 'gdpr': use one of foia, eir, foisa, eisr$/m);
    const unknown = runCli(['init', '--name', 'x'], { cwd: dir, input: '' });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown option '--name'/);
    assert.equal(fs.readdirSync(dir).length, 0, 'nothing written');
  });

  it('asks for the regime and the name on a terminal', function () {
    // util-linux `script` gives the CLI a terminal; the answers are typed into it.
    if (spawnSync('script', ['--version']).error) this.skip();
    const command = `node ${JSON.stringify(cliPath)} init`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, input: 'gdpr\neir\nRiverside District Council\n', encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Regime \(foia, eir, foisa, eisr\) \[foia\]: /);
    assert.match(run.stdout, /'gdpr' is not one of foia, eir, foisa, eisr/);
    const data = parse(fs.readFileSync(path.join(dir, '.foi.yaml'), 'utf8')) as { extends: string; authority: { name: string } };
    assert.deepEqual([data.extends, data.authority.name], ['eir', 'Riverside District Council']);
  });
});
