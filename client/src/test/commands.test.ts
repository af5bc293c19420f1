import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ParagraphInfo } from 'foi-lint-protocol';
import { api, closeAll, foiDiagnostics, open, ruleOf, waitFor, workspaceUri } from './helpers';

// The three commands, run as a user would (selection, clipboard, cursor) and through their arguments.

async function untitledDraft(content = ''): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'foi-response', content });
  return vscode.window.showTextDocument(document);
}

describe('commands', () => {
  afterEach(closeAll);

  it('FOI: New response from request: the selected request becomes a new draft', async () => {
    const notes = await open(workspaceUri('notes.md'));
    const text = notes.document.getText();
    const start = notes.document.positionAt(text.indexOf('Dear Council'));
    const end = notes.document.positionAt(text.indexOf('A. Requester') + 'A. Requester'.length);
    notes.selection = new vscode.Selection(start, end);
    assert.ok(await vscode.commands.executeCommand('foiLint.newResponse'), 'the command reports an editor');
    // The new draft is the active editor.
    const draft = vscode.window.activeTextEditor?.document;
    assert.ok(draft && draft.uri.toString() !== notes.document.uri.toString(), 'a new editor is active');
    assert.equal(draft.languageId, 'foi-response');
    assert.equal(draft.isUntitled, true);
    const body = draft.getText();
    assert.match(body, /1\. How many libraries does the council run\?\n\n\[TBC\]/);
    assert.match(body, /2\. How many of them opened on Sundays in 2024\?\n\n\[TBC\]/);
    assert.match(body, /We have processed this request under the Freedom of Information Act 2000\./);
    assert.match(body, /Your rights/);
    // The new draft is checked like any other: its blanks are reported, no section is missing.
    const diagnostics = await waitFor('diagnostics for the new draft', () => {
      const found = foiDiagnostics(draft.uri);
      return found.some((d) => ruleOf(d) === 'placeholder') && found;
    });
    assert.deepEqual(diagnostics.filter((d) => ruleOf(d)?.startsWith('missing-') && ruleOf(d) !== 'missing-date'), []);
  });

  it('FOI: New response from request: with nothing selected, the clipboard is the request', async () => {
    const request = 'Please tell me how many parking fines the council issued in 2023.';
    await vscode.env.clipboard.writeText(request);
    // A browser's clipboard may take a moment to hold what was written: wait until it reads back.
    await waitFor('the clipboard to hold the request', async () => {
      if ((await vscode.env.clipboard.readText()) === request) return true;
      await vscode.env.clipboard.writeText(request);
      return false;
    });
    const notes = await open(workspaceUri('notes.md'));
    notes.selection = new vscode.Selection(0, 0, 0, 0);
    assert.ok(await vscode.commands.executeCommand('foiLint.newResponse'));
    // The workbench makes the new editor active a moment after the command returns.
    const draft = await waitFor('the new draft to be the active editor', () => {
      const doc = vscode.window.activeTextEditor?.document;
      return doc && doc.uri.toString() !== notes.document.uri.toString() && /parking fines/.test(doc.getText()) && doc;
    });
    assert.equal(draft.languageId, 'foi-response');
    assert.match(draft.getText(), /parking fines the council issued in 2023\.\n\n\[TBC\]/);
  });

  it('FOI: Insert standard paragraph: inserts at the cursor with its blanks as tab stops', async () => {
    const editor = await untitledDraft('Response\n\n1. Do you hold the 2019 contract?\n\n');
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    const inserted = await vscode.commands.executeCommand<ParagraphInfo | undefined>('foiLint.insertParagraph', 'not-held');
    assert.equal(inserted?.id, 'not-held');
    const text = editor.document.getText();
    assert.match(text, /\n\nThe council does not hold the information you have requested\. You may wish to contact other authority, which may hold it\./);
    // The snippet's first tab stop selects the blank, ready to type over.
    assert.equal(editor.document.getText(editor.selection), 'other authority');
  });

  it('FOI: Insert standard paragraph: an unknown paragraph id changes nothing', async () => {
    const editor = await untitledDraft('Response\n');
    const inserted = await vscode.commands.executeCommand('foiLint.insertParagraph', 'no-such-paragraph');
    assert.equal(inserted, undefined);
    assert.equal(editor.document.getText(), 'Response\n');
  });

  it('FOI: Restart server: a new server process checks the drafts again', async () => {
    const { server } = await api();
    await open(workspaceUri('reply.foi.md'));
    await vscode.commands.executeCommand('foiLint.restartServer');
    assert.equal(server.running, true);
    const editor = await untitledDraft('Thank you for your request received on 3 March 2025.\n\n1. How many bins?\n');
    await waitFor('diagnostics from the restarted server', () =>
      foiDiagnostics(editor.document.uri).some((d) => ruleOf(d) === 'missing-rights'),
    );
  });

  it('FOI: Export reply to Word: writes the draft on the letterhead the settings name', async () => {
    await open(workspaceUri('clean.foi.md'));
    const target = workspaceUri('out', 'clean.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('foiLint.exportDocx', { target: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const bytes = Buffer.from(await vscode.workspace.fs.readFile(target));
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip package');
    // The letterhead's own parts: its page header and footer (file names are stored uncompressed in a zip).
    assert.ok(bytes.includes('word/footer1.xml') && bytes.includes('word/header1.xml'), 'the letterhead header and footer');
  });

  it('FOI: Export reply to Word: a draft with errors is exported only when forced', async () => {
    await open(workspaceUri('reply.foi.md'));
    const target = workspaceUri('out', 'reply.docx');
    assert.equal(await vscode.commands.executeCommand('foiLint.exportDocx', { target: target.toString() }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'nothing written');
    const forced = await vscode.commands.executeCommand<vscode.Uri | undefined>('foiLint.exportDocx', { target: target.toString(), force: true });
    assert.ok(forced && (await vscode.workspace.fs.stat(forced)).size > 2000);
  });

  it('FOI: Show how this draft was read: a read-only reading opens beside the draft', async () => {
    const draft = await open(workspaceUri('reply.foi.md'));
    const reading = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('foiLint.showReading');
    assert.ok(reading, 'the command reports the reading editor');
    assert.equal(reading.document.uri.scheme, 'foi-lint-reading');
    assert.equal(reading.document.uri.query, draft.document.uri.toString());
    assert.notEqual(reading.viewColumn, draft.viewColumn, 'beside the draft');
    const text = reading.document.getText();
    assert.match(text, /^Regime: FOIA/m);
    assert.match(text, /^Questions: \d+$/m);
    assert.match(text, /answered at line \d+/);
    // Read-only: served by a content provider, with no file system behind it to save to.
    assert.notEqual(vscode.workspace.fs.isWritableFileSystem('foi-lint-reading'), true);
  });
});
