import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { constants } from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from './discover';

/** A fix that was not written; the original file is untouched. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

/**
 * Temporary files a killed run left beside `name` (their process no longer exists). Best effort:
 * they hold no one's work, only a fix that was never renamed into place.
 */
async function removeStaleTemps(folder: string, name: string): Promise<void> {
  const prefix = `.${name}.foi-lint-`;
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(/^(\d+)-[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length))?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    await fs.unlink(path.join(folder, entry)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Replace a file's content atomically: write a temporary file beside it, flush it to disk, give it
 * the original's mode (and owner, where allowed), then rename it over the original. A symlink is
 * written through: its target gets the new content and the link stays a link.
 *
 * `expected` is the content the fix was computed from; if the file no longer holds it (an editor
 * saved it meanwhile) nothing is written, so no one's work is lost.
 */
export async function writeFileAtomic(file: string, content: Buffer, expected: Buffer): Promise<void> {
  let target: string;
  try {
    target = await fs.realpath(file);
  } catch (error) {
    throw new WriteRefused(`cannot resolve the path to write (${describeFsError(error)})`);
  }
  const stat = await fs.stat(target).catch((error: unknown) => {
    throw new WriteRefused(`cannot read the file's permissions (${describeFsError(error)})`);
  });
  const folder = path.dirname(target);
  // Permission bits are checked as well as access(): root may write anything, but a file or folder
  // marked read-only is a choice the user made, and --fix respects it.
  if ((stat.mode & 0o222) === 0 || !(await canWrite(target))) {
    throw new WriteRefused('the file is read-only: not fixed (make it writable and run --fix again)');
  }
  const folderStat = await fs.stat(folder);
  if ((folderStat.mode & 0o222) === 0 || !(await canWrite(folder))) {
    throw new WriteRefused(`cannot write in the folder ${folder} (permission denied): not fixed`);
  }

  await removeStaleTemps(folder, path.basename(target));
  const temp = path.join(folder, `.${path.basename(target)}.foi-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', stat.mode & 0o7777);
    await handle.writeFile(content);
    await handle.sync();
    // open() applies the umask; set the original mode exactly.
    await handle.chmod(stat.mode & 0o7777);
    await handle.chown(stat.uid, stat.gid).catch(() => undefined);
    await handle.close();
    handle = undefined;

    const current = await fs.readFile(target);
    if (!current.equals(expected)) {
      throw new WriteRefused('the file changed on disk while it was being fixed: not overwritten (run --fix again)');
    }
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    if (error instanceof WriteRefused) throw error;
    throw new WriteRefused(`cannot write the fixed file (${describeFsError(error)}): the original is untouched`);
  }
  // Make the rename itself durable; some file systems cannot sync a folder, which is harmless.
  await fs
    .open(folder, 'r')
    .then(async (dir) => {
      await dir.sync().catch(() => undefined);
      await dir.close();
    })
    .catch(() => undefined);
}

async function canWrite(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
