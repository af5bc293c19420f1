import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { allRules } from '../../server/src/engine/rules/registry';
import { loadSchemaFile, MAX_EXTENDS_DEPTH, parseSchemaText, readSchemaFile } from '../../server/src/engine/schema/load';
import { SchemaError, type SchemaProblem } from '../../server/src/engine/schema/types';
import { assertProblems, cleanTempDirs, fixture, RULE_IDS, tempDir, write, type Expected } from './schema-helpers';

const opts = { knownRuleIds: RULE_IDS };

/** Problems from a fixture file, which must not compile. */
function fixtureProblems(name: string): SchemaProblem[] {
  const { result } = readSchemaFile(fixture(name), opts);
  assert.equal(result.schema, undefined, `${name} should not compile`);
  for (const p of result.problems) assert.equal(p.file, fixture(name));
  return result.problems;
}

function textProblems(text: string): SchemaProblem[] {
  const { schema, problems } = parseSchemaText(text, '/x/.foi.yaml', opts);
  assert.equal(schema, undefined, 'the text should not compile');
  return problems;
}

describe('schema problems', () => {
  after(cleanTempDirs);

  const fixtures: [string, Expected[]][] = [
    ['bad-severity.foi.yaml', [{ line: 2, column: 16, endLine: 2, endColumn: 20, message: "rules.placeholder: must be one of off, info, warning, error, not 'warn' (did you mean 'warning'?)" }]],
    ['bad-pattern.foi.yaml', [{ line: 10, column: 15, endColumn: 26, message: 'sections[2].heading[0]: invalid regular expression: missing closing ): `(unclosed`' }]],
    ['unknown-base.foi.yaml', [{ line: 2, column: 10, message: /^extends: unknown base 'foiaa' \(expected foia(, [a-z]+)* or a path to a \.foi\.yaml file\)$/ }]],
    ['syntax-error.foi.yaml', [{ line: 4, column: 1, message: 'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' }]],
    ['not-mapping.foi.yaml', [{ line: 1, column: 1, message: /^the settings must be a mapping of names to values/ }]],
    ['duplicate-section.foi.yaml', [{ line: 5, column: 9, endColumn: 14, message: "sections[1].id: section 'annex' is already given at sections[0]: merge the two entries" }]],
    ['unknown-paragraph.foi.yaml', [{ line: 5, column: 16, message: "sections[0].paragraph: unknown paragraph 'annex-paragrph' (did you mean 'annex-paragraph'?): define it under paragraphs" }]],
    ['unknown-after.foi.yaml', [{ line: 5, column: 12, message: /^sections\[0\]\.after: unknown section 'no-such-section'; known sections: / }]],
    ['bad-holiday.foi.yaml', [{ line: 3, column: 5, message: "holidays[1]: '2025-02-30' is not a real date (YYYY-MM-DD)" }]],
    ['unknown-rule.foi.yaml', [{ line: 3, column: 3, endColumn: 14, message: "rules.placehodler: unknown rule 'placehodler' (did you mean 'placeholder'?)" }]],
    [
      'unknown-key.foi.yaml',
      [
        { line: 3, column: 22, message: "authority.centralGovernment: must be true or false, not 'yes'" },
        { line: 6, column: 5, message: /^sections\[0\]\.titel: unknown setting \(did you mean 'title'\?\); expected one of id, title, required, / },
      ],
    ],
  ];
  for (const [name, expected] of fixtures) {
    it(`reports ${name} at the node at fault`, () => assertProblems(fixtureProblems(name), expected));
  }

  it('checks rule ids against the registered rules by default', () => {
    const real = allRules[0].meta.id;
    assert.deepEqual(parseSchemaText(`rules:\n  ${real}: info\n`, '/x/.foi.yaml').problems, []);
    const misspelt = real.slice(0, -1);
    assertProblems(parseSchemaText(`rules:\n  ${misspelt}: info\n`, '/x/.foi.yaml').problems, [
      { line: 2, column: 3, message: `rules.${misspelt}: unknown rule '${misspelt}' (did you mean '${real}'?)` },
    ]);
  });

  it('throws SchemaError from loadSchemaFile, with file:line:column in its message', () => {
    const file = fixture('bad-severity.foi.yaml');
    assert.throws(
      () => loadSchemaFile(file, opts),
      (e: unknown) => e instanceof SchemaError && e.problems.length === 1 && e.message.startsWith(`${file}:2:16: rules.placeholder: must be one of`),
    );
  });

  it('reports an unreadable file as a problem of the whole file', () => {
    const dir = tempDir();
    assertProblems(readSchemaFile(path.join(dir, 'missing.foi.yaml')).result.problems, [{ line: 0, column: 0, message: 'no such file' }]);
    assertProblems(readSchemaFile(dir).result.problems, [{ line: 0, column: 0, message: 'it is a folder, not a file' }]);
    assert.throws(() => loadSchemaFile(path.join(dir, 'missing.foi.yaml')), SchemaError);
  });

  it('refuses a file over 1 MiB without parsing it', () => {
    const file = write(tempDir(), '.foi.yaml', `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    assertProblems(readSchemaFile(file).result.problems, [{ line: 0, column: 0, message: /^the file is 2\.0 MiB; settings files may be at most 1 MiB/ }]);
    assertProblems(parseSchemaText(fs.readFileSync(file, 'utf8'), file).problems, [{ line: 0, column: 0, message: /at most 1 MiB/ }]);
  });

  it('stops a YAML alias bomb', () => {
    assertProblems(fixtureProblems('alias-bomb.foi.yaml'), [{ line: 2, column: 8, message: /^YAML aliases \(\*name\) expand to too much data/ }]);
  });

  it('does not let __proto__ or constructor keys reach Object.prototype', () => {
    const problems = fixtureProblems('proto.foi.yaml');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assertProblems(problems, [
      { line: 1, column: 1, message: /^__proto__: unknown setting; expected one of \$schema, extends, / },
      { line: 4, column: 3, message: "paragraphs.__proto__: '__proto__' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter" },
      { line: 11, column: 3, message: "rules.__proto__: '__proto__' is not a valid rule id: use lower-case letters, digits and hyphens, starting with a letter" },
    ]);
    // Once the invalid keys are gone, `constructor` is an ordinary paragraph id, and an unknown rule.
    const text = fs.readFileSync(fixture('proto.foi.yaml'), 'utf8').replace(/^__proto__:\n {2}polluted: true\n/, '').replace(/ {2}__proto__:\n(?: {4}.*\n)+/, '').replace(/ {2}__proto__: error\n/, '');
    const { problems: rest } = parseSchemaText(text, '/x/.foi.yaml', opts);
    assertProblems(rest, [{ line: 6, column: 3, message: "rules.constructor: unknown rule 'constructor'" }]);
    const { schema } = parseSchemaText(text.replace(/rules:\n {2}constructor: error\n/, ''), '/x/.foi.yaml', opts);
    assert.equal(schema!.paragraphs.get('constructor')!.title, 'Constructor');
    assert.equal(schema!.rules.has('constructor'), false);
  });

  it('detects files that extend each other in a cycle', () => {
    const { result } = readSchemaFile(fixture('cycle', 'a.foi.yaml'), opts);
    assertProblems(result.problems, [
      { line: 1, column: 10, file: fixture('cycle', 'b.foi.yaml'), message: 'extends: files extend each other in a cycle (a.foi.yaml -> b.foi.yaml -> a.foi.yaml): remove one of these extends' },
    ]);
  });

  it(`stops an extends chain longer than ${MAX_EXTENDS_DEPTH} files`, () => {
    const dir = tempDir();
    for (let i = 0; i <= MAX_EXTENDS_DEPTH + 1; i++) write(dir, `f${i}.foi.yaml`, `extends: ./f${i + 1}.foi.yaml\n`);
    write(dir, `f${MAX_EXTENDS_DEPTH + 2}.foi.yaml`, 'extends: foia\n');
    // f0 ... f12: thirteen files. The tenth (f9) may not extend an eleventh.
    const tooLong: Expected[] = [
      { line: 1, column: 10, file: path.join(dir, `f${MAX_EXTENDS_DEPTH - 1}.foi.yaml`), message: /^extends: more than 10 files extend one another/ },
    ];
    assertProblems(readSchemaFile(path.join(dir, 'f0.foi.yaml')).result.problems, tooLong);
    assertProblems(readSchemaFile(path.join(dir, 'f2.foi.yaml')).result.problems, [{ ...tooLong[0], file: path.join(dir, `f${MAX_EXTENDS_DEPTH + 1}.foi.yaml`) }]);
    const last = MAX_EXTENDS_DEPTH + 2;
    assert.ok(readSchemaFile(path.join(dir, `f${last - MAX_EXTENDS_DEPTH + 1}.foi.yaml`)).result.schema, 'a chain of 10 files is fine');
  });

  it('reports an extended file that cannot be read at the extends value', () => {
    assertProblems(textProblems('extends: ../shared/missing.foi.yaml\n'), [{ line: 1, column: 10, message: "extends: cannot read '../shared/missing.foi.yaml' (no such file)" }]);
  });

  it('reports problems in an extended file in that file', () => {
    const dir = tempDir();
    const parent = write(dir, 'parent.foi.yaml', 'rules:\n  placeholder: loud\n');
    const child = write(dir, 'child.foi.yaml', 'extends: ./parent.foi.yaml\n');
    assertProblems(readSchemaFile(child, opts).result.problems, [{ file: parent, line: 2, column: 16, message: /^rules\.placeholder: must be one of/ }]);
  });

  describe('structure', () => {
    const cases: [string, string, Expected[]][] = [
      ['a date in another format', 'holidays:\n  - 29/12/2025\n', [{ line: 2, column: 5, message: "holidays[0]: '29/12/2025' is not a date written YYYY-MM-DD" }]],
      ['a single value at the top', 'foia\n', [{ line: 1, column: 1, message: /^the settings must be a mapping/ }]],
      ['a section without an id', 'sections:\n  - title: Annex\n', [{ line: 2, column: 5, endLine: 2, message: "sections[0]: missing 'id'" }]],
      ['a bad section id', 'sections:\n  - id: Annex_1\n    title: A\n', [{ line: 2, column: 9, message: "sections[0].id: 'Annex_1' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter" }]],
      ['a list where text is expected', 'authority:\n  name: [a, b]\n', [{ line: 2, column: 9, message: 'authority.name: must be text, not a list' }]],
      ['a mapping where a list is expected', 'placeholders:\n  a: b\n', [{ line: 2, column: 3, message: /^placeholders: must be a list/ }]],
      ['an empty value', 'authority:\n  name:\n', [{ line: 2, column: 3, endColumn: 7, message: 'authority.name: must be text, not nothing' }]],
      ['an empty pattern', "placeholders: ['']\n", [{ line: 1, column: 16, message: 'placeholders[0]: must not be empty' }]],
      [
        'a mention pattern of the wrong type',
        'sections:\n  - id: a\n    title: A\n    text: [x]\n    mustMention:\n      - id: m\n        description: d\n        pattern: 7\n',
        [{ line: 8, column: 18, message: 'sections[0].mustMention[0].pattern: must be a regular expression or a list of them' }],
      ],
      [
        'a bad item in a mention pattern list',
        "sections:\n  - id: a\n    title: A\n    text: [x]\n    mustMention:\n      - id: m\n        description: d\n        pattern: [ok, 5]\n",
        [{ line: 8, column: 23, message: 'sections[0].mustMention[0].pattern[1]: must be text, not 5' }],
      ],
      [
        'a bad regular expression in a mention',
        "sections:\n  - id: a\n    title: A\n    text: [x]\n    mustMention:\n      - id: m\n        description: d\n        pattern: 'x{2,1}'\n",
        [{ line: 8, column: 18, message: /^sections\[0\]\.mustMention\[0\]\.pattern: invalid regular expression: invalid repeat count/ }],
      ],
      ['a bad placeholder', "placeholders:\n  - '[z-a]'\n", [{ line: 2, column: 5, message: /^placeholders\[0\]: invalid regular expression: invalid character class range/ }]],
      ['a look-ahead', "placeholders:\n  - 'x(?!y)'\n", [{ line: 2, column: 5, message: /look-ahead, negative look-behind and back-references are not supported/ }]],
      ['a new section without a title', "sections:\n  - id: annex\n    heading: ['^annex$']\n", [{ line: 2, column: 5, message: "sections[0]: new section 'annex' needs a title (shown in messages)" }]],
      ['a new section without patterns', 'sections:\n  - id: annex\n    title: Annex\n', [{ line: 2, column: 5, message: "sections[0]: new section 'annex' needs heading or text patterns, so that it can be found in a reply" }]],
      ['a new paragraph without text', 'paragraphs:\n  annex:\n    title: Annex\n', [{ line: 3, column: 5, message: "paragraphs.annex: new paragraph 'annex' needs a text" }]],
      ['a paragraph for an unknown section', 'paragraphs:\n  annex:\n    title: Annex\n    text: See the annex.\n    section: anex\n', [{ line: 5, column: 14, message: "paragraphs.annex.section: unknown section 'anex'" }]],
      ['a section after itself', "sections:\n  - id: annex\n    title: Annex\n    text: [annex]\n    after: annex\n", [{ line: 5, column: 12, message: 'sections[0].after: a section cannot follow itself' }]],
      ['a mention given twice', "sections:\n  - id: a\n    title: A\n    text: [x]\n    mustMention:\n      - {id: m, description: d, pattern: x}\n      - {id: m, description: e, pattern: y}\n", [{ line: 7, column: 14, message: "sections[0].mustMention[1].id: mention 'm' is given twice in this section: keep one" }]],
      ['a key given twice', 'rules:\n  placeholder: error\n  placeholder: info\n', [{ line: 3, column: 3, message: /^YAML: Map keys must be unique \(a name is given twice/ }]],
      ['a YAML tag', 'authority:\n  name: !!js/function "f"\n', [{ line: 2, column: 9, message: /^YAML: unknown tag .*js\/function \(remove the tag/ }]],
      ['two YAML documents', 'extends: foia\n---\nextends: eir\n', [{ line: 2, column: 1, message: /keep one document/ }]],
      ['a path-like base that is not a string', 'extends: 5\n', [{ line: 1, column: 10, message: /^extends: must be a base \(foia/ }]],
      [
        'an unknown layout field',
        "layout:\n  fields:\n    recieved: ['^logged']\n",
        [{ line: 3, column: 5, endColumn: 13, message: "layout.fields.recieved: unknown setting (did you mean 'received'?); expected one of received, sent, reference, request, response" }],
      ],
      ['an unknown layout key', "layout:\n  headings: ['^annex']\n", [{ line: 2, column: 3, message: 'layout.headings: unknown setting; expected one of fields, questionNumber' }]],
      ['a layout label that is not text', 'layout:\n  fields:\n    received: [7]\n', [{ line: 3, column: 16, message: 'layout.fields.received[0]: must be text, not 7' }]],
      ['a layout label not in a list', "layout:\n  fields:\n    sent: '^replied'\n", [{ line: 3, column: 11, message: /^layout\.fields\.sent: must be a list/ }]],
      ['an empty question number', "layout:\n  questionNumber: ['']\n", [{ line: 2, column: 20, message: 'layout.questionNumber[0]: must not be empty' }]],
      [
        'a bad regular expression in a layout',
        "layout:\n  questionNumber:\n    - '^point\\s*(\\d+'\n",
        [{ line: 3, column: 7, endColumn: 22, message: 'layout.questionNumber[0]: invalid regular expression: missing closing ): `^point\\s*(\\d+`' }],
      ],
      [
        'a layout label that matches empty text',
        "layout:\n  fields:\n    received: ['^logged', '^(?:date )?']\n",
        [{ line: 3, column: 27, message: "layout.fields.received[1]: the pattern '^(?:date )?' matches empty text, so it would match everywhere: make it match at least one character" }],
      ],
      ['a look-ahead in a layout label', "layout:\n  fields:\n    reference: ['^case(?!s)']\n", [{ line: 3, column: 17, message: /^layout\.fields\.reference\[0\]: .*look-ahead, negative look-behind and back-references are not supported/ }]],
    ];
    for (const [what, text, expected] of cases) {
      it(`reports ${what}`, () => assertProblems(textProblems(text), expected));
    }

    it('counts columns after a byte-order mark as an editor does, with CRLF endings', () => {
      assertProblems(textProblems('\ufeffextends: foia\r\nrules:\r\n  placeholder: loud\r\n'), [{ line: 3, column: 16, endColumn: 20, message: /^rules\.placeholder: must be one of/ }]);
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('a: [', '{{', '- - -', '&a [*a]', ': :', '\t\tx')), (text) => {
        const { schema, problems } = parseSchemaText(text, '/x/.foi.yaml', opts);
        assert.ok(schema !== undefined || problems.length > 0);
        for (const p of problems) {
          assert.ok(p.line >= 0 && p.column >= 0 && (p.endLine > p.line || (p.endLine === p.line && p.endColumn >= p.column)), JSON.stringify(p));
        }
      }),
      { numRuns: 300 },
    );
  });
});
