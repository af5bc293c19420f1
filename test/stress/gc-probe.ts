// Preloaded into the language server by the stress test (`node --expose-gc --require`): on SIGUSR2
// it collects garbage and writes process.memoryUsage() to FOI_LINT_GC_PROBE, so the test can tell
// memory the server still holds (a leak) from memory V8 has not yet returned to the system.
import * as fs from 'node:fs';

const out = process.env.FOI_LINT_GC_PROBE;
const gc = (globalThis as { gc?: () => void }).gc;
if (out && gc) {
  process.on('SIGUSR2', () => {
    gc();
    fs.writeFileSync(`${out}.tmp`, JSON.stringify(process.memoryUsage()));
    fs.renameSync(`${out}.tmp`, out);
  });
}
