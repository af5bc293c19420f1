'use strict';
// Runs a command and measures its wall time and peak memory. Peak memory is the process's maximum
// resident set size: from GNU time's "Maximum resident set size" when /usr/bin/time is installed
// (exact: the kernel's own high-water mark, read at exit), else by polling VmHWM in
// /proc/<pid>/status every few milliseconds (the high-water mark too, but the last poll before exit
// can miss a final spike). Each result says which method gave its figure.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const GNU_TIME = '/usr/bin/time';

function hasGnuTime() {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Kilobytes of a "VmXXX:   1234 kB" line of /proc/<pid>/status, or undefined. */
function procStatusKb(pid, field) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run `command args` to completion. stdout goes to `stdoutFile` (or is discarded), stderr is kept
 * (the last 64 KB) for error messages. Resolves to { ms, peakRssMb, memoryMethod, code, stderr }.
 */
function runMeasured(command, args, { cwd, stdoutFile, env } = {}) {
  const useTime = hasGnuTime();
  const timeFile = useTime ? path.join(os.tmpdir(), `foi-bench-time-${process.pid}-${Date.now()}.txt`) : undefined;
  const argv = useTime ? ['-v', '-o', timeFile, command, ...args] : args;
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(useTime ? GNU_TIME : command, argv, { cwd, env: env ?? process.env, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-65536);
    });
    let polledKb = 0;
    const poller = useTime
      ? undefined
      : setInterval(() => {
          const kb = procStatusKb(child.pid, 'VmHWM');
          if (kb !== undefined && kb > polledKb) polledKb = kb;
        }, 5);
    child.on('error', (error) => {
      if (poller) clearInterval(poller);
      reject(error);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (poller) clearInterval(poller);
      if (typeof out === 'number') fs.closeSync(out);
      let peakKb = polledKb;
      if (timeFile) {
        const report = fs.readFileSync(timeFile, 'utf8');
        fs.rmSync(timeFile, { force: true });
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        peakKb = m ? Number(m[1]) : 0;
        const exit = /Exit status: (\d+)/.exec(report);
        if (exit) code = Number(exit[1]);
      }
      resolve({ ms, peakRssMb: peakKb / 1024, memoryMethod: useTime ? 'gnu-time' : 'proc-vmhwm-poll', code, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The p-th percentile (0-100), nearest rank. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

module.exports = { runMeasured, hasGnuTime, procStatusKb, median, percentile };
