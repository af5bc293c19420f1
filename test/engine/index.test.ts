import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createFoiService, formatReading } from '../../server/src/engine';
import { AI_RECRUITMENT, example } from './drafts';
import { MemoryFs } from './memory-fs';

// The engine's front door, as the language server and the CLI use it: settings read only through the
// injected file system, the capabilities each front end needs, and no disk access of its own.

const ws = path.resolve('/nonexistent-foi-workspace');
const draftPath = path.join(ws, 'letters', 'reply.md');

describe('engine service (createFoiService)', () => {
  it('finds and reads settings through the injected file system only', () => {
    const fs = new MemoryFs({
      [path.join(ws, '.foi.yaml')]: 'extends: ./team.foi.yaml\nauthority:\n  name: Memory Council\n',
      [path.join(ws, 'team.foi.yaml')]: 'extends: eir\nrules:\n  placeholder: warning\n',
    });
    const foi = createFoiService({ fs });
    const resolved = foi.schemas.forDraft(draftPath);
    assert.deepEqual(resolved.problems, []);
    assert.equal(resolved.file, path.join(ws, '.foi.yaml'));
    assert.equal(resolved.schema.authority.name, 'Memory Council');
    assert.equal(resolved.schema.base, 'eir');
    assert.equal(resolved.schema.rules.get('placeholder'), 'warning');
    assert.deepEqual(fs.reads, [path.join(ws, '.foi.yaml'), path.join(ws, 'team.foi.yaml')]);
  });

  it('keeps settings until the watcher reports a change to a file they were read from', () => {
    const fs = new MemoryFs({
      [path.join(ws, '.foi.yaml')]: 'extends: ./team.foi.yaml\n',
      [path.join(ws, 'team.foi.yaml')]: 'authority:\n  name: Before\n',
    });
    const foi = createFoiService({ fs });
    assert.equal(foi.schemas.forDraft(draftPath).schema.authority.name, 'Before');
    const reads = fs.reads.length;
    assert.equal(foi.schemas.forDraft(draftPath).schema.authority.name, 'Before');
    assert.equal(fs.reads.length, reads, 'served from the cache');
    fs.write(path.join(ws, 'team.foi.yaml'), 'authority:\n  name: After\n');
    assert.equal(foi.schemas.forDraft(draftPath).schema.authority.name, 'After');
  });

  it('reports an unreadable extended file as a problem at its line, with the base standing in', () => {
    const fs = new MemoryFs({ [path.join(ws, '.foi.yaml')]: 'extends: ./missing.foi.yaml\n' });
    const resolved = createFoiService({ fs }).schemas.forDraft(draftPath);
    assert.equal(resolved.problems.length, 1);
    assert.match(resolved.problems[0].message, /cannot read '\.\/missing\.foi\.yaml' \(no such file\)/);
    assert.equal(resolved.problems[0].line, 1);
    assert.equal(resolved.schema.base, 'foia');
  });

  it('drops the workspace patterns when untrusted, and says so once in the log', () => {
    const fs = new MemoryFs({ [path.join(ws, '.foi.yaml')]: "placeholders:\n  - '\\bCHECKME\\b'\n" });
    const logged: string[] = [];
    const foi = createFoiService({ fs, trusted: false, logger: { info: (m) => logged.push(m) } });
    assert.equal(foi.schemas.forDraft(draftPath).ignoredPatterns, 1);
    foi.schemas.forDraft(draftPath);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /not trusted, so 1 pattern\(s\) in .*\.foi\.yaml were not used/);
    foi.schemas.setTrusted(true);
    assert.equal(foi.schemas.trusted, true);
    assert.equal(foi.schemas.forDraft(draftPath).ignoredPatterns, 0);
  });

  it('lints with the facts front ends show, fixes, and explains the reading', () => {
    const foi = createFoiService({ fs: new MemoryFs() });
    const schema = foi.schemas.base();
    const text = example(AI_RECRUITMENT);
    const result = foi.lint(text, schema);
    assert.equal(result.findings.filter((f) => f.severity !== 'info').length, 0);
    assert.equal(result.facts.regime.regime, 'foia');
    assert.equal(result.facts.deadline?.due, '2020-10-06');
    const reading = foi.explain(result);
    assert.equal(reading.regime.source, 'statement');
    assert.equal(reading.received?.iso, '2020-09-08');
    assert.ok(reading.questions.length > 0 && reading.questions.every((q) => q.line > 0));
    assert.deepEqual(reading.deadline, { due: '2020-10-06', days: 20 });
    assert.match(formatReading(reading), /^Deadline: 6 October 2020 \(20 working days\)$/m);

    const withoutRights = text.slice(0, text.indexOf('\nYour rights\n') + 1);
    const fixed = foi.fix(withoutRights, schema);
    assert.ok(fixed.applied > 0);
    assert.ok(!fixed.final.findings.some((f) => f.ruleId === 'missing-rights'));
  });

  it('lists the rules and answers for one', () => {
    const foi = createFoiService({ fs: new MemoryFs() });
    assert.equal(foi.rules.length, 38);
    assert.ok(foi.rule('unresolved-comment') && foi.rule('tracked-change'), 'the Word rules are listed');
    assert.equal(foi.rule('placeholder')?.defaultSeverity, 'error');
    assert.equal(foi.rule('no-such-rule'), undefined);
  });

  it('gives paragraphs, grounds and a new response from the settings', () => {
    const foi = createFoiService({ fs: new MemoryFs() });
    const schema = foi.schemas.base('foia');
    const rights = foi.paragraphs(schema).find((p) => p.id === 'rights');
    assert.ok(rights && /internal review/.test(rights.text));
    const grounds = foi.groundsStartingWith('foia', '40(');
    assert.ok(grounds.some((g) => g.citation === '40(2)'));
    assert.ok(foi.refusalRequirements(grounds[0]).checkedBy.includes('refusal-ground-unspecified'));
    assert.deepEqual(
      foi.citationsIn('under section 43(2) of the Act', 'foia').map((c) => c.citation),
      ['43(2)'],
    );
    const draft = foi.newResponse('1. How many staff do you employ?', schema, '2025-03-03');
    assert.match(draft, /How many staff do you employ\?/);
  });
});
