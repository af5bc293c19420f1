import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { saveResult, seed as defaultSeed } from './config';

// The engine is synchronous: an input that made it loop would block mocha's own timer, and the run
// would hang instead of failing. So reliability tasks run in a worker thread, and this side watches
// it. The worker records in shared memory which input it is on (and its first characters); when no
// new input starts within the stall limit, the worker is terminated and the test fails with that
// input saved to test-results/fuzz. One worker serves a whole describe block until it has to be
// killed, so the engine is loaded once, not once per case.

/** Characters of the current input kept in shared memory for a hang report. */
export const SNAPSHOT_CHARS = 1 << 16;
/** Int32 slots before the snapshot: inputs started, snapshot length, full input length. */
export const HEADER_BYTES = 16;

export interface TaskReport {
  /** Inputs tried (property runs, or 1 for a fixed case). */
  inputs: number;
  /** Slowest single input in milliseconds. */
  slowestMs?: number;
}

export interface IsolateOptions {
  /** Passed to the task: how many inputs to try. */
  runs?: number;
  seed?: number;
  /** A free-form argument (e.g. which extreme case). */
  arg?: string;
  /** Fail when no new input has started for this long: the current one hangs. */
  stallMs: number;
  /** Fail when the whole task takes longer than this. */
  totalMs: number;
}

export interface TaskRequest {
  task: string;
  runs: number;
  seed: number;
  arg?: string;
}

export type TaskOutcome = { ok: true; report: TaskReport } | { ok: false; message: string };

export class Isolate {
  private worker?: Worker;
  private shared = new SharedArrayBuffer(HEADER_BYTES + SNAPSHOT_CHARS * 2);

  /** Run one task in the worker (started on first use, or again after a hang killed it). */
  run(task: string, opts: IsolateOptions): Promise<TaskReport> {
    const request: TaskRequest = { task, runs: opts.runs ?? 1, seed: opts.seed ?? defaultSeed, arg: opts.arg };
    const label = opts.arg ? `${task} (${opts.arg})` : task;
    const worker = (this.worker ??= this.start());
    const header = new Int32Array(this.shared, 0, 4);

    return new Promise<TaskReport>((resolve, reject) => {
      const started = Date.now();
      let lastCount = Atomics.load(header, 0);
      let lastChange = started;
      let settled = false;
      const finish = (error: Error | undefined, report?: TaskReport, kill = false) => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill || error) this.close();
        if (error) reject(error);
        else resolve(report!);
      };
      const timer = setInterval(() => {
        const count = Atomics.load(header, 0);
        const now = Date.now();
        if (count !== lastCount) {
          lastCount = count;
          lastChange = now;
        }
        const stalled = now - lastChange > opts.stallMs;
        if (!stalled && now - started <= opts.totalMs) return;
        const file = saveResult(`hang-${label}-seed${request.seed}-input${count}.txt`, this.snapshot());
        const why = stalled
          ? `an input has run for over ${opts.stallMs} ms without returning (a hang or a pathological slowdown)`
          : `the task did not finish within ${opts.totalMs} ms`;
        finish(new Error(`${label}: ${why}; seed ${request.seed}; the input has ${Atomics.load(header, 2)} chars, the first of them saved to ${file}`), undefined, true);
      }, 100);
      const onMessage = (m: TaskOutcome) => finish(m.ok ? undefined : new Error(`${label}: ${m.message}`), m.ok ? m.report : undefined);
      const onError = (e: Error) => finish(new Error(`${label}: the worker crashed: ${e.stack ?? e.message}`), undefined, true);
      const onExit = (code: number) => finish(new Error(`${label}: the worker exited (code ${code}) without a result`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { shared: this.shared }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    worker.unref();
    return worker;
  }

  private snapshot(): string {
    const header = new Int32Array(this.shared, 0, 4);
    const length = Atomics.load(header, 1);
    const chars = new Uint16Array(this.shared, HEADER_BYTES, SNAPSHOT_CHARS);
    let out = '';
    for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...chars.subarray(i, Math.min(length, i + 4096)));
    return out;
  }
}
