import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../server/src/engine/rules/registry';

// The one-way arrows of ARCHITECTURE.md, checked on the sources: the language server and the CLI
// reach the engine only through its index; the engine reads no files itself; the client imports no
// server code.

const repo = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(repo, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** Every module specifier a source file imports or re-exports. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(repo, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

/** A relative specifier resolved to a repository path (no extension). */
const resolved = (file: string, spec: string) => path.join(path.dirname(file), spec);

describe('architecture: import boundaries', () => {
  it('lsp/, cli/ and the entry points import the engine through its index only', () => {
    const offenders: string[] = [];
    const files = [...sources('server/src/lsp'), ...sources('server/src/cli'), 'server/src/server.ts', 'server/src/cli.ts'];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolved(file, spec);
        if (target.startsWith(path.join('server', 'src', 'engine')) && target !== path.join('server', 'src', 'engine')) offenders.push(`${file}: ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the engine imports no LSP, VS Code or front-end code, and only its default file system touches the disk', () => {
    const offenders: string[] = [];
    for (const file of sources('server/src/engine')) {
      for (const spec of importsOf(file)) {
        const fsImport = spec === 'fs' || spec === 'node:fs' || spec === 'fs/promises' || spec === 'node:fs/promises';
        if (fsImport && file !== path.join('server', 'src', 'engine', 'files', 'node-file-system.ts')) offenders.push(`${file}: ${spec}`);
        if (/^vscode/.test(spec) || spec === 'foi-lint-protocol') offenders.push(`${file}: ${spec}`);
        // Data beside the sources (the settings file's JSON Schema) is not code.
        if (spec.startsWith('.') && !spec.endsWith('.json') && !resolved(file, spec).startsWith(path.join('server', 'src', 'engine'))) offenders.push(`${file}: ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the client imports no server code', () => {
    const offenders = sources('client/src').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.') && !resolved(file, spec).startsWith(path.join('client', 'src')))
        .map((spec) => `${file}: ${spec}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the analyses know no rule: no import of rules/, no rule id', () => {
    const ids = allRules.map((r) => r.meta.id);
    const offenders = sources('server/src/engine/analysis').flatMap((file) => {
      const text = fs.readFileSync(path.join(repo, file), 'utf8');
      return [
        ...importsOf(file).filter((spec) => spec.startsWith('.') && resolved(file, spec).startsWith(path.join('server', 'src', 'engine', 'rules'))),
        ...ids.filter((id) => text.includes(`'${id}'`)),
      ].map((what) => `${file}: ${what}`);
    });
    assert.deepEqual(offenders, []);
  });
});
