import * as vscode from 'vscode';
import type { FoiServer } from '../languageServer';
import { explainRequest, type Explanation } from 'foi-lint-protocol';

// "FOI: Show how this draft was read": the reading every check relies on, as a read-only document
// beside the draft, so a misreading is seen in seconds. The text comes from the server, the same as
// `foi-lint --explain` prints.

export const READING_SCHEME = 'foi-lint-reading';

/** Serves the reading documents: their URI carries the draft's URI in its query. */
export class ReadingProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: FoiServer) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const draft = uri.query;
    const result = await this.server.sendRequest<Explanation | null>(explainRequest, { uri: draft });
    return result?.text ?? `${vscode.Uri.parse(draft).fsPath} is not checked as an FOI reply draft.\n`;
  }

  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The reading document's URI for a draft. */
export function readingUri(draft: vscode.Uri): vscode.Uri {
  const name = draft.path.split('/').pop() || 'draft';
  return vscode.Uri.from({ scheme: READING_SCHEME, path: `/${name} (how it was read)`, query: draft.toString() });
}

/** Open the reading of the active draft (or `target`) beside it; returns the reading's editor. */
export async function showReading(provider: ReadingProvider, target?: unknown): Promise<vscode.TextEditor | undefined> {
  const draft = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
  if (!draft) {
    void vscode.window.showInformationMessage('Open a reply draft first, then run "FOI: Show how this draft was read".');
    return undefined;
  }
  const uri = readingUri(draft);
  provider.refresh(uri);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}
