import * as path from 'node:path';
import type { Page } from 'playwright-core';

// What a person does in the VS Code workbench, as DOM steps: open a file from the explorer, read the
// Problems panel, use the lightbulb. Selectors are VS Code 1.100's.

export const problemRows = '.markers-panel .monaco-list-row';

/** Open a file of the workspace root by clicking it in the explorer. */
export async function openFromExplorer(page: Page, file: string): Promise<void> {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${path.basename(file)}"]`);
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator(`.tab[aria-label^="${path.basename(file)}"]`).first().waitFor();
}

/** Show the Problems panel (Ctrl+Shift+M toggles it, so only when it is not already open). */
export async function showProblems(page: Page): Promise<void> {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor();
}

/** The Problems panel's rows (aria labels carry the message, source and position). */
export async function problems(page: Page): Promise<string[]> {
  return page.$$eval(problemRows, (rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
}

/** A problem's own row (level 2, under its file's), not the rows of its related places (level 3). */
export function problemRow(page: Page, text: string) {
  return page.locator(`${problemRows}[aria-level="2"]`).filter({ hasText: text });
}

/** The status bar's problems item, e.g. "Errors: 1, Warnings: 0". */
export async function problemsStatus(page: Page): Promise<string> {
  return (await page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
}
