#!/usr/bin/env node
// Bundles for packaging: the client (dist/extension.js, `vscode` left to the editor, and the language
// client library it loads when the first draft opens, dist/languageClient.js), the language
// server (dist/server.js) and the CLI (dist/cli.js, the `foi-lint` of the npm tarball) each become one
// file holding all their dependencies, so neither the .vsix nor the tarball needs node_modules. The
// converters for Word, e-mail and HTML drafts and the export to Word (mammoth, mailparser, turndown,
// docx: three times the server's size) are bundled apart, as dist/converters.js, which the server and
// the CLI load only when they first need them: their start stays as quick. The rule documents
// diagnostics link to are copied to dist/docs/rules.
// Run after `tsc -b` (which type-checks); esbuild reads the TypeScript sources directly.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minify: true,
  // Readable names in stack traces that users paste into bug reports.
  keepNames: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The server's lazy `require('../converters')` (server/src/convert/lazy.ts) becomes the sibling bundle. */
const convertersApart = {
  name: 'converters-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/converters$/ }, () => ({ path: './converters.js', external: true }));
  },
};

/**
 * The extension's lazy `require('./languageClient')` (client/src/languageServer.ts) becomes the sibling
 * bundle dist/languageClient.js: vscode-languageclient, nearly all of the client's code, is read when
 * the first draft opens, not at activation.
 */
const languageClientApart = {
  name: 'language-client-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/languageClient$/ }, () => ({ path: './languageClient.js', external: true }));
  },
};

/** The CLI and the action, which find files with tinyglobby. */
const commandLine = {
  ...common,
  // tinyglobby's ES module build of fdir calls createRequire(import.meta.url), empty in CommonJS.
  define: { 'import.meta.url': '__foiLintModuleUrl' },
  banner: { js: 'var __foiLintModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

async function main() {
  fs.mkdirSync(dist, { recursive: true });
  const started = Date.now();
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'client/src/extension.ts')],
      outfile: path.join(dist, 'extension.js'),
      external: ['vscode'],
      plugins: [languageClientApart],
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'client/src/languageClient.ts')],
      outfile: path.join(dist, 'languageClient.js'),
      external: ['vscode'],
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'server/src/server.ts')],
      outfile: path.join(dist, 'server.js'),
      plugins: [convertersApart],
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'server/src/converters.ts')],
      outfile: path.join(dist, 'converters.js'),
    }),
    esbuild.build({
      ...commandLine,
      entryPoints: [path.join(root, 'server/src/cli.ts')],
      outfile: path.join(dist, 'cli.js'), // keeps cli.ts's #! line
      plugins: [convertersApart],
    }),
    // The CLI's worker threads (server/src/cli/pool.ts finds it beside dist/cli.js).
    esbuild.build({
      ...commandLine,
      entryPoints: [path.join(root, 'server/src/cli-worker.ts')],
      outfile: path.join(dist, 'cli-worker.js'),
      plugins: [convertersApart],
    }),
    // Committed, because a GitHub Action runs from the repository as checked out, unbuilt: one file,
    // converters included.
    esbuild.build({
      ...commandLine,
      entryPoints: [path.join(root, 'server/src/action.ts')],
      outfile: path.join(root, 'action', 'index.js'),
    }),
  ]);
  const docs = path.join(root, 'docs/rules');
  const docsOut = path.join(dist, 'docs/rules');
  fs.rmSync(docsOut, { recursive: true, force: true });
  if (fs.existsSync(docs)) fs.cpSync(docs, docsOut, { recursive: true });
  const size = (f) => `${(fs.statSync(path.join(dist, f)).size / 1024).toFixed(0)} KiB`;
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
  const sizes = ['extension.js', 'languageClient.js', 'server.js', 'converters.js', 'cli.js', 'cli-worker.js', '../action/index.js'].map((f) => `${path.join('dist', f)} (${size(f)})`).join(', ');
  console.log(`bundled ${sizes} in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
