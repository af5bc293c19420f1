import { NoSuchFile, nodeFileSystem, type FileSystem } from '../engine';
import { isRemotePath, uriOfPath } from './paths';

// The language server's file reader for settings files: an open editor's text first (so drafts react
// to a .foi.yaml before it is saved), then the local disk, and for a virtual workspace the editor's
// own file system, asked with `foiLint/readFile`. The engine reads synchronously, so files from the
// editor are fetched between readings: a reading notes the ones it missed (fetchMissed) and runs again.

/** Asks the editor for a file: its text, or null when there is none. */
export type FetchFile = (uri: string) => Promise<string | null>;

/** How many times one settings lookup may wait for the editor: the folders above a draft, then each `extends`. */
const MAX_FETCH_ROUNDS = 12;

export class WorkspaceFiles implements FileSystem {
  private readonly open = new Map<string, { text: string; version: number }>();
  /** Files fetched from the editor: their text, or null when there is none. */
  private readonly fetched = new Map<string, string | null>();
  private readonly missed = new Set<string>();
  private readonly listeners = new Set<(files: readonly string[]) => void>();
  private versions = 0;

  constructor(
    private readonly fetchFile: FetchFile,
    private readonly local: FileSystem = nodeFileSystem,
  ) {}

  readFile(file: string): string {
    const open = this.open.get(file);
    if (open) return open.text;
    if (!isRemotePath(file)) return this.local.readFile(file);
    const text = this.remote(file);
    if (text === undefined) throw new Error('not read yet');
    if (text === null) throw new NoSuchFile(file);
    return text;
  }

  isFile(file: string): boolean {
    if (this.open.has(file)) return true;
    if (!isRemotePath(file)) return this.local.isFile(file);
    return typeof this.remote(file) === 'string';
  }

  stamp(file: string): string {
    const open = this.open.get(file);
    if (open) return `open:${open.version}`;
    if (!isRemotePath(file)) return this.local.stamp?.(file) ?? '';
    const text = this.fetched.get(file);
    return text === undefined ? 'unread' : text === null ? 'missing' : `read:${text.length}`;
  }

  watch(listener: (files: readonly string[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** An editor holds the file: its text wins over the disk's. */
  setOpen(file: string, text: string): void {
    this.open.set(file, { text, version: ++this.versions });
    this.changed([file]);
  }

  /** The editor closed the file: back to the disk's version. */
  close(file: string): boolean {
    if (!this.open.delete(file)) return false;
    this.changed([file]);
    return true;
  }

  isOpen(file: string): boolean {
    return this.open.has(file);
  }

  /** Files changed outside the editor (watched-file events): fetched copies are dropped too. */
  changed(files: readonly string[]): void {
    for (const file of files) this.fetched.delete(file);
    for (const listener of this.listeners) listener(files);
  }

  /** Forget every fetched file (settings changed, or the server was told to start afresh). */
  reset(): void {
    this.fetched.clear();
  }

  /**
   * Run a reading until it no longer misses files the editor has: each round fetches what the last
   * one missed. A file the editor cannot give counts as absent.
   */
  async settle<T>(read: () => T): Promise<T> {
    let result = read();
    for (let round = 0; round < MAX_FETCH_ROUNDS && this.missed.size > 0; round++) {
      const wanted = [...this.missed];
      this.missed.clear();
      await Promise.all(
        wanted.map(async (file) => {
          const text = await this.fetchFile(uriOfPath(file)).catch(() => null);
          this.fetched.set(file, text);
        }),
      );
      for (const listener of this.listeners) listener(wanted);
      result = read();
    }
    this.missed.clear();
    return result;
  }

  private remote(file: string): string | null | undefined {
    const text = this.fetched.get(file);
    if (text === undefined) this.missed.add(file);
    return text;
  }
}
