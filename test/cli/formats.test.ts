import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { allRules } from '../../server/src/engine/rules/registry';
import { aiExample, cleanAiText, facialExample, parseJsonReport, removeDir, repoRoot, runCli, tempDir, withoutRights, type JsonReport } from './helpers';
import { describeErrors, githubSarifValidator, officialSarifValidator } from './sarif-schemas';

// The built CLI as a user runs it: exit codes, every output format, settings files.

describe('foi-lint CLI: exit codes and formats', function () {
  this.timeout(60_000);
  let dir: string;
  const aiText = fs.readFileSync(aiExample, 'utf8');
  const noRightsText = withoutRights(aiText);

  before(() => {
    dir = tempDir('formats');
    fs.mkdirSync(path.join(dir, 'replies'));
    fs.writeFileSync(path.join(dir, 'replies', 'ai.md'), aiText);
    fs.writeFileSync(path.join(dir, 'replies', 'no-rights.md'), noRightsText);
    fs.writeFileSync(path.join(dir, 'replies', 'no rights #2.md'), noRightsText);
  });
  after(() => removeDir(dir));

  it('exits 0 on the two reference letters', () => {
    const run = runCli([aiExample, facialExample], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /\berror\b/);
  });

  it('exits 1 and lists the missing "Your rights" paragraph in stylish output', () => {
    const run = runCli(['replies/no-rights.md'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^replies\/no-rights\.md$/m);
    assert.match(run.stdout, /^ +\d+:\d+ +error +.*Your rights.* +missing-rights$/m);
    assert.match(run.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\)/);
    assert.match(run.stdout, /can be fixed with the --fix option/);
  });

  describe('--format json', () => {
    let run: ReturnType<typeof runCli>;
    let reports: JsonReport[];
    before(() => {
      run = runCli(['--format', 'json', 'replies/ai.md', 'replies/missing.md', 'replies/no-rights.md'], { cwd: dir });
      reports = parseJsonReport(run.stdout);
    });

    it('still lints the other files when one is missing, and exits 2 naming it', () => {
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^foi-lint: replies\/missing\.md: no such file or folder$/m);
      assert.deepEqual(reports.map((r) => r.file), ['replies/ai.md', 'replies/no-rights.md']);
    });

    it('gives each file its regime, dates and questions', () => {
      const ai = reports[0];
      assert.deepEqual(Object.keys(ai), ['file', 'regime', 'regimeSource', 'regimeStated', 'sections', 'dates', 'questions', 'findings']);
      assert.equal(ai.regime, 'foia');
      assert.equal(ai.regimeSource, 'statement');
      assert.equal(ai.regimeStated, true);
      assert.deepEqual(ai.sections, ['regime', 'response', 'further-information', 'direct-marketing', 'rights']);
      assert.deepEqual(ai.dates, { received: '2020-09-08', sent: '2020-10-05' });
      const numbers = ai.questions.map((q) => q.number);
      assert.ok(numbers.includes('1') && numbers.includes('2'), `questions: ${numbers.join(', ')}`);
      const lines = aiText.split('\n');
      for (const q of ai.questions) {
        assert.deepEqual(Object.keys(q), ['number', 'text', 'line', 'status', 'parent', 'answerLine']);
        if (q.status === 'answered') assert.ok(q.answerLine !== null && q.answerLine > q.line, JSON.stringify(q));
        if (q.number.startsWith('1(')) assert.equal(q.parent, '1');
        assert.ok(['answered', 'unanswered', 'not-applicable'].includes(q.status), q.status);
        // 1-based: the question's first words are on the line it names.
        const words = q.text.split(/\s+/).slice(0, 3).join(' ');
        assert.ok(lines[q.line - 1].includes(words), `line ${q.line} should hold "${words}"`);
      }
      assert.ok(ai.findings.every((f) => f.severity !== 'error'));
    });

    it('reports findings with 1-based positions', () => {
      const noRights = reports[1];
      const lineCount = noRightsText.split('\n').length;
      const missing = noRights.findings.find((f) => f.ruleId === 'missing-rights');
      assert.ok(missing, JSON.stringify(noRights.findings));
      assert.equal(missing.severity, 'error');
      assert.equal(missing.fixable, true);
      for (const f of noRights.findings) {
        assert.deepEqual(Object.keys(f), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixable']);
        assert.ok(f.line >= 1 && f.line <= lineCount && f.column >= 1, JSON.stringify(f));
        assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), JSON.stringify(f));
      }
    });
  });

  it('prints what docs/json-format.md shows for its example (messages aside)', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'json-format.md'), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(doc);
    assert.ok(block, 'docs/json-format.md has a json example');
    fs.writeFileSync(path.join(dir, 'reply.md'), cleanAiText().replace('No not aware of any projects in the pipeline.', '[TBC]'));
    const withoutMessages = (reports: JsonReport[]): unknown =>
      reports.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, message: typeof f.message })) }));
    const actual = parseJsonReport(runCli(['--format', 'json', 'reply.md'], { cwd: dir }).stdout);
    assert.deepEqual(withoutMessages(actual), withoutMessages(parseJsonReport(block[1])));
  });

  describe('--format sarif', () => {
    let run: ReturnType<typeof runCli>;
    let log: {
      runs: {
        tool: { driver: { name: string; rules: { id: string; help: { markdown: string }; defaultConfiguration: { level: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
        }[];
        invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
      }[];
    };
    before(() => {
      run = runCli(['--format', 'sarif', 'replies/ai.md', 'replies/no rights #2.md', 'replies/missing.md'], { cwd: dir });
      log = JSON.parse(run.stdout) as typeof log;
    });

    it('is valid against the official SARIF 2.1.0 schema', () => {
      const validate = officialSarifValidator();
      assert.ok(validate(log), describeErrors(validate));
    });

    it('has everything GitHub code scanning reads', () => {
      const validate = githubSarifValidator();
      assert.ok(validate(log), describeErrors(validate));
    });

    it('lists every rule with its docs, and points each result at its rule and file', () => {
      assert.equal(run.code, 2);
      const { driver } = log.runs[0].tool;
      assert.equal(driver.name, 'foi-lint');
      assert.deepEqual(driver.rules.map((r) => r.id), allRules.map((r) => r.meta.id));
      const rights = driver.rules.find((r) => r.id === 'missing-rights');
      assert.equal(rights?.help.markdown, allRules.find((r) => r.meta.id === 'missing-rights')?.meta.docs.trim());
      assert.equal(rights?.defaultConfiguration.level, 'error');
      const results = log.runs[0].results;
      const missing = results.find((r) => r.ruleId === 'missing-rights');
      assert.ok(missing, 'a missing-rights result');
      assert.equal(missing.level, 'error');
      assert.deepEqual(missing.locations[0].physicalLocation.artifactLocation, { uri: 'replies/no%20rights%20%232.md', uriBaseId: '%SRCROOT%' });
      for (const r of results) assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
    });

    it('records a file it could not read as a failed invocation', () => {
      const [invocation] = log.runs[0].invocations;
      assert.equal(invocation.executionSuccessful, false);
      assert.ok(invocation.toolExecutionNotifications.some((n) => n.message.text.includes('replies/missing.md')));
    });
  });

  describe('--format github', () => {
    it('prints one annotation per finding, as the JSON format reports them', () => {
      const run = runCli(['--format', 'github', 'replies/no-rights.md'], { cwd: dir });
      assert.equal(run.code, 1);
      const json = parseJsonReport(runCli(['--format', 'json', 'replies/no-rights.md'], { cwd: dir }).stdout)[0];
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.length, json.findings.length);
      lines.forEach((line, i) => {
        const f = json.findings[i];
        const kind = { error: 'error', warning: 'warning', info: 'notice' }[f.severity];
        const cols = f.line === f.endLine ? `,col=${f.column},endColumn=${f.endColumn}` : '';
        assert.equal(
          line,
          `::${kind} file=replies/no-rights.md,line=${f.line},endLine=${f.endLine}${cols},title=foi-lint (${f.ruleId})::${escapeData(f.message)}`,
        );
      });
    });

    it('escapes messages and properties as GitHub\'s toolkit does', () => {
      assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
      assert.equal(escapeProperty('C:\\a,b%\n'), 'C%3A\\a%2Cb%25%0A');
    });
  });

  describe('settings, --max-warnings and --quiet', () => {
    before(() => {
      fs.mkdirSync(path.join(dir, 'team', 'drafts'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'team', '.foi.yaml'), 'rules:\n  missing-rights: warning\n');
      fs.writeFileSync(path.join(dir, 'team', 'drafts', 'reply.md'), noRightsText);
      fs.writeFileSync(path.join(dir, 'info.foi.yaml'), 'rules:\n  missing-rights: info\n');
      fs.writeFileSync(path.join(dir, 'broken.foi.yaml'), 'rules:\n  missing-rights: fatal\n');
    });
    const severityOf = (stdout: string): string | undefined =>
      parseJsonReport(stdout)[0].findings.find((f) => f.ruleId === 'missing-rights')?.severity;

    it('finds the .foi.yaml in a parent folder and uses its severities', () => {
      const run = runCli(['--format', 'json', 'team/drafts/reply.md'], { cwd: dir });
      assert.equal(severityOf(run.stdout), 'warning');
      assert.equal(run.code, 0, 'warnings only');
    });

    it('exits 1 on more warnings than --max-warnings allows', () => {
      const run = runCli(['--max-warnings', '0', 'team/drafts/reply.md'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /more than --max-warnings 0 allows/);
      assert.equal(runCli(['--max-warnings', '99', 'team/drafts/reply.md'], { cwd: dir }).code, 0);
    });

    it('--quiet shows and counts errors only', () => {
      const run = runCli(['--quiet', '--max-warnings', '0', '--format', 'json', 'team/drafts/reply.md'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.deepEqual(parseJsonReport(run.stdout)[0].findings, []);
      const errors = runCli(['--quiet', '--format', 'json', 'replies/no-rights.md'], { cwd: dir });
      const findings = parseJsonReport(errors.stdout)[0].findings;
      assert.ok(findings.length > 0 && findings.every((f) => f.severity === 'error'));
    });

    it('--config replaces the .foi.yaml found above the draft', () => {
      const run = runCli(['--config', 'info.foi.yaml', '--format', 'json', 'team/drafts/reply.md'], { cwd: dir });
      assert.equal(severityOf(run.stdout), 'info');
    });

    it('exits 2 on a settings file with mistakes, naming its line, and does not check by other settings', () => {
      const run = runCli(['--config', 'broken.foi.yaml', '--format', 'json', 'replies/no-rights.md'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^broken\.foi\.yaml:2:\d+: .*fatal/m);
      const [report] = parseJsonReport(run.stdout);
      assert.deepEqual(report.findings, []);
      assert.match(report.error ?? '', /configuration has errors/);
      const missing = runCli(['--config', 'nowhere.yaml', 'replies/ai.md'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /--config nowhere\.yaml: no such file/);
    });
  });

  describe('--help, --version, --list-rules and usage mistakes', () => {
    it('answers each', () => {
      const help = runCli(['--help'], { cwd: dir });
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: foi-lint/);
      const version = runCli(['--version'], { cwd: dir });
      const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'server', 'package.json'), 'utf8')) as { version: string };
      assert.equal(version.stdout, `${pkg.version}\n`);
      const list = runCli(['--list-rules'], { cwd: dir });
      for (const rule of allRules) assert.match(list.stdout, new RegExp(`^${rule.meta.id} `, 'm'));
      const wrong = runCli(['--fromat', 'json', 'a.md'], { cwd: dir });
      assert.equal(wrong.code, 2);
      assert.match(wrong.stderr, /--fromat/);
      assert.match(wrong.stderr, /foi-lint --help/);
    });
  });
});
