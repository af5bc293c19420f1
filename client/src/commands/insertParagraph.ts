import * as vscode from 'vscode';
import type { FoiServer } from '../languageServer';
import { paragraphsRequest, type ParagraphInfo } from 'foi-lint-protocol';
import { toSnippet } from '../snippetText';

/** Blank lines around the paragraph unless the cursor already sits between paragraphs. */
function asBlock(editor: vscode.TextEditor, text: string): string {
  const { active } = editor.selection;
  const line = editor.document.lineAt(active.line).text;
  const before = line.slice(0, active.character).trim() ? '\n\n' : '';
  const after = line.slice(active.character).trim() ? '\n\n' : '';
  return before + text + after;
}

/**
 * "FOI: Insert standard paragraph": a quick pick of the standard paragraphs of the schema in effect
 * for the active document, inserted at the cursor with each [blank] as a tab stop. `paragraphId`
 * skips the quick pick (keybindings, tests).
 */
export async function insertParagraph(server: FoiServer, paragraphId?: unknown): Promise<ParagraphInfo | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('foi-lint: open a reply draft and place the cursor where the paragraph goes.');
    return undefined;
  }
  const paragraphs = await server.sendRequest<ParagraphInfo[]>(paragraphsRequest, { uri: editor.document.uri.toString() });
  let chosen: ParagraphInfo | undefined;
  if (typeof paragraphId === 'string') {
    chosen = paragraphs.find((p) => p.id === paragraphId);
    if (!chosen) {
      void vscode.window.showErrorMessage(
        `foi-lint: there is no standard paragraph "${paragraphId}" for this draft. Known: ${paragraphs.map((p) => p.id).join(', ')}.`,
      );
      return undefined;
    }
  } else {
    const picked = await vscode.window.showQuickPick(
      paragraphs.map((p) => ({ label: p.title, description: p.id, detail: p.description, paragraph: p })),
      { placeHolder: 'Insert a standard paragraph', matchOnDescription: true, matchOnDetail: true },
    );
    chosen = picked?.paragraph;
  }
  if (!chosen) return undefined;
  await editor.insertSnippet(new vscode.SnippetString(toSnippet(asBlock(editor, chosen.text))));
  return chosen;
}
