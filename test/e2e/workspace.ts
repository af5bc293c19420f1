import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Workspaces the real-editor tests open: copies of a published reply letter with the "Your rights"
// section taken out, so the one finding every editor must show (and fix) is known.

export const repoRoot = path.resolve(__dirname, '../../..');
export const LETTER = 'barnet-6565528-ai-recruitment.md';
/** A placeholder pattern only the workspace's .foi.yaml knows: reported only where the workspace is trusted. */
export const CUSTOM_PLACEHOLDER = 'LEGAL-CHECK-42';
export const customSchema = `# A pattern of the authority's own: run only in trusted workspaces.\nplaceholders:\n  - "LEGAL-CHECK-\\\\d+"\n`;

/** The published letters, kept in the repository's examples folder. */
export function examplesDir(): string {
  return path.join(repoRoot, 'examples');
}

/** The letter as published, with its "Your rights" heading and both paragraphs under it removed. */
export function letterWithoutRights(): string {
  const text = fs.readFileSync(path.join(examplesDir(), LETTER), 'utf8');
  const at = text.indexOf('\nYour rights\n');
  if (at < 0) throw new Error(`${LETTER} has no "Your rights" section to remove`);
  return text.slice(0, at + 1);
}

const made: string[] = [];

/** A fresh folder under the system temp folder, removed by removeTempDirs(). */
export function tempDir(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `foi-lint-${prefix}-`)));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

function write(dir: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

/** One draft: the letter without "Your rights", as `<name>.foi.md`. For the workbench test. */
export function singleDraftWorkspace(): { dir: string; draft: string } {
  // A plain folder name: it shows in the explorer of the screenshots.
  const dir = path.join(tempDir('ws'), 'foi-replies');
  fs.mkdirSync(dir);
  const draft = LETTER.replace(/\.md$/, '.foi.md');
  write(dir, draft, letterWithoutRights());
  return { dir, draft: path.join(dir, draft) };
}

/**
 * The extension suite's workspace (client/src/test) and the Restricted Mode test's:
 *   reply.foi.md     the letter without "Your rights", with the custom placeholder in its header
 *   drafts/reply.md  the same as plain Markdown: a draft through the `foiLint.drafts.globs` setting
 *   drafts/reply.html  the same as a web page, a draft through the same setting
 *   clean.foi.md     the letter as published: nothing to fix, ready to export to Word
 *   letterhead.docx  the authority's letterhead (saved by LibreOffice), named in `foiLint.export.template`
 *   notes.md         Markdown that is not a draft: a request to start a new reply from
 *   .foi.yaml        a custom placeholder pattern
 */
export function suiteWorkspace(): string {
  const dir = tempDir('suite');
  const letter = letterWithoutRights().replace('Our ref: 6565528\n', `Our ref: 6565528\nFile: ${CUSTOM_PLACEHOLDER}\n`);
  if (!letter.includes(CUSTOM_PLACEHOLDER)) throw new Error(`${LETTER}: "Our ref" line not found`);
  write(dir, 'reply.foi.md', letter);
  write(dir, 'drafts/reply.md', letterWithoutRights());
  write(dir, 'drafts/reply.html', `<!DOCTYPE html>\n<html><body>\n${letterWithoutRights().split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>\n')}</p>`).join('\n')}\n</body></html>\n`);
  write(dir, 'clean.foi.md', fs.readFileSync(path.join(examplesDir(), LETTER), 'utf8'));
  fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'docx', 'letterhead.docx'), path.join(dir, 'letterhead.docx'));
  write(
    dir,
    'notes.md',
    '# Requests to answer\n\nDear Council,\n\n1. How many libraries does the council run?\n2. How many of them opened on Sundays in 2024?\n\nYours faithfully,\nA. Requester\n',
  );
  write(dir, '.foi.yaml', customSchema);
  write(
    dir,
    '.vscode/settings.json',
    JSON.stringify({ 'foiLint.drafts.globs': ['drafts/*.md', 'drafts/*.html'], 'foiLint.export.template': 'letterhead.docx' }, null, 2),
  );
  return dir;
}
