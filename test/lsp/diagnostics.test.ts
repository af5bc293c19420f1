import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { facialRecognition, lineOf, readExample, serverOnExamples, withoutRights, aiRecruitment } from './client';

// Push diagnostics and code actions, over the protocol, against the built server.
describe('language server: diagnostics and code actions', function () {
  const suite = serverOnExamples();

  const codeActions = (uri: string, diagnostic: Diagnostic, only?: string[]) =>
    suite.client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only && { only }) },
    }) as Promise<CodeAction[]>;

  const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

  it('publishes nothing wrong for a reference letter', async () => {
    const uri = await suite.client.open(path.join(suite.workspace, aiRecruitment), readExample(aiRecruitment));
    const diagnostics = await suite.client.diagnosticsFor(uri);
    const serious = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
    assert.deepEqual(serious.map((d) => `${d.code}: ${d.message}`), []);
  });

  it('reports a missing "Your rights" section with rule id, link to its documentation and data', async () => {
    const text = withoutRights(readExample(facialRecognition));
    const uri = await suite.client.open(path.join(suite.workspace, 'no-rights.md'), text);
    const diagnostics = await suite.client.diagnosticsFor(uri, (d) => byCode(d, 'missing-rights').length > 0);
    const [d] = byCode(diagnostics, 'missing-rights');
    assert.equal(d.source, 'foi-lint');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(String(d.message), /Your rights/);
    assert.ok(d.codeDescription, 'codeDescription is set');
    assert.match(d.codeDescription.href, /^file:\/\/.*\/docs\/rules\/missing-rights\.md$/);
    // The link points at the rule's page shipped with the server (the repository's docs for the compiled build).
    assert.ok(fs.existsSync(fileURLToPath(d.codeDescription.href)), `${d.codeDescription.href} exists`);
    assert.equal((d.data as { finding: { ruleId: string } }).finding.ruleId, 'missing-rights');
    // A finding below error level is mapped too (the shared answer is information only).
    const info = byCode(diagnostics, 'shared-answer');
    assert.ok(info.every((x) => x.severity === DiagnosticSeverity.Information));
  });

  it('puts a missing section on the line the fix inserts it at, with the heading it follows as related information', async () => {
    const text = withoutRights(readExample(facialRecognition));
    const uri = await suite.client.open(path.join(suite.workspace, 'placed-rights.md'), text);
    const [d] = byCode(await suite.client.diagnosticsFor(uri, (x) => byCode(x, 'missing-rights').length > 0), 'missing-rights');
    const fix = (await codeActions(uri, d)).find((a) => a.isPreferred);
    const [edit] = fix?.edit?.changes?.[uri] ?? [];
    assert.ok(edit, JSON.stringify(fix));
    // The fix appends to the last line of the section before; the squiggle is on the line below it,
    // where the new section starts, not on that section's heading.
    assert.equal(d.range.start.line, edit.range.start.line + 1);
    const heading = lineOf(text, 'Advice and Assistance : Direct Marketing');
    assert.notEqual(d.range.start.line, heading);
    assert.equal(d.relatedInformation?.length, 1);
    const [related] = d.relatedInformation;
    assert.equal(related.location.uri, uri);
    assert.equal(related.location.range.start.line, heading);
    assert.match(related.message, /^“Your rights” goes after “.*Direct Marketing.*”$/);
  });

  it('keeps an unanswered question on the question, with its restatement in the response as related information', async () => {
    const original = readExample(aiRecruitment);
    // Question 2's answer removed: its restatement in the response stays, with nothing under it.
    const answer = original.indexOf('\n', original.lastIndexOf('Does your council have any plans')) + 1;
    const end = original.indexOf('\nFurther information', answer);
    const text = original.slice(0, answer) + original.slice(end);
    const uri = await suite.client.open(path.join(suite.workspace, 'unanswered-related.md'), text);
    const diagnostics = await suite.client.diagnosticsFor(uri, (x) => byCode(x, 'unanswered-question').length > 0);
    const [d] = byCode(diagnostics, 'unanswered-question');
    assert.equal(d.range.start.line, lineOf(text, 'Does your council have any plans'), 'on the quoted question');
    const [related] = d.relatedInformation ?? [];
    assert.ok(related, JSON.stringify(d));
    assert.ok(related.location.range.start.line > d.range.start.line, 'in the response, below the request');
    assert.match(text.split('\n')[related.location.range.start.line], /Does your council have any plans/);
    assert.match(related.message, /^Question 2 is restated here with no answer under it$/);
  });

  it('offers the standard paragraph as the preferred quick fix, and applying it clears the finding', async () => {
    const text = withoutRights(readExample(facialRecognition));
    const uri = await suite.client.open(path.join(suite.workspace, 'fix-rights.md'), text);
    const [d] = byCode(await suite.client.diagnosticsFor(uri, (x) => byCode(x, 'missing-rights').length > 0), 'missing-rights');
    const actions = await codeActions(uri, d);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(preferred[0].kind, 'quickfix');
    assert.equal(preferred[0].diagnostics?.[0].code, 'missing-rights');
    await suite.client.apply(preferred[0].edit);
    assert.match(suite.client.text(uri), /40 working days/);
    const after = await suite.client.diagnosticsFor(uri);
    assert.deepEqual(byCode(after, 'missing-rights'), []);
  });

  it('keeps Windows line endings when a fix is applied', async () => {
    const text = withoutRights(readExample(facialRecognition)).replace(/\n/g, '\r\n');
    const uri = await suite.client.open(path.join(suite.workspace, 'crlf.md'), text);
    const [d] = byCode(await suite.client.diagnosticsFor(uri, (x) => byCode(x, 'missing-rights').length > 0), 'missing-rights');
    await suite.client.apply((await codeActions(uri, d)).find((a) => a.isPreferred)?.edit);
    assert.match(suite.client.text(uri), /40 working days/);
    assert.equal(/(?<!\r)\n/.test(suite.client.text(uri)), false, 'no bare LF after the fix');
    assert.deepEqual(byCode(await suite.client.diagnosticsFor(uri), 'missing-rights'), []);
  });

  it('disables a rule for one line or for the whole file with a comment', async () => {
    const text = withoutRights(readExample(facialRecognition));
    const lineUri = await suite.client.open(path.join(suite.workspace, 'disable-line.md'), text);
    const [d] = byCode(await suite.client.diagnosticsFor(lineUri, (x) => byCode(x, 'missing-rights').length > 0), 'missing-rights');
    const actions = await codeActions(lineUri, d);
    const forLine = actions.find((a) => a.title === 'Disable missing-rights for this line');
    const forFile = actions.find((a) => a.title === 'Disable missing-rights for this file');
    assert.ok(forLine && forFile, actions.map((a) => a.title).join(' | '));
    assert.equal(forLine.isPreferred, false);

    await suite.client.apply(forLine.edit);
    assert.match(suite.client.text(lineUri), /<!-- foi-lint-disable-next-line missing-rights -->/);
    assert.deepEqual(byCode(await suite.client.diagnosticsFor(lineUri), 'missing-rights'), []);

    const fileUri = await suite.client.open(path.join(suite.workspace, 'disable-file.md'), text);
    const [f] = byCode(await suite.client.diagnosticsFor(fileUri, (x) => byCode(x, 'missing-rights').length > 0), 'missing-rights');
    await suite.client.apply((await codeActions(fileUri, f)).find((a) => a.title === 'Disable missing-rights for this file')?.edit);
    assert.ok(suite.client.text(fileUri).startsWith('<!-- foi-lint-disable missing-rights -->\n'));
    assert.deepEqual(byCode(await suite.client.diagnosticsFor(fileUri), 'missing-rights'), []);
  });

  it('marks an unanswered question as not applicable', async () => {
    // Remove the answer to question 2 of the recruitment letter.
    const text = readExample(aiRecruitment).replace('No not aware of any projects in the pipeline.\n', '');
    const uri = await suite.client.open(path.join(suite.workspace, 'unanswered.md'), text);
    const diagnostics = await suite.client.diagnosticsFor(uri, (x) => byCode(x, 'unanswered-question').length > 0);
    const [d] = byCode(diagnostics, 'unanswered-question');
    assert.equal(d.range.start.line, lineOf(text, '- 2. Does your council have any plans'));
    const actions = await codeActions(uri, d);
    const mark = actions.find((a) => a.title === 'Mark question 2 as not applicable');
    assert.ok(mark, actions.map((a) => a.title).join(' | '));
    await suite.client.apply(mark.edit);
    const line = suite.client.text(uri).split('\n')[d.range.start.line];
    assert.match(line, /<!-- foi-lint-not-applicable -->$/);
    assert.deepEqual(byCode(await suite.client.diagnosticsFor(uri), 'unanswered-question'), []);
  });

  it('fixes everything fixable with source.fixAll.foi-lint', async () => {
    const original = readExample(facialRecognition);
    const text = withoutRights(original);
    const uri = await suite.client.open(path.join(suite.workspace, 'fix-all.md'), text);
    const [d] = byCode(await suite.client.diagnosticsFor(uri, (x) => byCode(x, 'missing-rights').length > 0), 'missing-rights');
    const actions = await codeActions(uri, d, ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.foi-lint');
    // Asking for quick fixes only leaves "fix all" out.
    const quick = await codeActions(uri, d, ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    await suite.client.apply(actions[0].edit);
    const after = await suite.client.diagnosticsFor(uri);
    assert.deepEqual(after.filter((x) => x.severity === DiagnosticSeverity.Error).map((x) => x.code), []);
  });

  it('re-checks as the draft changes, dropping superseded versions', async () => {
    const good = readExample(facialRecognition);
    const bad = withoutRights(good);
    const uri = await suite.client.open(path.join(suite.workspace, 'typing.md'), good);
    await suite.client.diagnosticsFor(uri);
    // A burst of edits: only the last version's diagnostics count, and they must arrive.
    for (let i = 0; i < 5; i++) await suite.client.change(uri, i % 2 ? good : bad);
    await suite.client.change(uri, bad);
    const d = await suite.client.diagnosticsFor(uri, (x) => byCode(x, 'missing-rights').length > 0);
    assert.equal(byCode(d, 'missing-rights').length, 1);
  });

  it('publishes each version the user pauses at with that version\'s diagnostics', async () => {
    // Pauses longer than the quiet time: checks start within it (a head start) and are held to its end.
    const good = readExample(facialRecognition);
    const bad = withoutRights(good);
    const uri = await suite.client.open(path.join(suite.workspace, 'pauses.md'), good);
    await suite.client.diagnosticsFor(uri);
    for (let i = 0; i < 6; i++) {
      const version = await suite.client.change(uri, i % 2 ? good : bad);
      const d = await suite.client.diagnosticsFor(uri, () => suite.client.diagnostics.get(uri)?.version === version);
      assert.equal(byCode(d, 'missing-rights').length, i % 2 ? 0 : 1, `version ${version}`);
    }
  });

  it('ignores Markdown files that match no draft glob, and clears diagnostics when a draft closes', async () => {
    const text = withoutRights(readExample(facialRecognition));
    const notes = await suite.client.open(path.join(suite.workspace, 'notes.md'), text, 'markdown');
    const draft = await suite.client.open(path.join(suite.workspace, 'closing.md'), text);
    await suite.client.diagnosticsFor(draft, (x) => x.length > 0);
    assert.equal(suite.client.diagnostics.has(notes), false);
    await suite.client.close(draft);
    await suite.client.waitFor('cleared diagnostics', () => suite.client.diagnostics.get(draft)?.diagnostics.length === 0);
  });
});
