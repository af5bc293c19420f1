import * as vscode from 'vscode';
import { draftLanguage } from '../documents';
import type { FoiServer } from '../languageServer';
import { newResponseRequest, type NewResponseParams, type NewResponseResult } from 'foi-lint-protocol';

/**
 * The document whose schema the new draft follows: the active file, or else a name in the first
 * workspace folder (so the nearest .foi.yaml applies). Unsaved buffers have no folder to look in.
 */
function schemaScope(editor: vscode.TextEditor | undefined): string | undefined {
  if (editor && editor.document.uri.scheme !== 'untitled') return editor.document.uri.toString();
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, 'new-response.foi.md').toString() : undefined;
}

/**
 * "FOI: New response from request": the selected text, or the clipboard when nothing is selected, is
 * the pasted request; the server turns it into a new untitled reply draft. `requestText` lets other
 * extensions and tests pass the request directly.
 */
export async function newResponse(server: FoiServer, requestText?: unknown): Promise<vscode.TextEditor | undefined> {
  const editor = vscode.window.activeTextEditor;
  let text = typeof requestText === 'string' ? requestText : '';
  if (!text.trim() && editor && !editor.selection.isEmpty) text = editor.document.getText(editor.selection);
  if (!text.trim()) text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showWarningMessage(
      'foi-lint: select the text of the request (or copy it to the clipboard), then run "FOI: New response from request" again.',
    );
    return undefined;
  }
  const params: NewResponseParams = { requestText: text, uri: schemaScope(editor) };
  const result = await server.sendRequest<NewResponseResult>(newResponseRequest, params);
  const document = await vscode.workspace.openTextDocument({ language: draftLanguage, content: result.text });
  return vscode.window.showTextDocument(document);
}
