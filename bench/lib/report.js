'use strict';
// Shared by the benchmark scripts: the machine a run happened on, command-line flags, and printing
// figures both as a table (for people) and as JSON (for BENCHMARKS.md, CI logs and the tests).

const fs = require('node:fs');
const os = require('node:os');

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // Not Linux: os.cpus() is the best there is.
  }
  return {
    cpu,
    nproc: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    /** 1-minute load average when the figures were taken: above nproc, other work shared the CPUs. */
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/** Parse `--name value`, `--name=value` and bare `--flag` arguments. */
function parseFlags(argv, known) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument '${a}'; flags: ${Object.keys(known).map((k) => `--${k}`).join(' ')}`);
    let [name, value] = a.slice(2).split(/=(.*)/s, 2);
    if (!(name in known)) throw new Error(`unknown flag --${name}; flags: ${Object.keys(known).map((k) => `--${k}`).join(' ')}`);
    if (known[name] === 'boolean') flags[name] = value === undefined ? true : value !== 'false';
    else {
      if (value === undefined) value = argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags[name] = known[name] === 'number' ? Number(value) : value;
      if (known[name] === 'number' && !Number.isFinite(flags[name])) throw new Error(`--${name} takes a number, not '${value}'`);
    }
  }
  return flags;
}

/** A plain-text table: rows of cells, first row the header. */
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) => r.map((cell, c) => (typeof cell === 'number' || /^[\d.,-]+( ?(ms|MB|x|%|µs))?$/.test(String(cell)) ? String(cell).padStart(widths[c]) : String(cell ?? '').padEnd(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const fmt = (n, digits = 2) => (n === undefined || n === null || Number.isNaN(n) ? 'n/a' : Number(n).toFixed(digits));

/** Print the table to stdout and, with --json-file, write the JSON there too; always print the JSON. */
function emit(name, result, rows, flags) {
  const doc = { benchmark: name, date: new Date().toISOString(), machine: machine(), command: `node ${process.argv.slice(1).map((a) => a.replace(process.cwd() + '/', '')).join(' ')}`, ...result };
  process.stdout.write(`\n${name}\n${table(rows)}\n`);
  if (flags['json-file']) fs.writeFileSync(flags['json-file'], JSON.stringify(doc, null, 2));
  if (!flags.quiet) process.stdout.write(`${JSON.stringify(doc)}\n`);
  return doc;
}

/** Run a script's main, turning a thrown error into a message and exit code 1. */
function main(fn) {
  fn(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

module.exports = { machine, parseFlags, table, fmt, emit, main };
