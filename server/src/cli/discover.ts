import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export interface DraftFile {
  /** Absolute path, as found (a symlink stays a symlink: fixes write through it). */
  path: string;
  /** For output: relative to the current folder, or absolute when outside it. */
  display: string;
}

/** An argument that named nothing: reported, exit 2, the other files still checked. */
export interface DiscoveryProblem {
  display: string;
  message: string;
}

/**
 * Folders are searched for Markdown and Word drafts; dependencies and hidden folders are not drafts,
 * nor the owner files (~$reply.docx) Word keeps beside an open document.
 */
const folderGlob = '**/*.{md,docx}';
const folderIgnore = ['**/node_modules/**', '**/~$*'];

/** A file found. The name shown is worked out when asked for: most files are shown once, if at all. */
class FoundFile implements DraftFile {
  constructor(
    readonly path: string,
    private readonly cwd: string,
  ) {}

  get display(): string {
    return displayPath(this.path, this.cwd);
  }
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/**
 * Expand the command line's files, folders and globs into draft files, in a stable order:
 * arguments in the order given, each folder's or glob's matches sorted. A file reached twice
 * (named twice, or through a symlinked folder) is checked once. Yielded as found, one argument at a
 * time, so a run over many folders does not hold the list of every draft.
 */
export function* discoverFiles(patterns: readonly string[], cwd: string): Generator<DraftFile | DiscoveryProblem> {
  const seen = new Set<string>();
  const isNew = (absolute: string): boolean => {
    let key = absolute;
    try {
      const real = fs.realpathSync(absolute);
      // The same text as the path (no link on the way): keep one string, not two equal ones.
      if (real !== absolute) key = real;
    } catch {
      // A broken link or a file that vanished: keep it, read.ts reports it by name.
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  function* found(matches: string[]): Generator<DraftFile> {
    for (const match of matches.sort()) {
      const absolute = path.normalize(match);
      if (isNew(absolute)) yield new FoundFile(absolute, cwd);
    }
  }

  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        yield { display: pattern, message: describeFsError(error) };
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const matches = globSync([folderGlob], { cwd: absolute, ignore: folderIgnore, dot: false, absolute: true });
      if (matches.length === 0) yield { display: pattern, message: 'no .md or .docx files in this folder' };
      yield* found(matches);
    } else if (stat) {
      if (isNew(absolute)) yield new FoundFile(absolute, cwd);
    } else if (isDynamicPattern(pattern)) {
      const matches = globSync([pattern], { cwd, ignore: folderIgnore, dot: false, absolute: true, onlyFiles: true });
      if (matches.length === 0) yield { display: pattern, message: 'no files match this pattern' };
      yield* found(matches);
    } else {
      yield { display: pattern, message: 'no such file or folder' };
    }
  }
}

export function isDraftFile(x: DraftFile | DiscoveryProblem): x is DraftFile {
  return 'path' in x;
}

/** A file-system error as a short reason, without Node's "ENOENT: ..., open '/abs/path'" noise. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return code ? `${code}: ${message.replace(/^[A-Z]+: /, '')}` : message;
    }
  }
}
