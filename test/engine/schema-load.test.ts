import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { baseIds } from '../../server/src/engine/schema/bases';
import { commonLayout } from '../../server/src/engine/schema/bases/layout';
import { baseSchema, loadSchemaFile, parseSchemaText } from '../../server/src/engine/schema/load';
import { layoutFields, SchemaError, type Schema } from '../../server/src/engine/schema/types';
import { cleanTempDirs, fixture, RULE_IDS, tempDir, write } from './schema-helpers';

const opts = { knownRuleIds: RULE_IDS };
const ids = (schema: Schema) => schema.sections.map((s) => s.id);
const sources = (patterns: { source: string }[]) => patterns.map((p) => p.source);

describe('schema loading and merging', () => {
  after(cleanTempDirs);

  describe('built-in bases', () => {
    it('compiles the default base, once', () => {
      const foia = baseSchema();
      assert.equal(foia.base, 'foia');
      assert.ok(foia.sections.length > 0, 'the FOIA base has sections');
      assert.deepEqual(foia.files, []);
      assert.equal(baseSchema('foia'), foia, 'compiled bases are cached');
    });

    it('knows every regime', () => {
      assert.ok(baseIds.includes('foia'));
      for (const id of baseIds) assert.equal(baseSchema(id).base, id);
    });

    it('throws SchemaError for an unknown base', () => {
      assert.throws(() => baseSchema('foiaa'), (e: unknown) => e instanceof SchemaError && /unknown base 'foiaa'/.test(e.message));
    });
  });

  it('extends foia with an extra section and paragraph', () => {
    const file = fixture('valid-extra.foi.yaml');
    const schema = loadSchemaFile(file, opts);
    const foia = baseSchema('foia');
    assert.equal(schema.base, 'foia');
    assert.deepEqual(ids(schema), [...ids(foia), 'open-data'], 'a new section without `after` goes last');
    const section = schema.sections.at(-1)!;
    assert.equal(section.title, 'Open data');
    assert.equal(section.required, false);
    assert.equal(section.paragraph, 'open-data');
    assert.equal(section.heading[0].test('OPEN DATA'), true);
    assert.deepEqual(section.mustMention.map((m) => [m.id, m.description, sources(m.patterns)]), [
      ['portal-link', 'the address of the open data portal', ['opendata\\.example\\.gov\\.uk', 'data\\.gov\\.uk']],
    ]);
    const paragraph = schema.paragraphs.get('open-data')!;
    assert.equal(paragraph.title, 'Open data');
    assert.equal(paragraph.section, 'open-data');
    assert.match(paragraph.text, /^## Open data\n\nMuch of the council's data/);
    for (const id of foia.paragraphs.keys()) assert.ok(schema.paragraphs.has(id), `base paragraph ${id} kept`);
    assert.deepEqual(schema.authority, { name: 'London Borough of Example', centralGovernment: false });
    assert.deepEqual(schema.allow, { emails: ['foi@example.gov.uk'], phones: ['020 8359 2000'] });
    assert.deepEqual(sources(schema.placeholders), ['\\{\\{[^}]*\\}\\}']);
    assert.equal(schema.placeholders[0].test('Dear {{ name }},'), true);
    assert.deepEqual(schema.holidays, ['2025-12-29', '2026-01-02']);
    assert.deepEqual(schema.files, [file]);
  });

  it("overrides only the fields given for a base section, and can relax `required`", () => {
    const foia = baseSchema('foia');
    const target = foia.sections.find((s) => s.required);
    assert.ok(target, 'the FOIA base requires at least one section');
    const dir = tempDir();
    const file = write(dir, '.foi.yaml', `sections:\n  - id: ${target.id}\n    title: Renamed by the council\n    required: false\n`);
    const schema = loadSchemaFile(file, opts);
    const changed = schema.sections.find((s) => s.id === target.id)!;
    assert.equal(changed.title, 'Renamed by the council');
    assert.equal(changed.required, false);
    assert.deepEqual(sources(changed.heading), sources(target.heading));
    assert.deepEqual(sources(changed.text), sources(target.text));
    assert.deepEqual(changed.mustMention.map((m) => m.id), target.mustMention.map((m) => m.id));
    assert.equal(changed.paragraph, target.paragraph);
    assert.deepEqual(ids(schema), ids(foia), 'order unchanged');
    assert.equal(foia.sections.find((s) => s.id === target.id)!.title, target.title, 'the cached base is not modified');
  });

  it('replaces a base section’s patterns with the file’s own', () => {
    const target = baseSchema('foia').sections[0];
    const file = write(tempDir(), '.foi.yaml', `sections:\n  - id: ${target.id}\n    heading: ['^our own heading$']\n`);
    const section = loadSchemaFile(file, opts).sections.find((s) => s.id === target.id)!;
    assert.deepEqual(sources(section.heading), ['^our own heading$']);
    assert.equal(section.heading[0].test('Our Own Heading'), true);
  });

  it('inserts new sections after the one named by `after`, in file order', () => {
    const first = baseSchema('foia').sections[0].id;
    const file = write(
      tempDir(),
      '.foi.yaml',
      [
        'sections:',
        '  - id: extra-a',
        '    title: Extra A',
        "    heading: ['^extra a$']",
        `    after: ${first}`,
        '  - id: extra-b',
        '    title: Extra B',
        "    text: ['extra b']",
        `    after: ${first}`,
        '',
      ].join('\n'),
    );
    const schema = loadSchemaFile(file, opts);
    assert.deepEqual(ids(schema).slice(0, 3), [first, 'extra-a', 'extra-b']);
    assert.equal(schema.sections.length, baseSchema('foia').sections.length + 2);
    assert.equal(schema.sections[1].required, true, 'a new section is required unless it says otherwise');
  });

  it('moves a base section with `after`', () => {
    const base = ids(baseSchema('foia'));
    assert.ok(base.length >= 2, 'the FOIA base has two sections or more');
    const file = write(tempDir(), '.foi.yaml', `sections:\n  - id: ${base[0]}\n    after: ${base[1]}\n`);
    assert.deepEqual(ids(loadSchemaFile(file, opts)).slice(0, 2), [base[1], base[0]]);
  });

  it('merges a base paragraph field by field', () => {
    const [id, original] = [...baseSchema('foia').paragraphs][0];
    const file = write(tempDir(), '.foi.yaml', `paragraphs:\n  ${id}:\n    text: |\n      Our own wording.\n`);
    const paragraph = loadSchemaFile(file, opts).paragraphs.get(id)!;
    assert.equal(paragraph.text, 'Our own wording.\n');
    assert.equal(paragraph.title, original.title);
    assert.equal(paragraph.section, original.section);
  });

  it('reads rule severities', () => {
    const file = write(tempDir(), '.foi.yaml', 'rules:\n  placeholder: "off"\n  question-unanswered: error\n  review-rights: info\n');
    const schema = loadSchemaFile(file, opts);
    assert.deepEqual([...schema.rules], [
      ['placeholder', 'off'],
      ['question-unanswered', 'error'],
      ['review-rights', 'info'],
    ]);
  });

  it('stacks a chain of files: lists add up, single values are overridden', () => {
    const team = fixture('chain', 'team.foi.yaml');
    const schema = loadSchemaFile(team, opts);
    assert.deepEqual(schema.files, [fixture('chain', 'base.foi.yaml'), team]);
    assert.equal(schema.authority.name, 'Example Council');
    assert.deepEqual(schema.allow.emails, ['foi@example.gov.uk', 'planning@example.gov.uk']);
    assert.equal(schema.rules.get('placeholder'), 'warning');
    assert.deepEqual(schema.holidays, ['2025-12-29', '2026-01-02']);
  });

  it('extends another base by id', () => {
    const other = baseIds.find((id) => id !== 'foia') ?? 'foia';
    const schema = parseSchemaText(`extends: ${other}\nauthority:\n  centralGovernment: true\n`, '/x/.foi.yaml', opts).schema!;
    assert.equal(schema.base, other);
    assert.equal(schema.authority.centralGovernment, true);
  });

  it('treats an empty file as the FOIA base', () => {
    const { schema, problems } = parseSchemaText('# nothing yet\n', '/x/.foi.yaml', opts);
    assert.deepEqual(problems, []);
    assert.deepEqual(ids(schema!), ids(baseSchema('foia')));
    assert.deepEqual(schema!.files, ['/x/.foi.yaml']);
  });

  it('reads a file with a byte-order mark and CRLF line endings', () => {
    const text = '\ufeffextends: foia\r\nparagraphs:\r\n  annex:\r\n    title: Annex\r\n    text: |\r\n      Line one.\r\n      Line two.\r\n';
    const { schema, problems } = parseSchemaText(text, '/x/.foi.yaml', opts);
    assert.deepEqual(problems, []);
    assert.equal(schema!.paragraphs.get('annex')!.text, 'Line one.\nLine two.\n');
  });

  it('resolves `extends` paths from the extending file’s folder', () => {
    const dir = tempDir();
    write(dir, 'shared/council.foi.yaml', 'authority:\n  name: Shared Council\n');
    const file = write(dir, 'team/.foi.yaml', 'extends: ../shared/council.foi.yaml\n');
    const schema = loadSchemaFile(file, opts);
    assert.equal(schema.authority.name, 'Shared Council');
    assert.deepEqual(schema.files, [path.join(dir, 'shared/council.foi.yaml'), file]);
  });

  describe('layout', () => {
    const teach = [
      'layout:',
      '  fields:',
      "    received: ['^logged\\b']",
      "    reference: ['^file\\s*no\\b', '^docket']",
      "  questionNumber: ['^point\\s*\\d+']",
      '',
    ].join('\n');

    it('gives every base the common layout', () => {
      for (const id of baseIds) {
        const { layout } = baseSchema(id);
        for (const field of layoutFields) assert.deepEqual(sources(layout.fields[field]), commonLayout.fields?.[field] ?? [], `${id} ${field}`);
        assert.deepEqual(sources(layout.questionNumber), commonLayout.questionNumber, `${id} question numbers`);
      }
    });

    it('adds a file’s labels and numbering after the base’s, field by field, without changing the base', () => {
      const base = baseSchema('foia').layout;
      const before = sources(base.fields.received);
      const { schema, problems } = parseSchemaText(teach, '/x/.foi.yaml', opts);
      assert.deepEqual(problems, []);
      const { layout } = schema!;
      assert.deepEqual(sources(layout.fields.received), [...sources(base.fields.received), '^logged\\b']);
      assert.deepEqual(sources(layout.fields.reference), [...sources(base.fields.reference), '^file\\s*no\\b', '^docket']);
      assert.deepEqual(sources(layout.questionNumber), [...sources(base.questionNumber), '^point\\s*\\d+']);
      for (const field of ['sent', 'request', 'response'] as const) assert.deepEqual(sources(layout.fields[field]), sources(base.fields[field]), field);
      assert.equal(layout.fields.received.at(-1)!.test('LOGGED: 3 May 2024'), true);
      assert.equal(layout.questionNumber.at(-1)!.find('Point 12 - budgets')?.length, 'Point 12'.length);
      assert.deepEqual(sources(baseSchema('foia').layout.fields.received), before, 'the cached base is not modified');
    });

    it('stacks the layouts of a chain of files, base first, and keeps a repeated pattern once', () => {
      const dir = tempDir();
      write(dir, 'council.foi.yaml', teach);
      const file = write(dir, 'team/.foi.yaml', "extends: ../council.foi.yaml\nlayout:\n  fields:\n    received: ['^booked in', '^logged\\b']\n");
      const { received } = loadSchemaFile(file, opts).layout.fields;
      assert.deepEqual(sources(received), [...sources(baseSchema('foia').layout.fields.received), '^logged\\b', '^booked in']);
    });

    it('drops a file’s layout in an untrusted workspace, counts it, and keeps the base’s', () => {
      const { schema, problems, ignoredPatterns } = parseSchemaText(teach, '/x/.foi.yaml', { ...opts, trusted: false });
      assert.deepEqual(problems, []);
      assert.equal(ignoredPatterns, 4);
      const base = baseSchema('foia').layout;
      for (const field of layoutFields) assert.deepEqual(sources(schema!.layout.fields[field]), sources(base.fields[field]), field);
      assert.deepEqual(sources(schema!.layout.questionNumber), sources(base.questionNumber));
    });
  });

  describe('in an untrusted workspace', () => {
    it('drops the file’s patterns, counts them, and keeps the base’s', () => {
      const file = fixture('valid-extra.foi.yaml');
      const { schema, problems, ignoredPatterns } = parseSchemaText(require('node:fs').readFileSync(file, 'utf8'), file, { ...opts, trusted: false });
      assert.deepEqual(problems, []);
      assert.equal(ignoredPatterns, 5, '1 heading + 1 text + 2 mention patterns + 1 placeholder');
      assert.deepEqual(schema!.placeholders, []);
      const extra = schema!.sections.find((s) => s.id === 'open-data')!;
      assert.deepEqual([extra.heading, extra.text, extra.mustMention], [[], [], []]);
      assert.equal(extra.required, false, 'a section that cannot be found is not required');
      const base = baseSchema('foia');
      for (const s of base.sections) assert.deepEqual(sources(schema!.sections.find((x) => x.id === s.id)!.heading), sources(s.heading));
      assert.equal(schema!.authority.name, 'London Borough of Example', 'settings other than patterns still apply');
    });

    it('keeps a base section’s patterns when the file overrides them', () => {
      const target = baseSchema('foia').sections[0];
      const text = `sections:\n  - id: ${target.id}\n    heading: ['(a+)+$']\n    required: false\n`;
      const { schema, ignoredPatterns } = parseSchemaText(text, '/x/.foi.yaml', { ...opts, trusted: false });
      const section = schema!.sections.find((s) => s.id === target.id)!;
      assert.equal(ignoredPatterns, 1);
      assert.deepEqual(sources(section.heading), sources(target.heading));
      assert.equal(section.required, false);
    });
  });
});
