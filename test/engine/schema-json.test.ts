import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baseIds } from '../../server/src/engine/schema/bases';
import type { RawLayout, RawMention, RawParagraph, RawSchema, RawSection } from '../../server/src/engine/schema/raw';
import { foiJsonSchema, validateShape } from '../../server/src/engine/schema/validate';

type Json = Record<string, unknown>;

// A value for every field of the contract (Required<> makes the compiler insist on each one), so the
// JSON Schema is checked against raw.ts in both directions.
const mention: Required<RawMention> = { id: 'm', description: 'd', pattern: ['x', 'y'] };
const section: Required<RawSection> = {
  id: 'annex',
  title: 'Annex',
  required: true,
  heading: ['^annex$'],
  text: ['see the annex'],
  mustMention: [mention],
  paragraph: 'annex',
  rule: 'missing-section',
  after: 'rights',
};
const paragraph: Required<RawParagraph> = { title: 'Annex', description: 'd', text: 'See the annex.', section: 'annex' };
const authority: Required<NonNullable<RawSchema['authority']>> = { name: 'Council', centralGovernment: false, emails: ['a@b.c'], phones: ['1'] };
const fields: Required<NonNullable<RawLayout['fields']>> = {
  received: ['^date logged'],
  sent: ['^reply date'],
  reference: ['^case no'],
  request: ['^you wrote'],
  response: ['^we found'],
};
const layout: Required<RawLayout> = { fields, questionNumber: ['^item\\s*\\d+'] };
const everything: Required<RawSchema> = {
  $schema: './foi-lint.schema.json',
  extends: 'foia',
  authority,
  sections: [section],
  paragraphs: { annex: paragraph },
  rules: { placeholder: 'warning' },
  placeholders: ['\\[x\\]'],
  holidays: ['2025-12-29'],
  layout,
};

/** Follow a local $ref ("#/definitions/x") to its schema. */
function deref(schema: Json, root: Json): Json {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<Json>((node, key) => node[key] as Json, root);
}

describe('the JSON Schema of .foi.yaml', () => {
  const root = foiJsonSchema();

  it('is checked by a validator generated from the committed schema (scripts/gen-validator.js)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generator = require(path.resolve(__dirname, '../../../scripts/gen-validator.js')) as { validatorSource(): string; outPath: string };
    assert.equal(fs.readFileSync(generator.outPath, 'utf8'), generator.validatorSource(), 'run node scripts/gen-validator.js');
  });

  it('accepts every field of the contract', () => {
    assert.deepEqual(validateShape(everything, { file: 'x' }, baseIds), []);
  });

  it('has exactly the fields of the contract, each with a description for editor hovers', () => {
    const check = (schema: Json, value: Json, where: string) => {
      const props = deref(schema, root).properties as Record<string, Json>;
      assert.deepEqual(Object.keys(props).sort(), Object.keys(value).sort(), `fields of ${where}`);
      for (const [key, prop] of Object.entries(props)) {
        const description = prop.description ?? deref(prop, root).description;
        assert.equal(typeof description, 'string', `${where}.${key} has a description`);
      }
    };
    check(root, everything, '(top)');
    const defs = root.definitions as Record<string, Json>;
    check((root.properties as Record<string, Json>).authority, authority, 'authority');
    check(defs.section, section, 'section');
    check(defs.paragraph, paragraph, 'paragraph');
    check(defs.mention, mention, 'mention');
    const layoutSchema = (root.properties as Record<string, Json>).layout;
    check(layoutSchema, layout, 'layout');
    check((layoutSchema.properties as Record<string, Json>).fields, fields, 'layout.fields');
  });

  it('rejects properties the contract does not have', () => {
    const problems = validateShape({ ...everything, sectons: [] }, { file: 'x' }, baseIds);
    assert.deepEqual(problems.map((p) => p.message), ["sectons: unknown setting (did you mean 'sections'?); expected one of $schema, extends, authority, sections, paragraphs, rules, placeholders, holidays, layout"]);
  });

  it('lists every built-in base and the four severities', () => {
    const extendsEnum = ((root.properties as Json).extends as { anyOf: Json[] }).anyOf[0].enum as string[];
    for (const id of baseIds) assert.ok(extendsEnum.includes(id), `extends lists ${id}`);
    assert.deepEqual((root.definitions as Record<string, Json>).severity.enum, ['off', 'info', 'warning', 'error']);
  });
});
