import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baseIds } from '../../server/src/engine/schema/bases';
import { baseSchema, findSchemaFile, SCHEMA_FILE_NAMES } from '../../server/src/engine/schema/load';
import { SchemaResolver } from '../../server/src/engine/schema/resolver';
import { cleanTempDirs, fixture, RULE_IDS, tempDir, write } from './schema-helpers';

describe('schema discovery and resolution', () => {
  after(cleanTempDirs);

  it('looks for .foi.yaml and .foi.yml', () => {
    assert.deepEqual(SCHEMA_FILE_NAMES, ['.foi.yaml', '.foi.yml']);
  });

  it('finds the schema file from a nested folder upwards', () => {
    const draft = fixture('nested', 'letters', '2025', 'reply.md');
    assert.equal(findSchemaFile(path.dirname(draft)), fixture('nested', '.foi.yaml'));
    const resolved = new SchemaResolver({ knownRuleIds: RULE_IDS }).forFile(draft);
    assert.equal(resolved.file, fixture('nested', '.foi.yaml'));
    assert.equal(resolved.schema.authority.name, 'Nested Council');
    assert.deepEqual(resolved.problems, []);
  });

  it('prefers the nearest file, and .foi.yaml over .foi.yml in one folder', () => {
    const dir = tempDir();
    write(dir, '.foi.yml', 'authority:\n  name: Outer\n');
    write(dir, 'team/.foi.yml', 'authority:\n  name: Team yml\n');
    assert.equal(findSchemaFile(path.join(dir, 'team', 'deep', 'er')), path.join(dir, 'team', '.foi.yml'));
    write(dir, 'team/.foi.yaml', 'authority:\n  name: Team yaml\n');
    assert.equal(findSchemaFile(path.join(dir, 'team')), path.join(dir, 'team', '.foi.yaml'));
    assert.equal(findSchemaFile(path.join(dir, 'other')), path.join(dir, '.foi.yml'));
  });

  it('uses the built-in base when there is no schema file', () => {
    const dir = tempDir();
    // The temp folder itself has no schema file above it on a clean machine; skip nothing, but say so.
    assert.equal(findSchemaFile(dir), undefined, `a stray .foi.yaml above ${dir} would break this test`);
    const resolved = new SchemaResolver().forFile(path.join(dir, 'reply.md'));
    assert.equal(resolved.schema, baseSchema('foia'));
    assert.equal(resolved.file, undefined);
    assert.deepEqual(resolved.problems, []);
    assert.equal(resolved.ignoredPatterns, 0);
  });

  it('uses an explicit --config path over discovery', () => {
    const dir = tempDir();
    write(dir, 'drafts/.foi.yaml', 'authority:\n  name: Discovered\n');
    const config = write(dir, 'config/team.foi.yaml', 'authority:\n  name: Explicit\n');
    const resolver = new SchemaResolver({ knownRuleIds: RULE_IDS });
    const draft = path.join(dir, 'drafts', 'reply.md');
    assert.equal(resolver.forFile(draft).schema.authority.name, 'Discovered');
    const explicit = resolver.forFile(draft, path.relative(process.cwd(), config));
    assert.equal(explicit.file, config);
    assert.equal(explicit.schema.authority.name, 'Explicit');
  });

  it('falls back to the base, with the problems, when the file is invalid', () => {
    const dir = tempDir();
    const file = write(dir, '.foi.yaml', 'rules:\n  placeholder: loud\n');
    const resolved = new SchemaResolver({ knownRuleIds: RULE_IDS }).forFile(path.join(dir, 'reply.md'));
    assert.equal(resolved.file, file);
    assert.equal(resolved.schema, baseSchema('foia'));
    assert.equal(resolved.problems.length, 1);
    assert.equal(resolved.problems[0].file, file);
    assert.match(resolved.problems[0].message, /^rules\.placeholder: must be one of off, info, warning, error/);
  });

  it('falls back to the base the broken file names', () => {
    const other = baseIds.find((id) => id !== 'foia') ?? 'foia';
    const dir = tempDir();
    write(dir, '.foi.yaml', `extends: ${other}\nrules:\n  placeholder: loud\n`);
    const resolved = new SchemaResolver({ knownRuleIds: RULE_IDS }).forFile(path.join(dir, 'reply.md'));
    assert.equal(resolved.problems.length, 1);
    assert.equal(resolved.schema, baseSchema(other));
  });

  it('reports a missing --config file and uses the base', () => {
    const dir = tempDir();
    const resolved = new SchemaResolver().forFile(path.join(dir, 'reply.md'), path.join(dir, 'nope.foi.yaml'));
    assert.equal(resolved.schema, baseSchema('foia'));
    assert.deepEqual(
      resolved.problems.map((p) => [p.file, p.line, p.message]),
      [[path.join(dir, 'nope.foi.yaml'), 0, 'no such file']],
    );
  });

  describe('caching', () => {
    it('reuses a result until the file changes on disk', () => {
      const dir = tempDir();
      write(dir, '.foi.yaml', 'authority:\n  name: First\n');
      const resolver = new SchemaResolver({ knownRuleIds: RULE_IDS });
      const draft = path.join(dir, 'reply.md');
      const first = resolver.forFile(draft);
      assert.equal(resolver.forFile(path.join(dir, 'other.md')), first, 'one result per schema file');
      write(dir, '.foi.yaml', 'authority:\n  name: Second, longer\n');
      assert.equal(resolver.forFile(draft).schema.authority.name, 'Second, longer');
    });

    it('notices a change in a file that is extended', () => {
      const dir = tempDir();
      write(dir, 'shared.foi.yaml', 'authority:\n  name: Shared\n');
      write(dir, '.foi.yaml', 'extends: ./shared.foi.yaml\n');
      const resolver = new SchemaResolver({ knownRuleIds: RULE_IDS });
      const draft = path.join(dir, 'reply.md');
      assert.equal(resolver.forFile(draft).schema.authority.name, 'Shared');
      write(dir, 'shared.foi.yaml', 'authority:\n  name: Shared, renamed\n');
      assert.equal(resolver.forFile(draft).schema.authority.name, 'Shared, renamed');
    });

    it('notices a missing extended file appearing', () => {
      const dir = tempDir();
      write(dir, '.foi.yaml', 'extends: ./shared.foi.yaml\n');
      const resolver = new SchemaResolver({ knownRuleIds: RULE_IDS });
      const draft = path.join(dir, 'reply.md');
      assert.match(resolver.forFile(draft).problems[0].message, /cannot read '\.\/shared\.foi\.yaml'/);
      write(dir, 'shared.foi.yaml', 'authority:\n  name: Now here\n');
      const resolved = resolver.forFile(draft);
      assert.deepEqual(resolved.problems, []);
      assert.equal(resolved.schema.authority.name, 'Now here');
    });

    it('forgets results on invalidate', () => {
      const dir = tempDir();
      const file = write(dir, '.foi.yaml', 'authority:\n  name: AAAA\n');
      // Same size and the same modification time: only invalidate() can tell.
      const mtime = new Date('2025-01-01T00:00:00Z');
      fs.utimesSync(file, mtime, mtime);
      const resolver = new SchemaResolver({ knownRuleIds: RULE_IDS });
      const draft = path.join(dir, 'reply.md');
      const first = resolver.forFile(draft);
      fs.writeFileSync(file, 'authority:\n  name: BBBB\n');
      fs.utimesSync(file, mtime, mtime);
      assert.equal(resolver.forFile(draft), first);
      resolver.invalidate(file);
      assert.equal(resolver.forFile(draft).schema.authority.name, 'BBBB');
      fs.writeFileSync(file, 'authority:\n  name: CCCC\n');
      fs.utimesSync(file, mtime, mtime);
      resolver.invalidate();
      assert.equal(resolver.forFile(draft).schema.authority.name, 'CCCC');
    });
  });

  it('counts the patterns it did not use in an untrusted workspace', () => {
    const resolver = new SchemaResolver({ trusted: false, knownRuleIds: RULE_IDS });
    const resolved = resolver.forFile(path.join(path.dirname(fixture('valid-extra.foi.yaml')), 'reply.md'), fixture('valid-extra.foi.yaml'));
    assert.deepEqual(resolved.problems, []);
    assert.equal(resolved.ignoredPatterns, 5);
    assert.deepEqual(resolved.schema.placeholders, []);
  });

  it('runs a catastrophic user pattern from a schema file quickly', () => {
    const resolved = new SchemaResolver().forFile(fixture('reply.md'), fixture('catastrophic.foi.yaml'));
    assert.deepEqual(resolved.problems, []);
    const [pattern] = resolved.schema.placeholders;
    assert.equal(pattern.source, '(a+)+$');
    assert.equal(pattern.test('a'.repeat(50000) + '!'), false);
    assert.deepEqual(pattern.find('b'.repeat(50000) + 'aa'), { index: 50000, length: 2 });
  });
});
