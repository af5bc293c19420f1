import type { DraftFacts, FactName } from '../analysis/facts';
import type { Ground } from '../law/ground';
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

export interface RuleContext<F extends FactName = never> {
  draft: Draft;
  schema: Schema;
  /** The shared facts the rule declared in `reads`, computed once per draft whichever rule reads them first. */
  facts: Pick<DraftFacts, F>;
  report(finding: Report): void;
}

export interface Rule<F extends FactName = FactName> {
  meta: RuleMeta;
  /** The shared facts (analysis/facts.ts) this rule reads: the compiler holds check() to them. */
  reads: readonly F[];
  check(ctx: RuleContext<F>): void;
  /** For refusal-notice rules: whether the rule checks notices relying on this ground (hover and completion say so). */
  checksGround?(ground: Ground): boolean;
}
