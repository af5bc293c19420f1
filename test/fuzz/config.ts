import * as fs from 'node:fs';
import * as path from 'node:path';

// How hard the reliability tests push. `npm test` uses a fixed seed and small counts so every run
// tries the same inputs and the suite stays quick; `npm run fuzz` (scripts/fuzz.js) sets FUZZ_DEEP,
// a larger FUZZ_RUNS and a fresh FUZZ_SEED to explore further. A failure prints the seed to replay.

/** The repository root (compiled tests run from test/out/<group>). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** The published reference letters, kept in the repository. */
export const examplesDir = path.join(repoRoot, 'examples');
/** Counterexamples and hang snapshots are saved here (git-ignored) for the report and for replay. */
export const resultsDir = path.join(repoRoot, 'test-results', 'fuzz');

export const deep = process.env.FUZZ_DEEP === '1';

export const seed = readInt('FUZZ_SEED', 20251123);

/** Inputs per property: FUZZ_RUNS when given, else the property's own quick count. */
export function runs(quick: number): number {
  const given = readInt('FUZZ_RUNS', 0);
  return given > 0 ? given : quick;
}

function readInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name}=${raw} is not an integer`);
  return n;
}

/** Write a file under test-results/fuzz and return its path, for failure messages. */
export function saveResult(name: string, content: string): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name.replace(/[^\w.-]+/g, '_'));
  fs.writeFileSync(file, content);
  return file;
}
