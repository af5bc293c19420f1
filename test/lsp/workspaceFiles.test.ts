import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { NoSuchFile } from '../../server/src/engine';
import { pathOfUri } from '../../server/src/lsp/paths';
import { WorkspaceFiles } from '../../server/src/lsp/workspaceFiles';
import { MemoryFs } from '../engine/memory-fs';

// Settings files for the language server: open editors first, then the disk, then the editor's files.
describe('lsp workspaceFiles', () => {
  const local = path.resolve('/ws/.foi.yaml');

  it("reads an open editor's text before the disk's, and back to the disk when it closes", () => {
    const files = new WorkspaceFiles(async () => null, new MemoryFs({ [local]: 'on disk' }));
    const changed: string[][] = [];
    files.watch((f) => changed.push([...f]));
    assert.equal(files.readFile(local), 'on disk');
    const before = files.stamp(local);
    files.setOpen(local, 'in the editor');
    assert.equal(files.readFile(local), 'in the editor');
    assert.notEqual(files.stamp(local), before);
    assert.equal(files.close(local), true);
    assert.equal(files.readFile(local), 'on disk');
    assert.deepEqual(changed, [[local], [local]]);
  });

  it("asks the editor for a virtual workspace's files, once, and a missing one reads as absent", async () => {
    const remote = pathOfUri('vscode-vfs://github/council/foi/.foi.yaml')!;
    const asked: string[] = [];
    const files = new WorkspaceFiles(async (uri) => {
      asked.push(uri);
      return uri.endsWith('/foi/.foi.yaml') ? 'authority:\n  name: Remote\n' : null;
    }, new MemoryFs());
    const read = () => (files.isFile(remote) ? files.readFile(remote) : undefined);
    assert.equal(await files.settle(read), 'authority:\n  name: Remote\n');
    assert.deepEqual(asked, ['vscode-vfs://github/council/foi/.foi.yaml']);
    assert.equal(await files.settle(read), 'authority:\n  name: Remote\n');
    assert.equal(asked.length, 1, 'fetched once');
    const other = pathOfUri('vscode-vfs://github/council/foi/other.yaml')!;
    await files.settle(() => files.isFile(other));
    assert.throws(() => files.readFile(other), NoSuchFile);
  });

  it('counts a file the editor fails to give as absent, and gives up after a bounded number of rounds', async () => {
    let calls = 0;
    const files = new WorkspaceFiles(async () => {
      calls++;
      throw new Error('no connection');
    }, new MemoryFs());
    // A reading that asks for a new file every round.
    let n = 0;
    await files.settle(() => files.isFile(pathOfUri(`vscode-vfs://host/f${n++}.yaml`)!));
    assert.ok(calls > 0 && calls <= 12, String(calls));
  });
});
