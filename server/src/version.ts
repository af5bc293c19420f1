import * as fs from 'node:fs';
import * as path from 'node:path';

/** The package's version, read from the package.json above this file (in out/ or in a bundle). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.version && (pkg.name === 'foi-lint-server' || pkg.name === 'foi-lint')) return pkg.version;
    } catch {
      // No package.json here: look one folder up.
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}
