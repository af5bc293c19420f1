import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FoiLintApi } from '../extension';

export const extensionId = 'foi-lint.foi-lint';

/** The prepared workspace folder (see test/e2e/workspace.ts). */
export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the prepared workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function api(): Promise<FoiLintApi> {
  const extension = vscode.extensions.getExtension<FoiLintApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is installed`);
  return extension.activate();
}

/** Poll until `probe` returns a value (not undefined/false), or fail with `what` after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function foiDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'foi-lint');
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Close every editor without saving, so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.isDirty) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
