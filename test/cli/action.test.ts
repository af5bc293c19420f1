import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { cleanAiText, facialExample, removeDir, repoRoot, tempDir, withoutRights } from './helpers';
import { describeErrors, githubSarifValidator, officialSarifValidator } from './sarif-schemas';

// The GitHub Action as a runner starts it: the entry point action.yml names, run by node in the
// workspace, with the inputs as INPUT_* variables and the files the runner reads back afterwards.

interface ActionManifest {
  inputs: Record<string, { required?: boolean; default?: string }>;
  runs: { using: string; main: string };
}
const manifest = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionManifest;

describe('GitHub Action: action.yml and its entry point', function () {
  this.timeout(60_000);
  let workspace: string;
  let runnerFiles: string;

  before(() => {
    workspace = tempDir('action');
    runnerFiles = tempDir('action-runner');
    fs.mkdirSync(path.join(workspace, 'replies'));
    fs.writeFileSync(path.join(workspace, 'replies', 'good.md'), cleanAiText());
    fs.copyFileSync(facialExample, path.join(workspace, 'replies', 'facial.md'));
  });
  after(() => {
    removeDir(workspace);
    removeDir(runnerFiles);
  });

  /** Runs the action as the runner does: defaults for inputs not given, as the runner fills them in. */
  function runAction(inputs: Record<string, string>) {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', CI: 'true' };
    for (const [name, spec] of Object.entries(manifest.inputs)) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
    }
    const output = path.join(runnerFiles, `output-${Math.random().toString(36).slice(2)}`);
    const summary = path.join(runnerFiles, `summary-${Math.random().toString(36).slice(2)}`);
    Object.assign(env, { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    const result = spawnSync(process.execPath, [path.join(repoRoot, manifest.runs.main)], { cwd: workspace, env, encoding: 'utf8' });
    if (result.error) throw result.error;
    const read = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    const outputs = Object.fromEntries(read(output).split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: read(summary) };
  }

  it('runs the bundled CLI on Node 20 from the committed entry point', () => {
    assert.equal(manifest.runs.using, 'node20');
    assert.equal(manifest.runs.main, 'action/index.js');
    assert.ok(manifest.inputs.globs.required);
    for (const name of ['config', 'format', 'fail-level', 'sarif-file', 'changed-since']) assert.ok(name in manifest.inputs, name);
  });

  it('passes clean drafts, with a valid SARIF file and the counts as outputs', () => {
    const run = runAction({ globs: 'replies/good.md' });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['sarif-file'], path.join(workspace, 'foi-lint.sarif'));
    assert.deepEqual([run.outputs.errors, run.outputs.warnings, run.outputs.infos], ['0', '0', '0']);
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file'], 'utf8')) as { runs: { results: unknown[] }[] };
    assert.deepEqual(sarif.runs[0].results, []);
    assert.match(run.summary, /\| 1 \| 0 \| 0 \| 0 \|/);
  });

  it('fails on a broken draft: annotations in the log, the same findings in SARIF that code scanning accepts', () => {
    fs.writeFileSync(path.join(workspace, 'replies', 'broken.md'), withoutRights(cleanAiText()));
    try {
      const run = runAction({ globs: 'replies/good.md\nreplies/broken.md', 'sarif-file': 'reports/foi.sarif' });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /^::error file=replies\/broken\.md,line=\d+,endLine=\d+,.*title=foi-lint \(missing-rights\)::The reply has no “Your rights” paragraph/m);
      assert.match(run.stdout, /^::error title=foi-lint::1 errors, 0 warnings, 0 information \(the step fails at fail-level error\)$/m);
      const file = path.join(workspace, 'reports', 'foi.sarif');
      assert.equal(run.outputs['sarif-file'], file);
      const sarif = JSON.parse(fs.readFileSync(file, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      for (const validate of [officialSarifValidator(), githubSarifValidator()]) assert.ok(validate(sarif), describeErrors(validate));
      const [result] = sarif.runs[0].results;
      assert.equal(result.ruleId, 'missing-rights');
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'replies/broken.md');
      assert.equal(run.outputs.errors, '1');
    } finally {
      fs.rmSync(path.join(workspace, 'replies', 'broken.md'));
    }
  });

  it('fails at the chosen level: information fails at info, nothing fails at none', () => {
    // The facial-recognition letter has information findings only (a shared answer, the template choice).
    assert.equal(runAction({ globs: 'replies/facial.md' }).code, 0);
    assert.equal(runAction({ globs: 'replies/facial.md', 'fail-level': 'warning' }).code, 0);
    const info = runAction({ globs: 'replies/facial.md', 'fail-level': 'info' });
    assert.equal(info.code, 1);
    assert.match(info.stdout, /^::notice file=replies\/facial\.md,/m);
    fs.writeFileSync(path.join(workspace, 'replies', 'broken.md'), withoutRights(cleanAiText()));
    try {
      assert.equal(runAction({ globs: 'replies/', 'fail-level': 'none' }).code, 0);
    } finally {
      fs.rmSync(path.join(workspace, 'replies', 'broken.md'));
    }
  });

  it('shows another format in the log when asked, and still writes SARIF', () => {
    const run = runAction({ globs: 'replies/', format: 'stylish', 'sarif-file': 'stylish.sarif' });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^replies\/facial\.md$/m);
    assert.ok(fs.existsSync(path.join(workspace, 'stylish.sarif')));
  });

  it('fails with a clear message on bad inputs and a broken settings file', () => {
    const noGlobs = runAction({ globs: '  ' });
    assert.equal(noGlobs.code, 2);
    assert.match(noGlobs.stdout, /^::error title=foi-lint::the 'globs' input is empty/m);
    const level = runAction({ globs: 'replies/', 'fail-level': 'warnings' });
    assert.equal(level.code, 2);
    assert.match(level.stdout, /fail-level 'warnings' is not one of error, warning, info, none/);
    const format = runAction({ globs: 'replies/', format: 'xml' });
    assert.equal(format.code, 2);
    assert.match(format.stdout, /format 'xml' is not one of stylish, json, sarif, github, junit, gitlab/);

    fs.writeFileSync(path.join(workspace, 'bad.foi.yaml'), 'rules: { nope: error }\n');
    const config = runAction({ globs: 'replies/', config: 'bad.foi.yaml', 'fail-level': 'none' });
    assert.equal(config.code, 2, 'a settings mistake fails even at fail-level none');
    assert.match(config.stderr, /bad\.foi\.yaml:1:\d+: /);
  });
});
