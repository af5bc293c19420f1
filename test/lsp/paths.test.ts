import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRemotePath, pathOfUri, uriOfPath } from '../../server/src/lsp/paths';

// Document URIs as the paths the engine searches for settings, and back.
describe('lsp paths', () => {
  it('gives local files their own path, and back', () => {
    const file = path.resolve('/ws/letters/reply.foi.md');
    const uri = pathToFileURL(file).href;
    assert.equal(pathOfUri(uri), file);
    assert.equal(isRemotePath(file), false);
    assert.equal(uriOfPath(file), uri);
  });

  it("gives a virtual workspace's files a path of their own that maps back to the same URI", () => {
    const uri = 'vscode-vfs://github/council/foi/letters/reply%202025.foi.md';
    const file = pathOfUri(uri)!;
    assert.ok(isRemotePath(file), file);
    assert.equal(path.basename(file), 'reply 2025.foi.md');
    assert.equal(uriOfPath(file), uri);
    // The settings search walks up from the draft: the folders above map back too.
    assert.equal(uriOfPath(path.join(path.dirname(path.dirname(file)), '.foi.yaml')), 'vscode-vfs://github/council/foi/.foi.yaml');
  });

  it('gives no path to unsaved documents or malformed URIs', () => {
    assert.equal(pathOfUri('untitled:Untitled-1'), undefined);
    assert.equal(pathOfUri('not a uri'), undefined);
  });
});
