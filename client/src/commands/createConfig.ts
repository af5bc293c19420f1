import * as vscode from 'vscode';
import type { FoiServer } from '../languageServer';
import { starterConfigRequest, type StarterConfigResult } from 'foi-lint-protocol';

/** What tests and the walkthrough may pass instead of answering the questions. */
interface CreateConfigArgs {
  regime?: string;
  authority?: string;
  /** The folder to write in: a path or a URI string. */
  folder?: string;
}

/**
 * "FOI: Create .foi.yaml": asks for the regime and the authority's name and writes the commented
 * starter file (the one `foi-lint init` writes) in the active draft's folder, or the workspace folder.
 * An existing file is opened, never replaced. Resolves to the file's URI, or undefined when cancelled.
 */
export async function createConfig(server: FoiServer, args?: unknown): Promise<vscode.Uri | undefined> {
  const given: CreateConfigArgs = typeof args === 'object' && args !== null ? (args as CreateConfigArgs) : {};
  const folder = await targetFolder(given.folder);
  if (!folder) {
    void vscode.window.showErrorMessage('foi-lint: open the folder that holds your reply drafts first, then create its .foi.yaml.');
    return undefined;
  }
  for (const name of ['.foi.yaml', '.foi.yml']) {
    const existing = vscode.Uri.joinPath(folder, name);
    if (await exists(existing)) {
      await vscode.window.showTextDocument(existing);
      void vscode.window.showInformationMessage(`foi-lint: ${name} already exists here; it is open for editing.`);
      return existing;
    }
  }
  const choices = await server.sendRequest<StarterConfigResult>(starterConfigRequest, {});
  let regime = given.regime;
  if (regime === undefined) {
    const picked = await vscode.window.showQuickPick(
      choices.regimes.map((r) => ({ label: r.id, detail: r.label })),
      { placeHolder: 'Which law are most replies handled under?', ignoreFocusOut: true },
    );
    if (!picked) return undefined;
    regime = picked.label;
  }
  const authority =
    given.authority ??
    (await vscode.window.showInputBox({
      prompt: "The authority's name, as replies give it",
      value: choices.defaultAuthority,
      ignoreFocusOut: true,
    }));
  if (authority === undefined) return undefined;
  const { text } = await server.sendRequest<StarterConfigResult>(starterConfigRequest, { regime, authority });
  const file = vscode.Uri.joinPath(folder, '.foi.yaml');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(file);
  return file;
}

async function targetFolder(given: string | undefined): Promise<vscode.Uri | undefined> {
  if (given) return /^[a-z][\w+.-]*:/i.test(given) && !/^[a-z]:[\\/]/i.test(given) ? vscode.Uri.parse(given) : vscode.Uri.file(given);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file' && vscode.workspace.getWorkspaceFolder(active)) return vscode.Uri.joinPath(active, '..');
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create .foi.yaml in which folder?' }))?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
