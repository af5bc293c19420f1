import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toDocx, toEml, toHtml } from '../convert/build';
import { aiExample, facialExample, parseJsonReport, removeDir, repoRoot, runCli, tempDir, withoutRights, type JsonReport } from './helpers';
import { describeErrors, githubSarifValidator, officialSarifValidator } from './sarif-schemas';

// Word, e-mail, HTML and text drafts through the built CLI: the same letter in each format gives the
// questions, dates and findings it gives in Markdown, and findings point to the paragraph.

const docxFixtures = path.join(repoRoot, 'test', 'fixtures', 'docx');

/** What must not change with the format: everything but positions. */
function essence(report: JsonReport) {
  return {
    regime: report.regime,
    dates: report.dates,
    questions: report.questions.map((q) => ({ number: q.number, text: q.text, status: q.status })),
    findings: report.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
  };
}

describe('foi-lint CLI: Word, e-mail, HTML and text drafts', function () {
  this.timeout(120_000);
  let dir: string;
  const letters: Record<string, string> = {
    ai: fs.readFileSync(aiExample, 'utf8'),
    facial: fs.readFileSync(facialExample, 'utf8'),
    // A letter with findings: a placeholder answer and no "Your rights".
    broken: withoutRights(fs.readFileSync(aiExample, 'utf8')).replace('No not aware of any projects in the pipeline.', '[TBC]'),
  };

  before(async () => {
    dir = tempDir('converted');
    for (const [name, text] of Object.entries(letters)) {
      fs.writeFileSync(path.join(dir, `${name}.md`), text);
      fs.writeFileSync(path.join(dir, `${name}.txt`), text);
      fs.writeFileSync(path.join(dir, `${name}.html`), toHtml(text));
      fs.writeFileSync(path.join(dir, `${name}.eml`), toEml(text));
      fs.writeFileSync(path.join(dir, `${name}.docx`), await toDocx(text));
    }
  });
  after(() => removeDir(dir));

  for (const name of ['ai', 'facial', 'broken']) {
    it(`${name}: .docx, .eml, .html and .txt give the Markdown's questions, dates and findings`, () => {
      const files = ['md', 'docx', 'eml', 'html', 'txt'].map((ext) => `${name}.${ext}`);
      const run = runCli(['--format', 'json', ...files], { cwd: dir });
      assert.equal(run.code, name === 'broken' ? 1 : 0, run.stderr);
      const reports = parseJsonReport(run.stdout);
      assert.deepEqual(reports.map((r) => r.file), files);
      const markdown = essence(reports[0]);
      assert.ok(markdown.questions.length >= 2);
      if (name === 'broken') assert.ok(markdown.findings.some((f) => f.ruleId === 'placeholder') && markdown.findings.some((f) => f.ruleId === 'missing-rights'));
      for (const report of reports.slice(1)) assert.deepEqual(essence(report), markdown, report.file);
      assert.deepEqual(reports.map((r) => r.format), [undefined, 'docx', 'eml', 'html', undefined]);
    });
  }

  it('the LibreOffice-saved Word copies of the examples read as the Markdown does', () => {
    for (const example of [aiExample, facialExample]) {
      const docx = path.join(docxFixtures, `${path.basename(example, '.md')}.docx`);
      const run = runCli(['--format', 'json', example, docx], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      const [markdown, word] = parseJsonReport(run.stdout);
      assert.deepEqual(essence(word), essence(markdown));
    }
  });

  it('points findings in a .docx to the paragraph, by number and first words (stylish)', () => {
    const run = runCli(['broken.docx'], { cwd: dir });
    assert.equal(run.code, 1);
    const placeholder = run.stdout.split('\n').find((l) => l.includes('placeholder'));
    assert.match(placeholder ?? '', /^ +¶\d+ +error +Placeholder “\[TBC\]” .*\(at "\[TBC\]"\) +placeholder$/, run.stdout);
  });

  it('points findings in HTML and e-mail to the line of the file where the paragraph starts', () => {
    const run = runCli(['--format', 'json', 'broken.html', 'broken.eml'], { cwd: dir });
    for (const report of parseJsonReport(run.stdout)) {
      const finding = report.findings.find((f) => f.ruleId === 'placeholder');
      assert.ok(finding, report.file);
      const line = fs.readFileSync(path.join(dir, report.file), 'utf8').split(/\r?\n/)[finding.line - 1];
      assert.match(line, /\[TBC\]/, `${report.file}:${finding.line}`);
      assert.equal(finding.paragraph?.text, '[TBC]');
    }
  });

  it('reads Word numbering, tables, comments and tracked changes from a document LibreOffice saved', () => {
    const run = runCli(['--format', 'json', path.join(docxFixtures, 'reply-review.docx')], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const [report] = parseJsonReport(run.stdout);
    assert.deepEqual(report.dates, { received: '2024-03-04', sent: '2024-03-28' });
    // Word's own numbering as the reader sees it (Q1, Q2 and its parts (a) and (b)), read as questions.
    assert.deepEqual(
      report.questions.map((q) => [q.number, q.status]),
      [['1', 'answered'], ['2', 'answered'], ['a', 'answered'], ['b', 'answered']],
    );
    const review = report.findings.filter((f) => f.ruleId === 'unresolved-comment' || f.ruleId === 'tracked-change');
    assert.deepEqual(
      review.map((f) => [f.ruleId, f.line, f.message]),
      [
        ['unresolved-comment', 20, 'Unresolved comment by Pat Officer: "Check this figure with Highways before sending". Resolve or delete it before the reply is sent.'],
        ['tracked-change', 22, 'Tracked change by Sam Reviewer not accepted or rejected: "in the 2023 calendar year" inserted.'],
        ['tracked-change', 26, 'Tracked change by Sam Reviewer not accepted or rejected: "the names of the two contractors" deleted.'],
      ],
    );
    assert.deepEqual(review[0].paragraph, { number: 20, text: '4,812 potholes were reported.' });
    // The comment LibreOffice saved as resolved is not reported.
    assert.doesNotMatch(run.stdout, /Agreed with legal/);
  });

  it('gives SARIF a region with the paragraph\'s first words as its snippet, valid for both schemas', () => {
    const run = runCli(['--format', 'sarif', path.join(docxFixtures, 'reply-review.docx')], { cwd: dir });
    const log = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: Record<string, unknown> } }[] }[] }[] };
    const comment = log.runs[0].results.find((r) => r.ruleId === 'unresolved-comment');
    assert.deepEqual(comment?.locations[0].physicalLocation.region, {
      startLine: 20,
      startColumn: 1,
      endLine: 20,
      endColumn: 1,
      snippet: { text: '4,812 potholes were reported.' },
    });
    for (const validate of [officialSarifValidator(), githubSarifValidator()]) {
      assert.ok(validate(log), describeErrors(validate));
    }
  });

  it('--fix refuses a converted draft with a clear message, leaves it as it was and still reports it', () => {
    const before = fs.readFileSync(path.join(dir, 'broken.docx'));
    const run = runCli(['--fix', 'broken.docx', 'broken.md'], { cwd: path.join(dir) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^foi-lint: broken\.docx: not fixed: --fix edits Markdown and text drafts only, not a Word document; make the changes in the file itself/m);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'broken.docx')), before);
    assert.match(run.stdout, /^broken\.docx$/m);
    fs.writeFileSync(path.join(dir, 'broken.md'), letters.broken);
  });

  it('searches folders for .docx drafts besides .md, skipping the owner files Word leaves', () => {
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(dir, 'ai.docx'), path.join(folder, 'reply.docx'));
    fs.writeFileSync(path.join(folder, '~$reply.docx'), Buffer.from('owner file'));
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a draft');
    fs.copyFileSync(aiExample, path.join(folder, 'other.md'));
    const run = runCli(['--format', 'json', 'folder'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(parseJsonReport(run.stdout).map((r) => r.file), ['folder/other.md', 'folder/reply.docx']);
  });
});
