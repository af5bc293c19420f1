import { parentPort, workerData } from 'node:worker_threads';
import { HEADER_BYTES, SNAPSHOT_CHARS, type TaskOutcome, type TaskRequest } from './isolate';
import type { TaskContext } from './task';
import { tasks } from './tasks';

// Runs reliability tasks for isolate.ts, one message at a time, and posts each report (or failure)
// back. Every input a task tries is announced in shared memory for the hang watchdog.

const shared = (workerData as { shared: SharedArrayBuffer }).shared;
const header = new Int32Array(shared, 0, 4);
const chars = new Uint16Array(shared, HEADER_BYTES, SNAPSHOT_CHARS);

function track(text: string): void {
  const n = Math.min(text.length, SNAPSHOT_CHARS);
  for (let i = 0; i < n; i++) chars[i] = text.charCodeAt(i);
  Atomics.store(header, 1, n);
  Atomics.store(header, 2, text.length);
  Atomics.add(header, 0, 1);
}

async function run(request: TaskRequest): Promise<TaskOutcome> {
  const task = tasks[request.task];
  if (!task) return { ok: false, message: `no reliability task named ${request.task}` };
  const ctx: TaskContext = { runs: request.runs, seed: request.seed, arg: request.arg, track };
  try {
    return { ok: true, report: await task(ctx) };
  } catch (error) {
    const e = error as Error;
    // A property failure's message says everything; anything else is a crash of ours: keep its stack.
    return { ok: false, message: e instanceof Error ? (e.name === 'PropertyFailure' ? e.message : (e.stack ?? e.message)) : String(error) };
  }
}

parentPort!.on('message', (request: TaskRequest) => void run(request).then((out) => parentPort!.postMessage(out)));
