import { convertTasks } from './convert-tasks';
import { engineTasks } from './engine-tasks';
import { extremeTask } from './extremes';
import { schemaTasks } from './schema-tasks';
import type { Task } from './task';

/** Every task a reliability test can run in a worker (see isolate.ts), by name. */
export const tasks: Record<string, Task> = { ...engineTasks, ...schemaTasks, ...convertTasks, extreme: extremeTask };
