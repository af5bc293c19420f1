#!/usr/bin/env node
'use strict';
// Reads a V8 .cpuprofile (from `node --cpu-prof`) and prints the functions with the most self time,
// and the most total (inclusive) time, with their files: where a slow benchmark spends its time.
//
//   node bench/profile-top.js PROFILE.cpuprofile [--top 25] [--filter engine]

const fs = require('node:fs');
const path = require('node:path');
const { main, parseFlags, table, fmt } = require('./lib/report');

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Sample counts per node, weighted by the time between samples.
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map();
  const totalBy = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + us);
    // Inclusive time: count each function once per sample, however deep it recurses.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + us);
    }
  }
  return { total, selfBy, totalBy };
}

function short(url) {
  if (!url) return '(native)';
  const p = url.replace(/^file:\/\//, '');
  const i = p.indexOf('/node_modules/');
  if (i >= 0) return p.slice(i + 1);
  return path.relative(process.cwd(), p);
}

async function run(argv) {
  const file = argv[0];
  if (!file || file.startsWith('--')) throw new Error('usage: node bench/profile-top.js PROFILE.cpuprofile [--top N] [--filter TEXT]');
  const flags = parseFlags(argv.slice(1), { top: 'number', filter: 'string' });
  const top = flags.top ?? 25;
  const { total, selfBy, totalBy } = summarise(JSON.parse(fs.readFileSync(file, 'utf8')));
  const list = (m) =>
    [...m]
      .filter(([k]) => !flags.filter || k.includes(flags.filter))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => [fmt(us / 1000, 1), fmt((100 * us) / total, 1), k]);
  process.stdout.write(`profile ${file}: ${fmt(total / 1000, 0)} ms sampled\n\nself time\n${table([['ms', '%', 'function'], ...list(selfBy)])}\n\ntotal time\n${table([['ms', '%', 'function'], ...list(totalBy)])}\n`);
}

if (require.main === module) main(run);
module.exports = { summarise };
