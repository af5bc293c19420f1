import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { RuleMeta } from '../engine';
import type { DraftFile } from './discover';
import type { CheckEvent, CheckRequest, WorkerMessage, WorkerSetup } from './pool-messages';
import type { FileReport } from './report';

// The CLI's pool of worker threads (pool-worker.ts), each with its own engine. The main thread finds
// the drafts, hands them out, and prints the reports in the order of the files; it keeps the cache.

/** A worker's checked draft: its report and what the check told on the way. */
export interface PoolOutcome {
  report: FileReport;
  events: CheckEvent[];
}

/** Drafts sent to a worker ahead of its answers: the next is there as soon as one is done. */
const perWorker = 2;

/**
 * A worker's heap, held as heap.ts holds the main thread's: a young generation of 3 MB (V8's start), and
 * an old one of 24 MB, some twice what a worker keeps alive, so promoted garbage is collected early. On
 * 1,000 drafts, two workers peak at 117 MB of the process with these limits and 131 MB without, for
 * about the same CPU time; 18 MB and a full collection every 50 drafts make 106 MB, for half as much CPU
 * time again. A draft that needs more ends the worker; the main thread then checks that draft itself.
 */
const workerLimits: ResourceLimits = { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 24 };

/** The worker's script: beside this file in out/, or beside the bundle in dist/; none in the Action's bundle. */
export function workerScript(): string | undefined {
  return [path.join(__dirname, 'cli-worker.js'), path.join(__dirname, '..', 'cli-worker.js')].find((f) => fs.existsSync(f));
}

interface Task {
  request: CheckRequest;
  /** Undefined when the worker failed on the draft. */
  resolve(outcome: PoolOutcome | undefined): void;
}

interface Lane {
  worker: Worker;
  /** Sent, in the order sent: a worker answers them in that order. */
  sent: Task[];
  ready: boolean;
}

export class LintPool {
  private readonly lanes: Lane[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closing = false;
  /** A worker ended before it was ready: the pool takes no more drafts. */
  private broken = false;
  /** The engine's rules, told by the first worker ready; undefined when none could start. */
  readonly rules: Promise<readonly RuleMeta[] | undefined>;
  private tellRules!: (rules: readonly RuleMeta[] | undefined) => void;

  constructor(
    size: number,
    private readonly script: string,
    private readonly setup: WorkerSetup,
  ) {
    this.rules = new Promise((resolve) => (this.tellRules = resolve));
    for (let i = 0; i < size; i++) this.lanes.push(this.start());
  }

  /** Drafts the workers take at once. */
  get capacity(): number {
    return this.lanes.length * perWorker;
  }

  /** Check a draft in a worker; undefined when the worker failed on it (it threw, or the worker ended). */
  check(file: DraftFile, entry: CheckRequest['entry']): Promise<PoolOutcome | undefined> {
    if (this.broken) return Promise.resolve(undefined);
    const request: CheckRequest = { id: this.nextId++, path: file.path, display: file.display };
    if (entry) request.entry = entry;
    return new Promise((resolve) => {
      this.waiting.push({ request, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()));
  }

  private start(): Lane {
    const worker = new Worker(this.script, { workerData: this.setup, resourceLimits: workerLimits });
    const lane: Lane = { worker, sent: [], ready: false };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') {
        lane.ready = true;
        this.tellRules(message.rules);
        return;
      }
      const at = lane.sent.findIndex((t) => t.request.id === message.id);
      const [task] = lane.sent.splice(at, 1);
      task.resolve(message.kind === 'checked' ? { report: message.report, events: message.events } : undefined);
      this.dispatch();
    });
    // An uncaught error ends the worker: its exit, which follows, is handled below.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (this.closing) return;
      // The draft it was checking is given back as failed; those sent after it go to the next worker.
      const [failed, ...others] = lane.sent;
      lane.sent = [];
      this.waiting.unshift(...others);
      if (lane.ready) {
        this.lanes[this.lanes.indexOf(lane)] = this.start();
      } else {
        this.lanes.splice(this.lanes.indexOf(lane), 1);
        if (this.lanes.length === 0) this.fail();
      }
      failed?.resolve(undefined);
      this.dispatch();
    });
    return lane;
  }

  /** No worker could start: every draft is given back, for the main thread to check. */
  private fail(): void {
    this.broken = true;
    this.tellRules(undefined);
    for (const task of this.waiting.splice(0)) task.resolve(undefined);
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let lane: Lane | undefined;
      for (const l of this.lanes) if (l.sent.length < perWorker && (!lane || l.sent.length < lane.sent.length)) lane = l;
      if (!lane) return;
      const task = this.waiting.shift()!;
      lane.sent.push(task);
      lane.worker.postMessage(task.request);
    }
  }
}
