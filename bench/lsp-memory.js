#!/usr/bin/env node
'use strict';
// Language server memory: resident set size (VmRSS from /proc/<pid>/status) of the server process
// after initialize, then with 200 corpus drafts open and checked (every draft's first diagnostics
// received, then 1 s to settle), plus its peak (VmHWM) over the whole run.
//
//   node bench/lsp-memory.js [--drafts 200] [--corpus DIR] [--json-file FILE] [--quiet]

const fs = require('node:fs');
const path = require('node:path');
const { DEFAULT_CORPUS } = require('./lib/corpus');
const { corpusDraft } = require('./lib/generate');
const { LspClient, uriOf } = require('./lib/lsp-client');
const { emit, fmt, main, parseFlags } = require('./lib/report');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(argv) {
  const flags = parseFlags(argv, { drafts: 'number', corpus: 'string', 'json-file': 'string', quiet: 'boolean' });
  const count = flags.drafts ?? 200;
  const dir = path.join(flags.corpus ? path.resolve(flags.corpus) : DEFAULT_CORPUS, 'lsp');
  fs.mkdirSync(dir, { recursive: true });
  const client = new LspClient({ rootDir: dir });
  try {
    await client.initialize();
    await sleep(300);
    const idle = client.memory();
    let bytes = 0;
    const uris = [];
    for (let i = 0; i < count; i++) {
      const { text } = corpusDraft(i);
      bytes += Buffer.byteLength(text);
      const uri = uriOf(dir, `open-${i}.foi.md`);
      uris.push(uri);
      client.open(uri, text, 1);
    }
    const started = performance.now();
    for (const uri of uris) await client.waitForDiagnostics(uri, 1, 120000);
    const allCheckedMs = performance.now() - started;
    await sleep(1000);
    const open = client.memory();
    const result = {
      drafts: count,
      draftsMb: bytes / 1024 / 1024,
      idleRssMb: idle.rssMb,
      openRssMb: open.rssMb,
      peakRssMb: open.hwmMb,
      perDraftKb: ((open.rssMb - idle.rssMb) * 1024) / count,
      allCheckedMs,
      memoryMethod: 'proc-status-vmrss',
      goals: { under100MbWithDrafts: open.rssMb < 100 },
    };
    const rows = [
      ['state', 'drafts open', 'RSS MB', 'peak (VmHWM) MB'],
      ['after initialize', 0, fmt(idle.rssMb, 1), fmt(idle.hwmMb, 1)],
      [`${count} drafts open and checked`, count, fmt(open.rssMb, 1), fmt(open.hwmMb, 1)],
      ['per open draft (KB)', '', fmt(result.perDraftKb, 0), ''],
      [`time to check all ${count} (ms)`, '', fmt(allCheckedMs, 0), ''],
    ];
    return emit('Language server memory', result, rows, flags);
  } finally {
    await client.shutdown();
  }
}

if (require.main === module) main(run);
module.exports = { run };
