// A small glob matcher for the `foiLint.drafts.globs` setting: `*`, `**`, `?`, `[...]` and `{a,b}`.
// Globs come from the user's settings, so they are turned into a regular expression that only ever
// uses character classes and `.*`-style runs: no backtracking blow-up from user input.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of folders, including none; a trailing `**` matches everything.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:[^/]*/)*';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\{}]/g, '\\$&');
  }
  out += ')'.repeat(braces);
  const re = new RegExp(`^${out}$`, process.platform === 'win32' ? 'i' : '');
  cache.set(glob, re);
  return re;
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
    const re = globToRegExp(glob);
    if (!glob.includes('/')) {
      if (re.test(name)) return true;
    } else if (re.test(file) || relatives.some((rel) => re.test(rel))) return true;
  }
  return false;
}
