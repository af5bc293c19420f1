#!/usr/bin/env node
// Edit-to-diagnostics latency of the language server on a 10-question draft.
//
//   node bench/lsp-latency.js [--edits 300] [--debounce 0] [--server server/out/server.js] [--draft file.md]
//
// Starts the built server over stdio, opens the draft, then types: each edit changes one character
// of an answer and waits for the publishDiagnostics of that version. Reports the wall time from
// sending didChange to receiving the diagnostics (debounce included), and the engine's own time for
// the same text measured in this process with lint(). Needs `npx tsc -b` first.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const lsp = require('vscode-languageserver/node');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const edits = Number(option('edits', '300'));
const debounceMs = Number(option('debounce', '0'));
const serverPath = path.resolve(option('server', path.join(root, 'server/out/server.js')));
const draftPath = path.resolve(option('draft', path.join(root, 'test/fixtures/lsp/ten-questions.md')));

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(label, samples) {
  const s = [...samples].sort((a, b) => a - b);
  const f = (n) => n.toFixed(2);
  return `${label}: n=${s.length} p50=${f(percentile(s, 50))} ms p95=${f(percentile(s, 95))} ms p99=${f(percentile(s, 99))} ms max=${f(s[s.length - 1])} ms`;
}

/** The draft after the nth edit: one character of the first answer changes each time. */
function edited(text, n) {
  const anchor = text.indexOf('There are 42 members');
  const at = anchor >= 0 ? anchor + 'There are '.length : text.length - 1;
  return text.slice(0, at) + String(n % 10) + text.slice(at + 1);
}

async function main() {
  const text = fs.readFileSync(draftPath, 'utf8');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-bench-'));
  const file = path.join(workspace, 'draft.md');
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;

  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = lsp.createProtocolConnection(child.stdout, child.stdin);
  const waiting = new Map();
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
    const resolve = waiting.get(p.version);
    if (p.uri === uri && resolve) {
      waiting.delete(p.version);
      resolve(performance.now());
    }
  });
  connection.onRequest(lsp.ConfigurationRequest.type, (p) => p.items.map(() => ({ debounceMs })));
  connection.onRequest(lsp.RegistrationRequest.type, () => undefined);
  connection.listen();
  await connection.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
  });
  await connection.sendNotification(lsp.InitializedNotification.type, {});

  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let ready = published(1);
  await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'foi-response', version: 1, text } });
  await ready;

  const wall = [];
  for (let version = 2; version < edits + 2; version++) {
    const next = edited(text, version);
    ready = published(version);
    const sent = performance.now();
    await connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: next }] });
    wall.push((await ready) - sent);
  }

  await connection.sendRequest(lsp.ShutdownRequest.type);
  await connection.sendNotification(lsp.ExitNotification.type);
  connection.dispose();
  fs.rmSync(workspace, { recursive: true, force: true });

  // The engine alone, on the same texts, in this process.
  const { lint } = require(path.join(root, 'server/out/engine/lint'));
  const { baseSchema } = require(path.join(root, 'server/out/engine/schema/load'));
  const schema = baseSchema('foia');
  for (let i = 0; i < 50; i++) lint(edited(text, i), schema);
  const engine = [];
  for (let i = 0; i < edits; i++) {
    const t = edited(text, i);
    const started = performance.now();
    lint(t, schema);
    engine.push(performance.now() - started);
  }

  console.log(`draft: ${path.relative(root, draftPath)} (${text.split('\n').length} lines), debounce ${debounceMs} ms`);
  console.log(summary('didChange -> publishDiagnostics', wall));
  console.log(summary('engine lint()', engine));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
