import type { RuleMeta } from '../../engine';
import type { FileReport, Summary } from '../report';

/** A problem that is not a finding: a config file that does not load, a file that cannot be read. */
export interface Notice {
  message: string;
  /** Path as shown to the user, if the notice is about a file. */
  file?: string;
  /** Absolute path of that file. */
  path?: string;
  /** 1-based; absent or 0 when the whole file is at fault. */
  line?: number;
  column?: number;
}

export interface FormatterContext {
  version: string;
  cwd: string;
  rules: readonly RuleMeta[];
  color: boolean;
}

/**
 * Formatters are streamed: `start`, then `file` once per file as soon as it is linted, then `end`.
 * Each returns text to write; none keeps a file's report after returning.
 */
export interface Formatter {
  start(): string;
  file(report: FileReport): string;
  end(summary: Summary, notices: readonly Notice[]): string;
}
