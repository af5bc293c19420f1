import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CodeActionRequest, HoverRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { convertDraft } from '../../server/src/convert';
import { lint } from '../../server/src/engine/lint';
import { baseSchema } from '../../server/src/engine/schema/load';
import { toEml, toHtml } from '../convert/build';
import { withoutRights } from '../cli/helpers';
import { aiRecruitment, lineOf, readExample, serverOnExamples } from './client';

// Web pages, e-mails and text files the editor opens, and "Export reply to Word", over the protocol.
describe('language server: HTML, e-mail and text drafts; export to Word', function () {
  this.timeout(30_000);
  const broken = withoutRights(readExample(aiRecruitment)).replace('No not aware of any projects in the pipeline.', '[TBC]');

  const suite = serverOnExamples({ settings: { drafts: { globs: ['replies/*'] } } });

  const rules = (d: { code?: Diagnostic['code'] }[]) => d.map((x) => String(x.code)).sort();
  const placeholderLine = (d: Diagnostic[]) => d.find((x) => x.code === 'placeholder')?.range.start.line;

  it('checks a web page matched by drafts.globs, each finding on the line of its paragraph', async () => {
    const html = toHtml(broken);
    const uri = await suite.client.open(path.join(suite.workspace, 'replies', 'reply.html'), html, 'html');
    const diagnostics = await suite.client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(rules(diagnostics), rules(lintDiagnostics(broken)));
    const line = placeholderLine(diagnostics);
    assert.equal(line, lineOf(html, '[TBC]'));
    const found = diagnostics.find((d) => d.code === 'placeholder')!;
    assert.deepEqual(found.range, { start: { line: line!, character: 0 }, end: { line: line!, character: html.split('\n')[line!].length } });
  });

  it('checks an e-mail opened as plain text, and a text file at its exact positions', async () => {
    const eml = toEml(broken).toString('utf8');
    const emlUri = await suite.client.open(path.join(suite.workspace, 'replies', 'reply.eml'), eml, 'plaintext');
    const emlDiagnostics = await suite.client.diagnosticsFor(emlUri, (d) => d.length > 0);
    assert.deepEqual(rules(emlDiagnostics), rules(lintDiagnostics(broken)));
    assert.equal(placeholderLine(emlDiagnostics), eml.split(/\r?\n/).findIndex((l) => l.includes('[TBC]')));

    const txtUri = await suite.client.open(path.join(suite.workspace, 'replies', 'reply.txt'), broken, 'plaintext');
    const txtDiagnostics = await suite.client.diagnosticsFor(txtUri, (d) => d.length > 0);
    const tbc = txtDiagnostics.find((d) => d.code === 'placeholder')!;
    const line = lineOf(broken, '[TBC]');
    assert.deepEqual(tbc.range, { start: { line, character: 0 }, end: { line, character: 5 } });
  });

  it('offers no quick fixes or hovers for a web page (their edits would be Markdown)', async () => {
    const uri = await suite.client.open(path.join(suite.workspace, 'replies', 'other.html'), toHtml(broken), 'html');
    const diagnostics = await suite.client.diagnosticsFor(uri, (d) => d.length > 0);
    const actions = (await suite.client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(actions, []);
    assert.equal(await suite.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: diagnostics[0].range.start }), null);
  });

  it('leaves web pages that no glob names alone', async () => {
    const uri = await suite.client.open(path.join(suite.workspace, 'elsewhere.html'), toHtml(broken), 'html');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(suite.client.diagnostics.get(uri)?.diagnostics.length ?? 0, 0);
  });

  it('exports a draft to Word: refused with its errors, forced, and read back with the same questions', async () => {
    const uri = await suite.client.open(path.join(suite.workspace, 'export.foi.md'), broken);
    await suite.client.diagnosticsFor(uri, (d) => d.length > 0);
    const refused = await suite.client.connection.sendRequest<{ docx?: string; errors: { ruleId: string; line: number }[] }>('foiLint/exportDocx', { uri });
    assert.equal(refused.docx, undefined);
    assert.deepEqual([...new Set(refused.errors.map((e) => e.ruleId))].sort(), ['missing-rights', 'placeholder']);
    const forced = await suite.client.connection.sendRequest<{ docx?: string }>('foiLint/exportDocx', { uri, force: true });
    const back = await convertDraft('docx', Buffer.from(forced.docx ?? '', 'base64'));
    assert.ok(back.ok, back.ok ? '' : back.reason);
    const questions = (text: string) => lint(text, baseSchema('foia')).draft.questions.map((q) => [q.label, q.status]);
    assert.deepEqual(questions(back.text), questions(broken));
  });

  it('exports on a letterhead, and says when the letterhead cannot be used', async () => {
    const uri = await suite.client.open(path.join(suite.workspace, 'clean.foi.md'), readExample(aiRecruitment));
    const letterhead = path.resolve(__dirname, '../../../test/fixtures/docx/letterhead.docx');
    const result = await suite.client.connection.sendRequest<{ docx?: string }>('foiLint/exportDocx', { uri, template: letterhead });
    const back = await convertDraft('docx', Buffer.from(result.docx ?? '', 'base64'));
    assert.ok(back.ok && back.text.startsWith('Riverside District Council'), back.ok ? back.text.slice(0, 200) : back.reason);
    const notLetterhead = path.resolve(__dirname, '../../../test/fixtures/docx/reply-review.docx');
    await assert.rejects(suite.client.connection.sendRequest('foiLint/exportDocx', { uri, template: notLetterhead }), /has no \{\{reply\}\}/);
  });
});

function lintDiagnostics(text: string): { code: string }[] {
  return lint(text, baseSchema('foia')).findings.map((f) => ({ code: f.ruleId }));
}
