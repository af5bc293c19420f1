import picomatch from 'picomatch';

// The `foiLint.drafts.globs` setting, matched with picomatch (the matcher tinyglobby uses for the CLI);
// `posix` makes `[!ab]` a negated class, as in editors' globs. Globs come from the user's settings:
// picomatch compiles them to expressions without nested quantifiers, so no pattern makes matching slow.

type Matcher = (file: string) => boolean;
const cache = new Map<string, Matcher>();

function matcherFor(glob: string): Matcher {
  let match = cache.get(glob);
  if (!match) {
    match = picomatch(glob, { dot: true, posix: true, nocase: process.platform === 'win32' });
    cache.set(glob, match);
  }
  return match;
}

/**
 * Whether a file matches one of the globs. A glob without a slash matches the file name in any
 * folder (like `.gitignore`); others match the path relative to a workspace folder, or the absolute path.
 */
export function matchesAnyGlob(filePath: string, globs: readonly string[], roots: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const file = filePath.replace(/\\/g, '/');
  const name = file.slice(file.lastIndexOf('/') + 1);
  const relatives = roots
    .map((r) => r.replace(/\\/g, '/').replace(/\/$/, '') + '/')
    .filter((r) => file.startsWith(r))
    .map((r) => file.slice(r.length));
  for (const raw of globs) {
    const glob = raw.replace(/\\/g, '/').replace(/^\.\//, '');
    const match = matcherFor(glob);
    if (!glob.includes('/')) {
      if (match(name)) return true;
    } else if (match(file) || relatives.some((rel) => match(rel))) return true;
  }
  return false;
}
