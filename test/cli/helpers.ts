import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Shared by the CLI tests: the built CLI run as a child process, the reference letters, temp folders.

/** The repository root (tests run from test/out/cli). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cliPath = path.join(repoRoot, 'server', 'out', 'cli.js');
/** The two published reference letters, kept in the repository. */
export const examplesDir = path.join(repoRoot, 'examples');
export const aiExample = path.join(examplesDir, 'barnet-6565528-ai-recruitment.md');
export const facialExample = path.join(examplesDir, 'barnet-6063588-facial-recognition.md');
/** The template's either/or sentence both letters keep ("it is attached/ the answers ... are below"), as info. */
export const TEMPLATE_CHOICE = 'it is attached/ the answers to your questions are below';

/** The AI recruitment letter with its template choice resolved: a draft with no findings at all. */
export function cleanAiText(): string {
  const text = fs.readFileSync(aiExample, 'utf8');
  if (!text.includes(TEMPLATE_CHOICE)) throw new Error('the AI recruitment letter no longer has its template choice');
  return text.replace(TEMPLATE_CHOICE, 'the answers to your questions are below');
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(args: readonly string[], options: SpawnSyncOptions & { cwd: string; nodeArgs?: string[] }): CliRun {
  const started = Date.now();
  const { nodeArgs = [], ...spawnOptions } = options;
  const result = spawnSync(process.execPath, [...nodeArgs, cliPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
    ...spawnOptions,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr), ms: Date.now() - started };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `foi-lint-${prefix}-`));
}

export function removeDir(dir: string): void {
  // Folders made read-only by a test must be writable again to be removed.
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: false }) as string[]) {
    try {
      const p = path.join(dir, entry);
      if (!fs.lstatSync(p).isSymbolicLink()) fs.chmodSync(p, 0o755);
    } catch {
      // Already gone.
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A reference letter without its "Your rights" section (the heading and every line after it). */
export function withoutRights(text: string): string {
  const lines = text.split(/(?<=\n)/);
  const at = lines.findIndex((l) => l.replace(/[#*]/g, '').trim().toLowerCase() === 'your rights');
  if (at === -1) throw new Error('the letter has no "Your rights" heading line');
  return lines.slice(0, at).join('').replace(/(\r?\n)+$/, '$1');
}

export interface JsonReport {
  file: string;
  regime: string | null;
  regimeSource: string | null;
  regimeStated: boolean;
  sections: string[];
  dates: { received: string | null; sent: string | null };
  questions: { number: string; text: string; line: number; status: string; parent: string | null; answerLine: number | null }[];
  findings: {
    ruleId: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fixable: boolean;
    paragraph?: { number: number; text: string; part?: string };
  }[];
  error?: string;
  format?: string;
  [key: string]: unknown;
}

export function parseJsonReport(stdout: string): JsonReport[] {
  const parsed: unknown = JSON.parse(stdout);
  if (!Array.isArray(parsed)) throw new Error(`--format json did not print an array: ${stdout.slice(0, 200)}`);
  return parsed as JsonReport[];
}
