import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJsonReport, removeDir, runCli, tempDir, type CliRun, type JsonReport } from './helpers';

// An authority whose template the built-in layouts do not know teaches it in five lines of
// `.foi.yaml`, and the CLI then reads its letters: the receipt date labelled "Logged:", questions
// numbered "Point 1", "Point 2", and the answers under "What we found".

const teaching = [
  'layout:',
  '  fields:',
  "    received: ['^logged\\b']",
  "    response: ['^what we found\\b']",
  "  questionNumber: ['^point\\s*\\d+']",
  '',
].join('\n');

const letter = [
  'Riverside District Council',
  'Freedom of Information reply',
  '',
  'Logged: 3 March 2025',
  '',
  'Dear Ms Smith,',
  '',
  'We have processed this request under the Freedom of Information Act 2000.',
  '',
  'Your request',
  '',
  'Point 1. How many potholes were reported to the council in 2024?',
  '',
  'Point 2. How much did the council spend repairing potholes in 2024?',
  '',
  'What we found',
  '',
  'Point 1. 1,204 potholes were reported in 2024.',
  '',
  'Point 2. The council spent £310,000 repairing potholes in 2024.',
  '',
  'Your rights',
  '',
  'If you are unhappy with this reply you can ask for an internal review within 40 working days. If you ' +
    'remain dissatisfied you can complain to the Information Commissioner, Wycliffe House, Water Lane, ' +
    'Wilmslow, Cheshire SK9 5AF (0303 123 1113, https://ico.org.uk/make-a-complaint/).',
  '',
  'Direct marketing',
  '',
  'If you want to use the information for direct marketing, you must comply with the Privacy and ' +
    'Electronic Communications Regulations (PECR).',
  '',
].join('\n');

/** The 1-based line of the letter that starts with `prefix`. */
const lineOf = (prefix: string): number => letter.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

describe('foi-lint CLI: a layout taught in .foi.yaml', function () {
  this.timeout(60_000);
  let dir: string;
  let run: CliRun;
  let report: JsonReport;

  before(() => {
    dir = tempDir('layout');
    fs.mkdirSync(path.join(dir, 'taught'));
    fs.writeFileSync(path.join(dir, 'taught', '.foi.yaml'), teaching);
    fs.writeFileSync(path.join(dir, 'taught', 'reply.md'), letter);
    run = runCli(['--format', 'json', 'taught/reply.md'], { cwd: dir });
    [report] = parseJsonReport(run.stdout);
  });
  after(() => removeDir(dir));

  it('takes the five lines as valid settings and checks the letter by them', () => {
    assert.equal(teaching.trimEnd().split('\n').length, 5);
    assert.notEqual(run.code, 2, run.stderr);
    assert.equal(run.stderr, '');
    assert.equal(report.file, 'taught/reply.md');
    assert.equal(report.error, undefined);
  });

  // Depends on the reader taking field labels from schema.layout (parse/meta.ts).
  it('reads the date of receipt labelled "Logged:"', () => {
    assert.equal(report.dates.received, '2025-03-03', `dates read: ${JSON.stringify(report.dates)}`);
  });

  // Depends on the reader taking question numbers and the response label from schema.layout
  // (parse/questions.ts, sections.ts, markup.ts).
  it('reads the questions numbered "Point 1" and "Point 2", each answered under "What we found"', () => {
    const read = report.questions.map((q) => ({ number: q.number, text: q.text, line: q.line, status: q.status, answerLine: q.answerLine }));
    assert.equal(read.length, 2, `questions read: ${JSON.stringify(read)}`);
    const [first, second] = read;
    assert.match(first.number, /(?:^|\D)1$/);
    assert.match(first.text, /How many potholes were reported/);
    assert.equal(first.line, lineOf('Point 1. How many'));
    assert.match(second.number, /(?:^|\D)2$/);
    assert.match(second.text, /How much did the council spend/);
    assert.equal(second.line, lineOf('Point 2. How much'));
    assert.deepEqual(
      read.map((q) => [q.status, q.answerLine]),
      [
        ['answered', lineOf('Point 1. 1,204')],
        ['answered', lineOf('Point 2. The council spent')],
      ],
    );
    assert.deepEqual(report.findings.filter((f) => f.ruleId === 'unanswered-question'), []);
  });

  it('reports a bad layout entry at its line and column, and checks nothing by other settings', () => {
    fs.mkdirSync(path.join(dir, 'broken'));
    fs.writeFileSync(path.join(dir, 'broken', '.foi.yaml'), teaching.replace("'^point\\s*\\d+'", "'^point\\s*(\\d+'"));
    fs.writeFileSync(path.join(dir, 'broken', 'reply.md'), letter);
    const broken = runCli(['--format', 'json', 'broken/reply.md'], { cwd: dir });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^broken\/\.foi\.yaml:5:20: layout\.questionNumber\[0\]: invalid regular expression: missing closing \)/m);
    const [brokenReport] = parseJsonReport(broken.stdout);
    assert.deepEqual(brokenReport.findings, []);
    assert.match(brokenReport.error ?? '', /configuration has errors/);
  });
});
