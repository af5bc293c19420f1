import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './helpers';
import { readmeRecipe } from './readme';

// The README's CI recipes are meant to be copied as they are: each must parse, and name only inputs,
// outputs and hooks this repository has. The GitLab recipe's script is run in pack.test.ts.

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('README: CI recipes', () => {
  const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean }>;
    outputs: Record<string, unknown>;
  };

  it('GitHub Actions: the action with inputs it has, and the SARIF upload reading its output', () => {
    const workflow = parse(readmeRecipe('github')) as { jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }> };
    const [job] = Object.values(workflow.jobs);
    assert.equal(job.permissions['security-events'], 'write', 'upload-sarif needs security-events: write');
    const step = job.steps.find((s) => /\/foi-lint@/.test(s.uses ?? ''));
    assert.ok(step?.id, 'the foi-lint step has an id for its outputs');
    const given = Object.keys(step.with ?? {});
    for (const name of given) assert.ok(name in action.inputs, `action.yml has no input '${name}'`);
    for (const [name, spec] of Object.entries(action.inputs)) if (spec.required) assert.ok(given.includes(name), `required input '${name}'`);
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'the SARIF upload step');
    const reference = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(String(upload.with?.sarif_file));
    assert.ok(reference, String(upload.with?.sarif_file));
    assert.equal(reference[1], step.id);
    assert.ok(reference[2] in action.outputs, `action.yml has no output '${reference[2]}'`);
  });

  it('GitLab CI: the code quality and JUnit reports are the files the script writes', () => {
    const ci = parse(readmeRecipe('gitlab')) as Record<string, { script: string[]; artifacts: { reports: Record<string, string> } }>;
    const [job] = Object.values(ci);
    const script = job.script.join('\n');
    assert.match(script, new RegExp(`--format gitlab .*> ${job.artifacts.reports.codequality.replace(/\./g, '\\.')}`));
    assert.match(script, new RegExp(`--format junit .*> ${job.artifacts.reports.junit.replace(/\./g, '\\.')}`));
  });

  it('pre-commit: the hook id is the one .pre-commit-hooks.yaml defines', () => {
    const config = parse(readmeRecipe('pre-commit')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const hooks = parse(fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    const ids = hooks.map((h) => h.id);
    for (const hook of config.repos[0].hooks) assert.ok(ids.includes(hook.id), hook.id);
    const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(config.repos[0].rev, `v${version}`);
  });
});
