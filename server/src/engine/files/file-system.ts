// How the engine reads settings files: through this interface only, so that each front end decides
// where files come from (the CLI: the disk; the language server: open editors first, then the disk or
// the editor's own workspace). The engine never touches the disk itself.

export interface FileSystem {
  /** A file's text. Throws an Error whose message says why it cannot be read ("no such file"). */
  readFile(file: string): string;
  /** Whether a regular file is there: how the `.foi.yaml` above a draft is found. */
  isFile(file: string): boolean;
  /**
   * A value that changes when the file does ("missing" when there is none), so cached settings can be
   * checked before each use. Without it, cached settings are kept until `watch` reports a change.
   */
  stamp?(file: string): string;
  /** Calls `listener` with the files that changed, until disposed: cached settings read from them are dropped. */
  watch?(listener: (files: readonly string[]) => void): { dispose(): void };
}

/** Errors a FileSystem throws for a file that is not there, so callers can tell it from an unreadable one. */
export class NoSuchFile extends Error {
  constructor(readonly file: string) {
    super('no such file');
  }
}
