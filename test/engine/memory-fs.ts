import * as path from 'node:path';
import { NoSuchFile, type FileSystem } from '../../server/src/engine/files/file-system';

/** A file system in memory: what a front end would inject, with a watcher it fires on `write`. */
export class MemoryFs implements FileSystem {
  readonly files = new Map<string, string>();
  readonly reads: string[] = [];
  private readonly listeners = new Set<(files: readonly string[]) => void>();

  constructor(files: Record<string, string> = {}) {
    for (const [file, text] of Object.entries(files)) this.files.set(path.resolve(file), text);
  }

  readFile(file: string): string {
    this.reads.push(file);
    const text = this.files.get(file);
    if (text === undefined) throw new NoSuchFile(file);
    return text;
  }

  isFile(file: string): boolean {
    return this.files.has(file);
  }

  watch(listener: (files: readonly string[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Change a file and tell the watchers. */
  write(file: string, text: string): void {
    this.files.set(path.resolve(file), text);
    for (const listener of this.listeners) listener([path.resolve(file)]);
  }
}
