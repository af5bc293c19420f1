import fc from 'fast-check';
import { saveResult } from './config';
import type { TaskReport } from './isolate';
import type { TaskContext } from './task';

// fast-check, run the way every property here is run: seeded, counted, each input announced to the
// hang watchdog and timed; a failure names the seed to replay and saves the smallest failing input.

export function checkProperty<T>(
  ctx: TaskContext,
  name: string,
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => void,
  text: (value: T) => string = (v) => (typeof v === 'string' ? v : JSON.stringify(v)),
): TaskReport {
  let slowestMs = 0;
  const property = fc.property(arb, (value) => {
    ctx.track(text(value));
    const started = performance.now();
    predicate(value);
    slowestMs = Math.max(slowestMs, performance.now() - started);
  });
  const out = fc.check(property, { seed: ctx.seed, numRuns: ctx.runs });
  if (out.failed) {
    const value = out.counterexample?.[0] as T | undefined;
    const file = value === undefined ? 'nowhere' : saveResult(`${name}-seed${ctx.seed}.txt`, text(value));
    // The engine's own frames say where a crash is; our checks' messages say what did not hold.
    const e = out.errorInstance;
    const reason = e instanceof Error ? (e.name === 'Error' && !/\/server\/out\//.test(e.stack ?? '') ? e.message : engineStack(e)) : String(e);
    throw new PropertyFailure(
      `${reason}\n  after ${out.numRuns} inputs and ${out.numShrinks} shrinks; replay: FUZZ_SEED=${out.seed} ` +
        `(path ${out.counterexamplePath}); smallest failing input: ${JSON.stringify(value === undefined ? '' : text(value)).slice(0, 400)} (saved to ${file})`,
    );
  }
  return { inputs: out.numRuns, slowestMs: Math.round(slowestMs) };
}

/** A property that does not hold; its message says everything (no stack of ours needed). */
export class PropertyFailure extends Error {
  override name = 'PropertyFailure';
}

/** A crash's message and the stack frames inside the server code. */
function engineStack(e: Error): string {
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at .*\/server\/out\//.test(l)).slice(0, 8);
  return `${e.name}: ${e.message}\n${frames.join('\n')}`;
}
