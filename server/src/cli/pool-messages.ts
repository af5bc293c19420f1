import type { RuleMeta, SchemaProblem } from '../engine';
import type { StoredEntry } from './cache';
import type { FileReport } from './report';

// What the main thread and the pool's workers say to each other (pool.ts, pool-worker.ts).

/** workerData: the options that change a check. --fix never runs in the pool. */
export interface WorkerSetup {
  quiet: boolean;
  configPath: string | undefined;
  cache: boolean;
}

/** A draft to check, with its entry from the cache when there is one. */
export interface CheckRequest {
  id: number;
  path: string;
  display: string;
  entry?: StoredEntry & { report: string };
}

/** What the check told on the way, replayed by the main thread in the order of the files. */
export type CheckEvent =
  | { kind: 'problem'; display: string; absolute: string | undefined; message: string }
  | { kind: 'config'; problem: SchemaProblem }
  /** The cache entry sent was reused. */
  | { kind: 'reused' }
  /** A new cache entry for the draft. */
  | { kind: 'stored'; hash: string; settings: string; report: string };

export type WorkerMessage =
  | { kind: 'ready'; rules: readonly RuleMeta[] }
  | { kind: 'checked'; id: number; report: FileReport; events: CheckEvent[] }
  /** The check threw: the main thread checks the draft itself, to fail as a run without the pool would. */
  | { kind: 'failed'; id: number };
