import { parentPort, workerData } from 'node:worker_threads';
import type { Schema } from '../engine';
import { reusable, SettingsKeys, storedReport, type StoredEntry } from './cache';
import { FileChecker, type CacheAccess } from './check';
import type { CheckEvent, CheckRequest, WorkerMessage, WorkerSetup } from './pool-messages';
import { draftChecked } from '../heap';
import type { FileReport } from './report';

// A worker of the CLI's pool: checks the drafts the main thread sends, one at a time, and answers with
// each report and what the check told on the way. The cache file stays with the main thread, which
// sends a draft's entry with it and is told whether it was reused or what to store instead.

/** The cache as a worker sees it: the one entry sent with the draft being checked. */
class RelayedCache implements CacheAccess {
  entry: StoredEntry | undefined;
  private readonly settings = new SettingsKeys();
  constructor(private readonly events: CheckEvent[]) {}

  get(draftPath: string, display: string, hash: string, schema: Schema): FileReport | undefined {
    const report = this.entry && reusable(this.entry, hash, this.settings.of(schema), display, draftPath);
    if (report) this.events.push({ kind: 'reused' });
    return report;
  }

  set(_draftPath: string, hash: string, schema: Schema, report: FileReport): void {
    this.events.push({ kind: 'stored', hash, settings: this.settings.of(schema), report: storedReport(report) });
  }
}

const port = parentPort;
if (!port) throw new Error('pool-worker runs in a worker thread');
const setup = workerData as WorkerSetup;
const events: CheckEvent[] = [];
const cache = setup.cache ? new RelayedCache(events) : undefined;
const checker = new FileChecker(
  { fix: false, quiet: setup.quiet, configPath: setup.configPath },
  {
    problem: (display, absolute, message) => events.push({ kind: 'problem', display, absolute, message }),
    configProblem: (problem) => events.push({ kind: 'config', problem }),
    fixed: () => undefined,
  },
  cache,
);
const send = (message: WorkerMessage): void => port.postMessage(message);
send({ kind: 'ready', rules: checker.rules });

// Requests are checked in the order they came: the next waits until this one is answered.
let queue = Promise.resolve();
port.on('message', (request: CheckRequest) => {
  queue = queue.then(() => check(request));
});

async function check(request: CheckRequest): Promise<void> {
  events.length = 0;
  if (cache) cache.entry = request.entry;
  draftChecked();
  try {
    const report = await checker.check({ path: request.path, display: request.display });
    send({ kind: 'checked', id: request.id, report, events: [...events] });
  } catch {
    send({ kind: 'failed', id: request.id });
  }
}
