import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { assertValidGitlab, assertValidJunit } from './ci-schemas';
import { aiExample, removeDir, repoRoot, tempDir, withoutRights } from './helpers';
import { readmeRecipe } from './readme';

// The npm tarball as a drafts repository gets it: packed from this checkout (after `npm run build`),
// installed into an empty folder outside the repository, run with npx. Nothing may come from the
// registry: the tarball holds the bundled CLI and depends on nothing.

function npm(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', [...args], {
    cwd,
    encoding: 'utf8',
    // Offline: a tarball that needed a dependency from the registry fails here instead of fetching it.
    env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm tarball: installed into an empty folder', function () {
  this.timeout(120_000);
  let dir: string;
  let project: string;
  let tarball: string;

  before(() => {
    dir = tempDir('pack');
    // --ignore-scripts: `npm test` has just built dist/; prepack would build it again.
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], repoRoot);
    assert.equal(pack.code, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(dir, info.filename);
    project = path.join(dir, 'drafts');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "drafts", "private": true }\n');
  });
  after(() => removeDir(dir));

  it('holds the bundled CLI and no sources, tests or extension files', () => {
    const list = npm(['pack', '--ignore-scripts', '--dry-run', '--json'], repoRoot);
    const files = (JSON.parse(list.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path).sort();
    assert.deepEqual(files, ['README.md', 'dist/cli-worker.js', 'dist/cli.js', 'dist/converters.js', 'package.json', 'server/schema/foi-lint.schema.json']);
    assert.match(fs.readFileSync(path.join(repoRoot, 'dist', 'cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('installs with `npm install --save-dev` from the file alone, without warnings', () => {
    const install = npm(['install', '--save-dev', tarball], project);
    assert.equal(install.code, 0, install.stderr);
    assert.doesNotMatch(install.stderr, /warn/i);
    assert.deepEqual(fs.readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.')), ['foi-lint']);
    const manifest = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    assert.ok(manifest.devDependencies['foi-lint'], JSON.stringify(manifest));
  });

  it('runs as `npx foi-lint`: a good draft passes, a broken one fails with the finding', () => {
    const letter = fs.readFileSync(aiExample, 'utf8');
    fs.mkdirSync(path.join(project, 'drafts'));
    fs.writeFileSync(path.join(project, 'drafts', 'good.md'), letter);
    const good = npm(['exec', '--no', '--', 'foi-lint', 'drafts/good.md'], project);
    assert.equal(good.code, 0, good.stdout + good.stderr);

    fs.writeFileSync(path.join(project, 'drafts', 'broken.md'), withoutRights(letter));
    const broken = npm(['exec', '--no', '--', 'foi-lint', '--format', 'json', 'drafts/'], project);
    assert.equal(broken.code, 1, broken.stderr);
    const reports = JSON.parse(broken.stdout) as { file: string; findings: { ruleId: string }[] }[];
    assert.deepEqual(reports.map((r) => r.file), [path.join('drafts', 'broken.md'), path.join('drafts', 'good.md')]);
    assert.ok(reports[0].findings.some((f) => f.ruleId === 'missing-rights'), JSON.stringify(reports[0].findings));

    const version = npm(['exec', '--no', '--', 'foi-lint', '--version'], project);
    assert.equal(version.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('is what the pre-commit hook runs: `entry` with the names of the staged drafts', () => {
    // pre-commit installs the packed repository (language: node) and runs `entry` with file names;
    // the same, from the tarball installed above.
    const hooks = parse(fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    assert.equal(hooks.length, 1);
    const [hook] = hooks;
    for (const key of ['id', 'name', 'entry', 'language']) assert.equal(typeof hook[key], 'string', key);
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    const [command, ...args] = String(hook.entry).split(' ');
    const bin = path.join(project, 'node_modules', '.bin', command);
    const run = (...files: string[]) => spawnSync(bin, [...args, ...files], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run('drafts/good.md').status, 0);
    const failed = run('drafts/good.md', 'drafts/broken.md');
    assert.equal(failed.status, 1, failed.stderr);
    assert.match(failed.stdout, /^drafts\/broken\.md$/m);
  });

  it("runs the README's GitLab CI script as the runner would, with valid reports and a failing job", async () => {
    const ci = parse(readmeRecipe('gitlab')) as Record<string, { script: string[]; artifacts: { reports: Record<string, string> } }>;
    const [job] = Object.values(ci);
    fs.mkdirSync(path.join(project, 'replies'));
    fs.copyFileSync(path.join(project, 'drafts', 'good.md'), path.join(project, 'replies', 'good.md'));
    fs.copyFileSync(path.join(project, 'drafts', 'broken.md'), path.join(project, 'replies', 'broken.md'));
    // The runner runs the lines in one shell with errexit and pipefail; npm ci installs the tarball
    // from the lock file that `npm install` wrote above.
    const script = ['set -eo pipefail', ...job.script].join('\n');
    const run = spawnSync('bash', ['-c', script], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    const issues = assertValidGitlab(fs.readFileSync(path.join(project, job.artifacts.reports.codequality), 'utf8'));
    assert.ok(issues.some((i) => i.check_name === 'missing-rights' && i.location.path === 'replies/broken.md'), JSON.stringify(issues));
    await assertValidJunit(fs.readFileSync(path.join(project, job.artifacts.reports.junit), 'utf8'));
  });
});
