import * as vscode from 'vscode';
import type { FoiServer } from '../languageServer';

/** "FOI: Restart server": a new server process, which reads settings and schemas afresh. */
export async function restartServer(server: FoiServer): Promise<void> {
  await server.restart();
  vscode.window.setStatusBarMessage('foi-lint: server restarted', 3000);
}
