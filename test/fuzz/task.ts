import type { TaskReport } from './isolate';

/** What a reliability task gets inside its worker thread. */
export interface TaskContext {
  runs: number;
  seed: number;
  arg?: string;
  /** Announce the input about to be tried, for the hang watchdog. */
  track(text: string): void;
}

export type Task = (ctx: TaskContext) => TaskReport | Promise<TaskReport>;
