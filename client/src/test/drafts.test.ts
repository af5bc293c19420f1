import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, foiDiagnostics, open, ruleOf, waitFor, workspaceUri } from './helpers';

// `foiLint.drafts.globs`: Markdown files matching a glob are drafts; others are left alone.

describe('foiLint.drafts.globs', () => {
  const config = () => vscode.workspace.getConfiguration('foiLint');
  after(async () => {
    await config().update('drafts.globs', ['drafts/*.md', 'drafts/*.html'], vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('checks a Markdown file that matches a glob from the workspace settings', async () => {
    const editor = await open(workspaceUri('drafts', 'reply.md'));
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('a missing-rights diagnostic in drafts/reply.md', () =>
      foiDiagnostics(editor.document.uri).some((d) => ruleOf(d) === 'missing-rights'),
    );
  });

  it('checks a web page that matches a glob, each finding on the line of its paragraph', async () => {
    const editor = await open(workspaceUri('drafts', 'reply.html'));
    assert.equal(editor.document.languageId, 'html');
    const found = await waitFor('a missing-rights diagnostic in drafts/reply.html', () =>
      foiDiagnostics(editor.document.uri).find((d) => ruleOf(d) === 'missing-rights'),
    );
    assert.ok(found.range.start.line < editor.document.lineCount);
  });

  it('leaves other Markdown alone, until the setting names it', async () => {
    const notes = workspaceUri('notes.md');
    await open(notes);
    // A draft opened after it is checked, so the server has had its turn at notes.md by then.
    await open(workspaceUri('reply.foi.md'));
    await waitFor('reply.foi.md diagnostics', () => foiDiagnostics(workspaceUri('reply.foi.md')).length > 0);
    await open(notes);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(foiDiagnostics(notes), [], 'notes.md is not a draft');

    await config().update('drafts.globs', ['drafts/*.md', 'drafts/*.html', 'notes.md'], vscode.ConfigurationTarget.Workspace);
    await waitFor('diagnostics for notes.md once the glob names it', () => foiDiagnostics(notes).length > 0);
  });
});
