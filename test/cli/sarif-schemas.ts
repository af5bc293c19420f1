import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './helpers';

// Validators for the SARIF output: the official SARIF 2.1.0 JSON schema (as shipped in the npm
// package @microsoft/jest-sarif, lib/schemas/sarif-2.1.0-rtm.5.json) and the subset GitHub code
// scanning needs (test/fixtures/cli).

const officialInPackage = '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

function officialSchemaPath(): string {
  try {
    return require.resolve(officialInPackage, { paths: [repoRoot] });
  } catch {
    // Until the package is a devDependency: a copy unpacked with `npm pack` into the git-ignored cache.
    const cached = path.join(repoRoot, '.cache', 'sarif', 'package', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
    if (fs.existsSync(cached)) return cached;
    throw new Error(
      `The official SARIF 2.1.0 schema is missing: add the devDependency @microsoft/jest-sarif@1.0.0-beta.0 ` +
        `(it ships ${officialInPackage}), or unpack it into .cache/sarif with \`npm pack\`.`,
    );
  }
}

/** The OASIS schema is draft-04; ajv 8 reads it as draft-07 once `id` is `$id` (no other draft-04 keyword is used). */
export function officialSarifValidator(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(officialSchemaPath(), 'utf8')) as Record<string, unknown>;
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
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'cli', 'sarif-github-subset.schema.json'), 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: true }).compile(schema);
}

export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('\n');
}
