import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The engine finds settings by file path (the nearest .foi.yaml above a draft, `extends` relative to
// a file). Local documents have real paths; a virtual workspace's documents (vscode-vfs://, a remote
// repository) get a path under a root of their own, so the same search works there and the file
// reader knows to ask the editor for them.

const REMOTE_ROOT = path.resolve(path.sep, '.foi-lint-remote');

/** The path the engine uses for a document URI; undefined for documents with no place (untitled). */
export function pathOfUri(uri: string): string | undefined {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol === 'untitled:' || !url.pathname.startsWith('/')) return undefined;
  const origin = encodeURIComponent(`${url.protocol}//${url.host}`);
  return path.join(REMOTE_ROOT, origin, ...decodeURIComponent(url.pathname).split('/'));
}

/** Whether a path stands for a document the server cannot read itself. */
export function isRemotePath(file: string): boolean {
  return file.startsWith(REMOTE_ROOT + path.sep);
}

/** The URI of a path from pathOfUri. */
export function uriOfPath(file: string): string {
  if (!isRemotePath(file)) return pathToFileURL(file).href;
  const [origin, ...parts] = file.slice(REMOTE_ROOT.length + 1).split(path.sep);
  return `${decodeURIComponent(origin)}/${parts.map(encodeURIComponent).join('/')}`;
}
