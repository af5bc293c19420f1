import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, extensionId, foiDiagnostics, ruleOf, waitFor, workspaceUri } from './helpers';

// What a new user meets first: the editor settings for drafts and the walkthrough's commands (an
// example to look at, a .foi.yaml to create). Typing a snippet prefix is tested with real keystrokes
// in test/e2e/quickFix.e2e.ts: the `type` command does not open suggestions the way keys do.

describe('first run', () => {
  afterEach(closeAll);

  it('wraps long lines and suggests as you type in drafts', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'foi-response' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.deepEqual(editor.get('quickSuggestions'), { other: 'on', comments: 'off', strings: 'off' });
  });

  it('FOI: Open an example reply: an unsaved draft with the missing section placed where it belongs', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('foiLint.openExample');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'foi-response');
    const rights = await waitFor('the missing-rights diagnostic', () => foiDiagnostics(editor.document.uri).find((d) => ruleOf(d) === 'missing-rights'));
    // Below the last section, with the heading it follows as related information.
    const related = rights.relatedInformation?.[0];
    assert.ok(related, 'related information');
    assert.ok(rights.range.start.line > related.location.range.start.line);
    assert.match(editor.document.lineAt(related.location.range.start.line).text, /Direct Marketing/);
  });

  it('FOI: Create .foi.yaml: writes the starter file, and never replaces one', async () => {
    const folder = workspaceUri('new-team');
    const file = await vscode.commands.executeCommand<vscode.Uri>('foiLint.createConfig', { folder: folder.toString(), regime: 'eir', authority: 'Riverside District Council' });
    assert.equal(file?.toString(), vscode.Uri.joinPath(folder, '.foi.yaml').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    assert.match(text, /^extends: eir$/m);
    assert.match(text, /^ {2}name: "Riverside District Council"$/m);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), file.toString(), 'opened for editing');

    const root = workspaceUri('.foi.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(root));
    const existing = await vscode.commands.executeCommand<vscode.Uri>('foiLint.createConfig', { folder: workspaceUri().toString(), regime: 'foia', authority: 'X' });
    assert.equal(existing?.toString(), root.toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(root)), before, 'unchanged');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it("the walkthrough's steps run commands the extension has", async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    const walkthroughs = (extension?.packageJSON as { contributes: { walkthroughs: { steps: { description: string }[] }[] } }).contributes.walkthroughs;
    assert.equal(walkthroughs.length, 1);
    const commands = new Set(await vscode.commands.getCommands(true));
    const linked = walkthroughs[0].steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]));
    assert.equal(linked.length, walkthroughs[0].steps.length);
    for (const id of linked) assert.ok(commands.has(id), `command ${id}`);
  });
});
