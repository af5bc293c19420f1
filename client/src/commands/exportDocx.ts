import * as path from 'node:path';
import * as vscode from 'vscode';
import { isDraft } from '../documents';
import type { FoiServer } from '../languageServer';
import { exportDocxRequest, type ExportDocxParams, type ExportDocxResult } from 'foi-lint-protocol';

/** For tests and other extensions: where to write, and whether to export a draft with errors, without asking. */
export interface ExportDocxArgs {
  target?: string;
  force?: boolean;
}

/** `foiLint.export.template`, as a path the server can read: relative to the draft's workspace folder. */
function templatePath(document: vscode.TextDocument): string | undefined {
  const setting = vscode.workspace.getConfiguration('foiLint', document.uri).get<string>('export.template', '').trim();
  if (!setting) return undefined;
  if (path.isAbsolute(setting)) return setting;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? path.join(folder.uri.fsPath, setting) : undefined;
}

/**
 * "FOI: Export reply to Word": the active draft as a .docx, on the authority's letterhead when the
 * `foiLint.export.template` setting names one. A draft with errors is exported only when the user
 * says so (or `force` is given); the server builds the document, the extension saves it.
 */
export async function exportDocx(server: FoiServer, args?: unknown): Promise<vscode.Uri | undefined> {
  const given = (typeof args === 'object' && args !== null ? args : {}) as ExportDocxArgs;
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isDraft(document)) {
    void vscode.window.showWarningMessage('foi-lint: open a reply draft (a *.foi.md file), then run "FOI: Export reply to Word" again.');
    return undefined;
  }
  const params: ExportDocxParams = { uri: document.uri.toString(), force: given.force === true, template: templatePath(document) };
  let result: ExportDocxResult;
  try {
    result = await server.sendRequest<ExportDocxResult>(exportDocxRequest, params);
    if (!result.docx) {
      const n = result.errors.length;
      const first = result.errors[0];
      const message = `foi-lint: the reply has ${n} ${n === 1 ? 'error' : 'errors'} to fix before it is sent (line ${first?.line}: ${first?.message}).`;
      // Called with arguments (a test, another extension): say so, do not ask.
      const choice = given.target !== undefined ? undefined : await vscode.window.showWarningMessage(message, 'Export anyway', 'Show problems');
      if (given.target !== undefined) void vscode.window.showWarningMessage(`${message} Not exported.`);
      if (choice === 'Show problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
      if (choice !== 'Export anyway') return undefined;
      result = await server.sendRequest<ExportDocxResult>(exportDocxRequest, { ...params, force: true });
    }
  } catch (error) {
    void vscode.window.showErrorMessage(`foi-lint: not exported: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const suggested = document.isUntitled ? undefined : document.uri.with({ path: document.uri.path.replace(/(\.foi)?\.md$/i, '') + '.docx' });
  const target =
    given.target !== undefined
      ? vscode.Uri.parse(given.target)
      : await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { 'Word document': ['docx'] }, saveLabel: 'Export' });
  if (!target || !result.docx) return undefined;
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.docx, 'base64'));
  vscode.window.setStatusBarMessage(`foi-lint: exported ${path.basename(target.path)}`, 5000);
  return target;
}
