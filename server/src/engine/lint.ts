import { draftFacts, type DraftFacts } from './analysis/facts';
import { parseDraft } from './parse/draft';
import { isDisabled } from './parse/directives';
import { allRules } from './rules/registry';
import type { Rule } from './rules/rule';
import type { Schema } from './schema/types';
import type { Draft, Finding, Severity } from './types';

export interface LintResult {
  draft: Draft;
  /** The shared facts of this draft (regime, deadline, refusal...): the rules' and the front ends' one copy. */
  facts: DraftFacts;
  findings: Finding[];
  /** Rules that threw: reported by front ends as internal errors; the other rules still ran. */
  failures: { ruleId: string; error: unknown }[];
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Parse a draft and run every enabled rule over it. Never throws for any text. */
export function lint(text: string, schema: Schema, rules: readonly Rule[] = allRules): LintResult {
  const draft = parseDraft(text, schema);
  const facts = draftFacts(draft, schema);
  const findings: Finding[] = [];
  const failures: LintResult['failures'] = [];
  for (const rule of rules) {
    const setting = schema.rules.get(rule.meta.id) ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    try {
      rule.check({
        draft,
        schema,
        facts,
        report(report) {
          const severity = report.severity && rank[report.severity] < rank[setting] ? report.severity : setting;
          const finding: Finding = { ...report, ruleId: rule.meta.id, severity };
          if (!isDisabled(draft.directives, finding.ruleId, finding.range.start.line)) findings.push(finding);
        },
      });
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
  }
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { draft, facts, findings, failures };
}
