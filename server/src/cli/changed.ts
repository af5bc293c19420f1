import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';

// --changed-since <ref>: which drafts, and which of their lines, changed since a git revision, so a
// team adopting foi-lint on an old folder of replies sees only what it touches. Compared with the
// merge base of the ref and HEAD (what a pull request changes, even when the ref has moved on since)
// and with the working tree, so uncommitted edits and new, untracked drafts count as changed.

export interface ChangedLines {
  /** Lines (1-based) changed in a file, by real absolute path; 'all' for a file git does not track. */
  lines(file: string): ReadonlySet<number> | 'all' | undefined;
}

export function changedSince(ref: string, cwd: string): ChangedLines {
  const top = git(['rev-parse', '--show-toplevel'], cwd, () => `--changed-since needs a git repository: ${cwd} is not in one`);
  const root = realpath(top.trim());
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root, () =>
    `--changed-since ${ref}: no such commit, branch or tag here (in CI, fetch it first, e.g. git fetch origin ${ref.replace(/^origin\//, '')})`,
  );
  // A shallow clone may not reach the merge base: then compare with the ref itself.
  const base = tryGit(['merge-base', ref, 'HEAD'], root)?.trim() || ref;
  const diff = git(['diff', '--no-color', '--no-ext-diff', '--find-renames', '--unified=0', '--diff-filter=AMR', base, '--'], root, () => `--changed-since ${ref}: git diff failed`);
  const byFile = parseUnifiedDiff(diff);
  const changed = new Map<string, Set<number> | 'all'>();
  for (const [file, lines] of byFile) changed.set(path.join(root, file), lines);
  const untracked = tryGit(['ls-files', '--others', '--exclude-standard', '-z'], root) ?? '';
  for (const file of untracked.split('\0')) if (file) changed.set(path.join(root, file), 'all');
  return { lines: (file) => changed.get(realpath(file)) };
}

/**
 * The new-side lines each file's hunks touch, from `git diff --unified=0`. A pure deletion touches the
 * lines either side of it, where a finding about what was removed (a missing section) is reported.
 */
export function parseUnifiedDiff(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      current = name === '/dev/null' ? undefined : new Set<number>();
      if (current) files.set(unquote(name).replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || !current) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    if (count === 0) {
      current.add(Math.max(start, 1));
      current.add(start + 1);
    }
    for (let n = start; n < start + count; n++) current.add(n);
  }
  return files;
}

/** git quotes paths with unusual characters as C strings ("b/caf\303\251.md"). */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function git(args: string[], cwd: string, failure: () => string): string {
  const out = tryGit(args, cwd);
  if (out === undefined) throw new UsageError(failure());
  return out;
}

function tryGit(args: string[], cwd: string): string | undefined {
  const result = spawnSync('git', ['-c', 'core.quotePath=true', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--changed-since needs git, and git is not installed');
    return undefined;
  }
  return result.status === 0 ? result.stdout : undefined;
}

function realpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
