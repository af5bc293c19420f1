#!/usr/bin/env node
// `npm run fuzz`: the reliability suite (test/fuzz, test/stress) run deeper than `npm test` runs it.
// Properties try FUZZ_RUNS inputs each (default 3000) from FUZZ_SEED (default: a fresh seed, printed
// so a failure can be replayed), the slow extreme drafts run too, and the language-server session
// is ten times longer. Extra arguments are passed to mocha (e.g. a single compiled test file).
//
//   npm run fuzz
//   FUZZ_SEED=12345 FUZZ_RUNS=20000 npm run fuzz -- test/out/fuzz/engine-properties.test.js
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const runs = process.env.FUZZ_RUNS || '3000';
const seed = process.env.FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));
const files = process.argv.slice(2);
const env = { ...process.env, FUZZ_DEEP: '1', FUZZ_RUNS: runs, FUZZ_SEED: seed };

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

console.log(`foi-lint fuzz: seed ${seed}, ${runs} inputs per property (replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz)`);
const built = run([require.resolve('typescript/bin/tsc', { paths: [root] }), '-b']);
if (built !== 0) process.exit(built);
const mocha = require.resolve('mocha/bin/mocha.js', { paths: [root] });
const specs = files.length ? files : ['test/out/fuzz/**/*.test.js', 'test/out/stress/**/*.test.js'];
const status = run([mocha, '--no-config', '--timeout', '1800000', '--reporter', 'spec', ...specs]);
if (status !== 0) console.log(`\nfoi-lint fuzz: failures above; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}. Saved inputs: test-results/fuzz/`);
process.exit(status);
