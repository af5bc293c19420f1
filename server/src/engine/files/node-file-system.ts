import * as fs from 'node:fs';
import { MAX_SCHEMA_BYTES, tooLarge } from '../schema/limits';
import { NoSuchFile, type FileSystem } from './file-system';

// The default file system: the local disk. The only engine module that imports node:fs.

export const nodeFileSystem: FileSystem = {
  readFile(file) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (error) {
      throw readError(file, error);
    }
    // A device or pipe (`extends: /dev/zero`, a FIFO) would be read forever: a repository's file must not freeze the server.
    if (stat.isDirectory()) throw new Error('it is a folder, not a file');
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > MAX_SCHEMA_BYTES) throw new Error(tooLarge(stat.size));
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw readError(file, error);
    }
  },
  isFile: (file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false,
  stamp(file) {
    // Modification time and size: enough to notice an edit, a new file or a deletion.
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? `${stat.mtimeMs}:${stat.size}` : 'missing';
  },
};

function readError(file: string, error: unknown): Error {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new NoSuchFile(file);
    case 'EACCES':
    case 'EPERM':
      return new Error('permission denied');
    case 'EISDIR':
      return new Error('it is a folder, not a file');
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
