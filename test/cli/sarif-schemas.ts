import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './helpers';

// Validators for the SARIF output: the official SARIF 2.1.0 JSON schema (the OASIS rtm.5 file, as
// published by SchemaStore) and the subset GitHub code scanning needs, both in test/fixtures/cli.

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'cli');

/** The OASIS schema is draft-04; ajv 8 reads it as draft-07 once `id` is `$id` (no other draft-04 keyword is used). */
export function officialSarifValidator(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(path.join(fixtures, 'sarif-2.1.0-rtm.5.schema.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  // unicodeRegExp off: one of the schema's language-tag patterns has a stray "]" that only the
  // non-Unicode regular-expression syntax accepts (as a literal).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: id as string });
}

export function githubSarifValidator(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(path.join(fixtures, 'sarif-github-subset.schema.json'), 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: true }).compile(schema);
}

export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('\n');
}
