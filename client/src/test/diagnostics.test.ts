import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, foiDiagnostics, open, ruleOf, waitFor, workspaceUri } from './helpers';

// The language server's findings reach VS Code's diagnostics, and its quick fix repairs the draft.

describe('diagnostics and quick fixes in VS Code', () => {
  const reply = () => workspaceUri('reply.foi.md');
  afterEach(closeAll);

  it('activates for a *.foi.md file and reports the missing "Your rights" section', async () => {
    const editor = await open(reply());
    assert.equal(editor.document.languageId, 'foi-response');
    const { activationMs, server } = await api();
    const missing = await waitFor('a missing-rights diagnostic', () =>
      foiDiagnostics(reply()).find((d) => ruleOf(d) === 'missing-rights'),
    );
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    assert.match(missing.message, /Your rights/);
    // Read by test/e2e/extensionSuite.e2e.ts for the report.
    console.log(`foi-lint timing: activate ${activationMs} ms, server start ${server.lastStartMs} ms`);
  });

  it('runs the trusted workspace\'s own .foi.yaml pattern', async () => {
    await open(reply());
    const custom = await waitFor('the custom placeholder finding', () =>
      foiDiagnostics(reply()).find((d) => ruleOf(d) === 'placeholder' && d.message.includes('LEGAL-CHECK-42')),
    );
    assert.equal(custom.range.start.line, 6, 'on the "File:" line of the header');
  });

  it('applies the "Insert the standard Your rights paragraph" quick fix', async () => {
    const editor = await open(reply());
    const missing = await waitFor('a missing-rights diagnostic', () =>
      foiDiagnostics(reply()).find((d) => ruleOf(d) === 'missing-rights'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      reply(),
      missing.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => /Your rights/.test(a.title) && a.isPreferred);
    assert.ok(fix?.edit, `a preferred quick fix for the rights section among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor('the missing-rights diagnostic to go', () => !foiDiagnostics(reply()).some((d) => ruleOf(d) === 'missing-rights'));
    const text = editor.document.getText();
    assert.match(text, /Your rights/);
    assert.match(text, /Information Commissioner/);
    assert.match(text, /40 working days/);
  });

  it('takes foiLint.rules from the settings', async () => {
    const config = vscode.workspace.getConfiguration('foiLint');
    await open(reply());
    await waitFor('a missing-rights diagnostic', () => foiDiagnostics(reply()).some((d) => ruleOf(d) === 'missing-rights'));
    await config.update('rules', { 'missing-rights': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('missing-rights to be off', () => !foiDiagnostics(reply()).some((d) => ruleOf(d) === 'missing-rights'));
      assert.ok(foiDiagnostics(reply()).some((d) => ruleOf(d) === 'placeholder'), 'other rules still run');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('missing-rights back', () => foiDiagnostics(reply()).some((d) => ruleOf(d) === 'missing-rights'));
  });

  it('shows the draft\'s questions in the status bar', async () => {
    const { status } = await api();
    await open(reply());
    const text = await waitFor('the status bar item', () => status.text);
    // The published letter answers its questions (the "If yes" parts no longer apply).
    assert.match(text, /^FOI: \$\(pass\) \d+\/\d+ answered/);
    assert.match(text, /due 6 Oct 2020/, 'deadline: 20 working days after 8 September 2020');
  });
});
