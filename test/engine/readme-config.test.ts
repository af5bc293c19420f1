import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/engine/fix';
import { lint } from '../../server/src/engine/lint';
import { baseSchema, parseSchemaText } from '../../server/src/engine/schema/load';
import { DRAFTS, draft } from './drafts';

// The full .foi.yaml example in the README must stay valid and do what the README says.

/** The README's YAML block that starts with `opening`. */
function readmeExample(opening = 'extends: foia'): string {
  const readme = fs.readFileSync(path.join(DRAFTS, '..', '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf(`\`\`\`yaml\n${opening}`);
  assert.ok(start >= 0, `the README has a .foi.yaml example starting '${opening}'`);
  return readme.slice(start + '```yaml\n'.length, readme.indexOf('```', start + 8));
}

describe('the README .foi.yaml example', () => {
  const { schema, problems } = parseSchemaText(readmeExample(), 'README.md#.foi.yaml');

  it('loads without problems', () => {
    assert.deepEqual(problems, []);
    assert.ok(schema);
  });

  it('turns the direct-marketing notice off, adds the re-use section with its heading, and checks its own rights wording', () => {
    const r = lint(draft('numbers-only.md'), schema!);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'missing-direct-marketing'), []);
    const [reuse] = r.findings.filter((f) => f.ruleId === 'missing-section');
    assert.match(reuse.message, /Re-use of information/);
    const fixed = applyEdits(r.draft.text, reuse.fix!.edits).text;
    assert.match(fixed, /\n\nRe-use of information\n\nInformation released under FOI/);
    assert.deepEqual(lint(fixed, schema!).findings.filter((f) => f.ruleId === 'missing-section'), []);
    assert.match(r.findings.find((f) => f.ruleId === 'missing-rights')?.message ?? '', /our postal address/);
  });
});

describe('the README layout: example', () => {
  const text = readmeExample('layout:');
  const { schema, problems } = parseSchemaText(text, 'README.md#layout');
  const sources = (patterns: { source: string }[]) => patterns.map((p) => p.source);

  it('is five lines that load without problems', () => {
    assert.equal(text.trimEnd().split('\n').length, 5);
    assert.deepEqual(problems, []);
  });

  it('adds patterns that match what its comments say, after the base’s', () => {
    const base = baseSchema('foia').layout;
    const { layout } = schema!;
    assert.deepEqual(sources(layout.fields.received).slice(0, -1), sources(base.fields.received));
    assert.deepEqual(sources(layout.questionNumber).slice(0, -1), sources(base.questionNumber));
    assert.equal(layout.fields.received.at(-1)!.test('Logged: 3 March 2025'), true);
    assert.equal(layout.fields.response.at(-1)!.test('What we found'), true);
    assert.equal(layout.questionNumber.at(-1)!.find('Point 2 How much was spent?')?.length, 'Point 2'.length);
  });
});
