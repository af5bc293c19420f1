import * as vscode from 'vscode';
import { draftLanguage } from '../documents';

// "FOI: Open an example reply" (the walkthrough's first step): a published reply, shipped with the
// extension, opened as a new unsaved draft with its "Your rights" section taken out, so there is a
// finding to see, hover and fix without touching any real file.

export const exampleLetter = 'examples/barnet-6565528-ai-recruitment.md';

export async function openExample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, exampleLetter));
  const letter = new TextDecoder().decode(bytes);
  const rights = letter.search(/^Your rights$/m);
  const content = rights > 0 ? letter.slice(0, rights) : letter;
  const document = await vscode.workspace.openTextDocument({ language: draftLanguage, content });
  return vscode.window.showTextDocument(document);
}
