import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic, WriteRefused } from '../../server/src/cli/write';
import { removeDir, tempDir } from './helpers';

describe('cli/write: writing a fixed draft back', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('write');
  });
  afterEach(() => removeDir(dir));

  const leftovers = (): string[] => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const file = path.join(dir, 'reply.md');
    fs.writeFileSync(file, 'old\n');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, Buffer.from('new\n'), Buffer.from('old\n'));
    assert.equal(fs.readFileSync(file, 'utf8'), 'new\n');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(leftovers(), []);
  });

  it('does not overwrite a file that changed on disk after it was read', async () => {
    const file = path.join(dir, 'reply.md');
    fs.writeFileSync(file, 'saved by the editor meanwhile\n');
    await assert.rejects(
      writeFileAtomic(file, Buffer.from('fixed\n'), Buffer.from('as read\n')),
      (error: unknown) => error instanceof WriteRefused && /changed on disk.*not overwritten/.test(error.message),
    );
    assert.equal(fs.readFileSync(file, 'utf8'), 'saved by the editor meanwhile\n');
    assert.deepEqual(leftovers(), []);
  });

  it('writes through a symlink: the target changes, the link stays a link', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'reply.md');
    const link = path.join(dir, 'link.md');
    fs.writeFileSync(target, 'old\n');
    fs.symlinkSync(path.join('real', 'reply.md'), link);
    await writeFileAtomic(link, Buffer.from('new\n'), Buffer.from('old\n'));
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), 'new\n');
  });

  it('refuses a read-only file and a folder without write permission, leaving the original', async () => {
    const readOnly = path.join(dir, 'read-only.md');
    fs.writeFileSync(readOnly, 'old\n');
    fs.chmodSync(readOnly, 0o444);
    await assert.rejects(
      writeFileAtomic(readOnly, Buffer.from('new\n'), Buffer.from('old\n')),
      (error: unknown) => error instanceof WriteRefused && /read-only/.test(error.message),
    );
    assert.equal(fs.readFileSync(readOnly, 'utf8'), 'old\n');

    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    const inLocked = path.join(locked, 'reply.md');
    fs.writeFileSync(inLocked, 'old\n');
    fs.chmodSync(locked, 0o555);
    await assert.rejects(
      writeFileAtomic(inLocked, Buffer.from('new\n'), Buffer.from('old\n')),
      (error: unknown) => error instanceof WriteRefused && /cannot write in the folder/.test(error.message),
    );
    assert.equal(fs.readFileSync(inLocked, 'utf8'), 'old\n');
    assert.deepEqual(fs.readdirSync(locked), ['reply.md']);
  });
});
