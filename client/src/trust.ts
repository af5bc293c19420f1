import * as vscode from 'vscode';
import type { FoiServer } from './languageServer';

const noticeKey = 'foiLint.restrictedModeNoticeShown';

/**
 * Restricted Mode: the server gets `trusted: false` and so uses no patterns from the workspace's
 * .foi.yaml (regular expressions from an unknown repository are code we would run). Say so once per
 * workspace, and only when there is such a file; when the user grants trust, the server re-reads its
 * settings and checks drafts again with the full schema.
 */
export function watchWorkspaceTrust(context: vscode.ExtensionContext, server: FoiServer): vscode.Disposable {
  if (!vscode.workspace.isTrusted) void explainRestrictedMode(context);
  return vscode.workspace.onDidGrantWorkspaceTrust(() => void server.trustChanged());
}

async function explainRestrictedMode(context: vscode.ExtensionContext): Promise<void> {
  if (context.workspaceState.get<boolean>(noticeKey)) return;
  const schemas = await vscode.workspace.findFiles('**/{.foi.yaml,.foi.yml,*.foi.yaml,*.foi.yml}', '**/node_modules/**', 1);
  if (schemas.length === 0) return;
  await context.workspaceState.update(noticeKey, true);
  const manage = 'Manage Workspace Trust';
  const choice = await vscode.window.showInformationMessage(
    'foi-lint: patterns from .foi.yaml are off until you trust this workspace. The built-in FOI checks still run.',
    manage,
  );
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
}
