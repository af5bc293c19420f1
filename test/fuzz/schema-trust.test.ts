import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { SchemaResolver } from '../../server/src/engine/schema/resolver';
import { letterTexts } from './corpus';

// Workspace trust, engine side: in an untrusted workspace no regular expression from the
// repository's .foi.yaml runs (a cloned repository is someone else's input), while the built-in
// rules keep working. The same files in a trusted workspace do apply.

const letter = letterTexts[0].text;
const withoutRights = (text: string) => text.slice(0, text.search(/^#*\s*\**Your rights/im));

describe('reliability: workspace trust in the schema resolver', function () {
  let dir: string;
  const draft = () => path.join(dir, 'reply.foi.md');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-trust-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const settings = (text: string) => fs.writeFileSync(path.join(dir, '.foi.yaml'), text);
  const placeholderHits = (resolver: SchemaResolver, text: string) =>
    lint(text, resolver.forFile(draft()).schema).findings.filter((f) => f.ruleId === 'placeholder' && /ZQX-42/.test(f.message));

  it('applies a custom placeholder pattern when trusted, and not when untrusted', () => {
    settings("placeholders: ['ZQX-[0-9]+']\n");
    const text = `${letter}\nThe figure is ZQX-42.\n`;

    const trusted = new SchemaResolver({ trusted: true });
    assert.equal(trusted.forFile(draft()).ignoredPatterns, 0);
    assert.equal(placeholderHits(trusted, text).length, 1, 'the trusted workspace runs the pattern');

    const untrusted = new SchemaResolver({ trusted: false });
    const resolved = untrusted.forFile(draft());
    assert.deepEqual(resolved.problems, []);
    assert.equal(resolved.ignoredPatterns, 1);
    assert.equal(resolved.schema.placeholders.length, 0);
    assert.equal(placeholderHits(untrusted, text).length, 0, 'the untrusted workspace must not run it');
  });

  it('runs none of the file’s section patterns when untrusted, and keeps the base’s', () => {
    settings(
      [
        'sections:',
        '  - id: rights',
        "    heading: ['zzz-never-a-heading']",
        "    text: ['zzz-never-a-paragraph']",
        '  - id: open-data',
        '    title: Open data',
        "    heading: ['^open data$']",
        '    mustMention:',
        '      - id: link',
        '        description: the portal address',
        "        pattern: ['opendata\\.example']",
        "placeholders: ['(a+)+$', '(unclosed']",
        '',
      ].join('\n'),
    );
    const trusted = new SchemaResolver({ trusted: true }).forFile(draft());
    assert.ok(trusted.problems.some((p) => /regular expression/.test(p.message)), 'trusted: the broken pattern is reported');

    const untrusted = new SchemaResolver({ trusted: false }).forFile(draft());
    assert.deepEqual(untrusted.problems, [], 'untrusted: nothing was compiled, so nothing is broken');
    assert.equal(untrusted.ignoredPatterns, 6);
    const rights = untrusted.schema.sections.find((s) => s.id === 'rights');
    assert.ok(rights && rights.heading.length > 0, 'the base’s rights headings stay');
    assert.ok(rights.heading.every((p) => p.source !== 'zzz-never-a-heading'));
    const openData = untrusted.schema.sections.find((s) => s.id === 'open-data');
    assert.ok(openData, 'the new section is kept by name');
    assert.equal(openData.required, false, 'a section with no patterns left cannot be found, so it is not required');
    assert.deepEqual(openData.mustMention.flatMap((m) => m.patterns), []);

    // The letter's own "Your rights" section is still found by the base's heading: no false finding.
    const result = lint(letter, untrusted.schema);
    assert.deepEqual(result.failures, []);
    assert.deepEqual(result.findings.filter((f) => /missing/.test(f.ruleId)).map((f) => f.ruleId), []);
  });

  it('keeps the built-in rules and their fixes working when untrusted', () => {
    settings("placeholders: ['ZQX-[0-9]+']\nrules:\n  missing-direct-marketing: warning\n");
    const schema = new SchemaResolver({ trusted: false }).forFile(draft()).schema;
    const result = lint(`${withoutRights(letter)}\n[TBC]\n`, schema);
    const ids = result.findings.map((f) => f.ruleId);
    assert.ok(ids.includes('missing-rights'), `missing-rights is still reported: ${ids.join(', ')}`);
    assert.ok(result.findings.find((f) => f.ruleId === 'missing-rights')?.fix, 'with its fix');
    assert.ok(ids.includes('placeholder'), 'the built-in placeholder patterns still run');
    assert.equal(schema.rules.get('missing-direct-marketing'), 'warning', 'settings that are not patterns still apply');
  });

  it('uses the built-in base with no settings file, trusted or not', () => {
    for (const trusted of [true, false]) {
      const resolved = new SchemaResolver({ trusted }).forFile(draft());
      assert.equal(resolved.file, undefined);
      assert.equal(resolved.ignoredPatterns, 0);
      const ids = lint(withoutRights(letter), resolved.schema).findings.map((f) => f.ruleId);
      assert.ok(ids.includes('missing-rights'));
    }
  });
});
