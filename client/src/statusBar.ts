import * as vscode from 'vscode';
import { isDraft } from './documents';
import type { FoiServer } from './languageServer';
import { statusRequest, type DraftStatus } from 'foi-lint-protocol';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020-10-06" -> "6 Oct 2020"; anything else is shown as the server sent it. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

/** The status bar text and tooltip for a draft's status. */
export function describeStatus(status: DraftStatus): { text: string; tooltip: string } {
  const parts: string[] = [];
  const tips: string[] = [];
  if (status.questions === 0) {
    parts.push('$(question) no questions found');
    tips.push('No numbered questions were found in the quoted request.');
  } else if (status.unanswered === 0) {
    parts.push(`$(pass) ${status.questions}/${status.questions} answered`);
    tips.push(`All ${status.questions} questions are answered.`);
  } else {
    parts.push(`$(warning) ${status.unanswered} unanswered`);
    tips.push(`${status.unanswered} of ${status.questions} questions have no answer yet.`);
  }
  if (status.deadline) {
    parts.push(`due ${formatDate(status.deadline)}`);
    tips.push(`Statutory deadline: ${formatDate(status.deadline)}.`);
  }
  if (status.workingDaysUsed !== undefined) tips.push(`The letter is dated working day ${status.workingDaysUsed} after receipt.`);
  tips.push('Click to open the Problems panel.');
  return { text: `FOI: ${parts.join(' · ')}`, tooltip: tips.join('\n') };
}

/** Unanswered questions and the deadline of the draft in the active editor. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('foiLint.status', vscode.StatusBarAlignment.Left, 10);
  private readonly known = new Map<string, DraftStatus>();
  private readonly disposables: vscode.Disposable[] = [];
  private visible = false;

  constructor(private readonly server: FoiServer) {
    this.item.name = 'foi-lint draft status';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      server.onStatus(({ uri, ...status }) => {
        this.known.set(uri, status);
        if (uri === vscode.window.activeTextEditor?.document.uri.toString()) this.show(status);
      }),
      server.onDidStart(() => void this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this.known.delete(d.uri.toString())),
    );
    void this.refresh();
  }

  /** What the item shows now (tests read it; the item itself cannot be inspected through the API). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** Show the active draft's status: the last notification if any, else ask the server. */
  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isDraft(document)) {
      this.hide();
      return;
    }
    const uri = document.uri.toString();
    const known = this.known.get(uri);
    if (known) {
      this.show(known);
      return;
    }
    if (!this.server.running) return;
    try {
      const status = await this.server.sendRequest<DraftStatus | null>(statusRequest, { uri });
      // The editor may have changed while the server answered.
      if (status && vscode.window.activeTextEditor?.document.uri.toString() === uri) {
        this.known.set(uri, status);
        this.show(status);
      }
    } catch {
      // The server reports its own failures in the output channel; the item just stays as it was.
    }
  }

  private show(status: DraftStatus): void {
    const { text, tooltip } = describeStatus(status);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
