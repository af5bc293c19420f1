import type { Schema } from '../schema/types';
import type { Draft, Finding, Severity, SeveritySetting } from '../types';

export interface RuleMeta {
  /** Public, stable id: CI users configure rules by it. */
  id: string;
  /** One line, for tables and hovers. */
  description: string;
  defaultSeverity: SeveritySetting;
  /** Whether findings carry a fix that `--fix` applies. */
  fixable: boolean;
  /** For officers: what the rule checks, why (the law or guidance), and how to fix it. Markdown. */
  docs: string;
}

export type Report = Omit<Finding, 'ruleId' | 'severity'> & {
  /** Lower than the configured severity for findings that are only advice (never higher). */
  severity?: Severity;
};

export interface RuleContext {
  draft: Draft;
  schema: Schema;
  report(finding: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
