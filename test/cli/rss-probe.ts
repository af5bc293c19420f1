import * as fs from 'node:fs';

// Loaded with `node --require` by tests: prints the process's peak resident memory when it exits.
// VmHWM (Linux), not resourceUsage().maxRSS: the latter keeps the high-water mark of the parent that
// forked the process (here the test runner, which built the hostile files in memory).
process.on('exit', () => {
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
  process.stderr.write(`rss-probe: peak ${Math.round(Number(hwm) / 1024)} MB\n`);
});
