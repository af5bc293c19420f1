import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aiExample, removeDir, runCli, tempDir } from './helpers';

// `foi-lint --explain`: how each draft was read, so an officer sees a misreading in seconds.

describe('foi-lint --explain', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = tempDir('explain');
    fs.copyFileSync(aiExample, path.join(dir, 'ai.md'));
    fs.writeFileSync(
      path.join(dir, 'log.md'),
      [
        'FOI request 2291',
        'Requested Thu 24 October 2019',
        '',
        'Q1) How many trees did the council fell in 2018?',
        'The council felled 160 trees.',
        'Q2) How many trees did the council plant in 2018?',
        '',
      ].join('\n'),
    );
  });
  after(() => removeDir(dir));

  it('prints the regime and where it came from, the dates with their lines, the reference and the request', () => {
    const run = runCli(['--explain', 'ai.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ai\.md$/m);
    assert.match(run.stdout, /^Regime: FOIA, from the reply's regime statement \(line \d+\)$/m);
    assert.match(run.stdout, /^Letter date: 5 October 2020, line 5, from "5 October 2020"$/m);
    assert.match(run.stdout, /^Request received: 8 September 2020, line 8, from "8 September 2020"$/m);
    assert.match(run.stdout, /^Reference: 6565528, line 6$/m);
    assert.match(run.stdout, /^Request: lines \d+–\d+$/m);
    assert.match(run.stdout, /^Sections: $/m);
    assert.match(run.stdout, /^ {2}Your rights {2}line \d+ {2}\(by its heading\)$/m);
  });

  it('prints each question with the line of its answer, or why it has none', () => {
    const run = runCli(['--explain', 'ai.md', 'log.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const [ai, log] = run.stdout.split(/\n(?=log\.md\n)/);
    assert.match(ai, /^ {2}1 {2}line 12 {2}answered at line \d+$/m);
    assert.match(ai, /^ {4}1\(a\) {2}line 13 {2}not applicable \(question 1 was answered "No"/m);
    assert.match(log, /^Questions: 2$/m);
    assert.match(log, /^ {2}1 {2}line 4 {2}answered at line 5$/m);
    assert.match(log, /^ {2}2 {2}line 6 {2}no answer found$/m);
    assert.match(log, /“How many trees did the council plant in 2018\?”/);
  });

  it('says how a question answered in its parts was read, without a line of its own', () => {
    fs.writeFileSync(
      path.join(dir, 'parts.md'),
      [
        'Thank you for your request received on 3 March 2025, for the following information:',
        '',
        '1. Please provide the following:',
        '   - (a) the number of fines issued;',
        '   - (b) the income from them.',
        '',
        '## Response',
        '',
        '(a) 1,204 fines.',
        '',
        '(b) £98,400.',
        '',
      ].join('\n'),
    );
    const run = runCli(['--explain', 'parts.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}1 {2}line 3 {2}answered \(answered in its parts\)$/m);
    assert.doesNotMatch(run.stdout, /undefined/);
  });

  it('says what could not be read, and exits 2 for a file it cannot read', () => {
    const run = runCli(['--explain', 'missing.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing\.md/);
  });

  it('refuses --explain with --fix', () => {
    const run = runCli(['--explain', '--fix', 'ai.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--explain and --fix cannot be used together/);
  });
});
