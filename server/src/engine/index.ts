// The engine's front door: the language server, the CLI and the benchmarks use this module and
// nothing else under engine/. createFoiService() gives every capability; the rest are the plain data
// shapes those capabilities return and a few pure helpers for presenting them.
import { composeResponse } from './compose/newResponse';
import { paragraphsFor, type StandardParagraphText } from './compose/paragraphs';
import { explainReading, type DraftReading } from './explain';
import type { FileSystem } from './files/file-system';
import { fixText, type FixOutcome } from './fix-all';
import { findCitations, groundsMatchingPrefix, type CitationMatch, type Ground } from './law/catalogue';
import { lint, type LintResult } from './lint';
import { refusalRequirements, type RefusalRequirements } from './rules/refusal-requirements';
import { allRules, ruleById } from './rules/registry';
import type { RuleMeta } from './rules/rule';
import { baseSchema } from './schema/load';
import { SchemaResolver, type ResolvedSchema } from './schema/resolver';
import type { Schema, StandardParagraph } from './schema/types';
import { sectionText } from './sections/insert';
import type { RegimeId } from './types';

export interface Logger {
  info(message: string): void;
}

export interface FoiServiceOptions {
  /** Where settings files (`.foi.yaml` and what they extend) are read from, and how changes are noticed. Default: the local disk. */
  fs?: FileSystem;
  /** Notices for the user's log (settings patterns ignored in an untrusted workspace). Default: none. */
  logger?: Logger;
  /** Whether the workspace's own regular expressions may run (default true); see `schemas.setTrusted`. */
  trusted?: boolean;
  /** Settings files do not change while this service lives (one CLI run): each folder is looked up once. */
  snapshot?: boolean;
}

/** The settings in effect, cached once for the whole service and refreshed when their files change. */
export interface SchemaStore {
  /** The settings for a draft: `configPath` if given, else the nearest `.foi.yaml` above it, else the built-in base. */
  forDraft(draftPath: string, configPath?: string): ResolvedSchema;
  /** The settings in one file, with its problems: to check a settings file as it is edited. */
  load(file: string): ResolvedSchema;
  /** A built-in base (foia, eir, foisa, eisr; default foia). */
  base(regime?: RegimeId): Schema;
  /** Whether the workspace's own patterns are run. */
  readonly trusted: boolean;
  /** Untrusted: the workspace's patterns are dropped (and counted). A change drops every cached result. */
  setTrusted(trusted: boolean): void;
  /** Forget what was read from one file (or from every file). */
  invalidate(file?: string): void;
}

export interface FoiService {
  /** Parse a draft and run every enabled rule; the result carries the draft model and its facts (regime, deadline, refusal). Never throws for any text. */
  lint(text: string, schema: Schema): LintResult;
  /** Apply every safe fix and re-check, until nothing changes: the fixed text and what is left to do. */
  fix(text: string, schema: Schema): FixOutcome;
  /** How a checked draft was read: regime, dates, request, questions with their answers, sections. */
  explain(result: LintResult): DraftReading;
  /** Every rule's metadata (id, description, default severity, docs), in documentation order. */
  readonly rules: readonly RuleMeta[];
  /** One rule's metadata, or undefined for an id foi-lint does not have. */
  rule(id: string): RuleMeta | undefined;
  /** Citations of sections and regulations in a text, resolved in the catalogue of the regime. */
  citationsIn(text: string, regime: RegimeId): CitationMatch[];
  /** The refusal grounds whose citation starts with what was typed ("40(", "12(5"). */
  groundsStartingWith(regime: RegimeId, typed: string): readonly Ground[];
  /** What a refusal notice relying on a ground must contain, and the rules that check it. */
  refusalRequirements(ground: Ground): RefusalRequirements;
  /** The standard paragraphs of the settings, as inserted into a document (with their heading in its style). */
  paragraphs(schema: Schema, documentText?: string): StandardParagraphText[];
  /** One standard paragraph as inserted into a checked draft. */
  paragraphText(result: LintResult, schema: Schema, paragraph: StandardParagraph): string;
  /** A new reply draft for a pasted request, dated `today` (YYYY-MM-DD). */
  newResponse(requestText: string, schema: Schema, today: string): string;
  /** The settings in effect for drafts: loading, caching, trust. */
  readonly schemas: SchemaStore;
}

export function createFoiService(options: FoiServiceOptions = {}): FoiService {
  const resolver = new SchemaResolver({ fs: options.fs, trusted: options.trusted ?? true, snapshot: options.snapshot });
  const warned = new Set<string>();
  const noticeIgnored = (resolved: ResolvedSchema): ResolvedSchema => {
    const file = resolved.file ?? '';
    if (resolved.ignoredPatterns > 0 && !warned.has(file)) {
      warned.add(file);
      options.logger?.info(
        `foi-lint: the workspace is not trusted, so ${resolved.ignoredPatterns} pattern(s) in ${resolved.file ?? 'the schema'} were not used.`,
      );
    }
    return resolved;
  };
  const rules = allRules.map((r) => r.meta);
  return {
    lint,
    fix: fixText,
    explain: explainReading,
    rules,
    rule: (id) => ruleById(id)?.meta,
    citationsIn: findCitations,
    groundsStartingWith: groundsMatchingPrefix,
    refusalRequirements: (ground) => refusalRequirements(ground),
    paragraphs: paragraphsFor,
    paragraphText: (result, schema, paragraph) => sectionText(result.draft, schema, paragraph),
    newResponse: composeResponse,
    schemas: {
      forDraft: (draftPath, configPath) => noticeIgnored(resolver.forFile(draftPath, configPath)),
      load: (file) => noticeIgnored(resolver.load(file)),
      base: (regime) => baseSchema(regime),
      get trusted() {
        return resolver.trusted;
      },
      setTrusted(trusted) {
        if (trusted !== resolver.trusted) warned.clear();
        resolver.setTrusted(trusted);
      },
      invalidate: (file) => resolver.invalidate(file),
    },
  };
}

// The data the capabilities return, and helpers to present it.
export * from './types';
export type { LintResult } from './lint';
export type { FixOutcome } from './fix-all';
export { maxFixPasses } from './fix-all';
export type { DraftFacts, FactName } from './analysis/facts';
export type { DeadlineInfo, Extension, DatedMention } from './analysis/deadline';
export { REGIME_NAMES, type RegimeInEffect, type RegimeSource } from './analysis/regime';
export { formatReading, type DraftReading, type ReadDate, type ReadQuestion } from './explain';
export { defaultAuthorityName, isRegimeId, starterConfig, starterRegimes } from './schema/starter';
export type { RuleMeta } from './rules/rule';
export type { RefusalRequirements } from './rules/refusal-requirements';
export type { StandardParagraphText } from './compose/paragraphs';
export type { CitationMatch, Ground } from './law/catalogue';
export type { Schema, SchemaProblem, StandardParagraph } from './schema/types';
export type { ResolvedSchema } from './schema/resolver';
export { NoSuchFile, type FileSystem } from './files/file-system';
export { nodeFileSystem } from './files/node-file-system';
export { applyEdits, fixEdits } from './fix';
export { formatDate } from './parse/dates';
