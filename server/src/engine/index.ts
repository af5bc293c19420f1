// The engine's public surface: what the language server, the CLI and the benchmarks use.
export * from './types';
export { lint, type LintResult } from './lint';
export { applyEdits, fixEdits, computeLineStarts, detectEol, offsetAt } from './fix';
export { allRules, ruleById } from './rules/registry';
export type { Rule, RuleMeta } from './rules/rule';
export * from './schema';
export * as law from './law';
export { deadlineInfo } from './deadline';
export { regimeInEffect } from './regime';
export { refusalRequirements } from './refusal';
