import { parseIsoDate } from '../law/iso-date';
import type { RegimeId, SeveritySetting } from '../types';
import { compilePattern, PatternError } from './pattern';
import { pathProblem, type SourceDoc, type YamlPath } from './positions';
import type { RawLayout, RawMention, RawSchema, RawSection } from './raw';
import { didYouMean } from './suggest';
import { layoutFields, type LayoutSpec, type Mention, type SchemaProblem, type TextPattern } from './types';

// One schema file (or built-in base) with its patterns compiled and its own mistakes found: the unit
// that merge.ts stacks, base first. Every field remembers where it was written, so problems found
// after merging still point at the right line of the right file.

export interface Origin {
  src: SourceDoc;
  path: YamlPath;
}

export interface SectionLayer {
  id: string;
  at: Origin;
  title?: string;
  required?: boolean;
  heading?: TextPattern[];
  text?: TextPattern[];
  mustMention?: Mention[];
  paragraph?: string;
  rule?: string;
  after?: string;
}

export interface ParagraphLayer {
  id: string;
  at: Origin;
  title?: string;
  description?: string;
  text?: string;
  section?: string;
}

export interface Layer {
  src: SourceDoc;
  /** Set for a built-in base. */
  baseId?: RegimeId;
  /** The file's own path, for Schema.files (bases have none). */
  file?: string;
  /** Whether the file's patterns were dropped (untrusted workspace): new sections may then have none. */
  patternsIgnored: boolean;
  authority: { name?: string; centralGovernment?: boolean; emails: string[]; phones: string[] };
  sections: SectionLayer[];
  paragraphs: ParagraphLayer[];
  rules: Map<string, SeveritySetting>;
  placeholders: TextPattern[];
  holidays: string[];
  /** This file's own field labels and question numbers (empty lists when it gives none). */
  layout: LayoutSpec;
}

export interface LayerOptions {
  /** Compile patterns with the native engine (built-in bases only). */
  nativePatterns: boolean;
  patternsIgnored: boolean;
  baseId?: RegimeId;
  file?: string;
  /** Rule ids that `rules` and `rule` may name; undefined skips the check. */
  knownRuleIds?: ReadonlySet<string>;
}

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Compile one file's settings. `raw` has passed the JSON Schema (or is a typed built-in base). */
export function compileLayer(raw: RawSchema, src: SourceDoc, opts: LayerOptions): { layer: Layer; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const compile = (source: string, path: YamlPath): TextPattern | undefined => {
    try {
      const pattern = compilePattern(source, { trusted: opts.nativePatterns });
      // A pattern that matches empty text matches every line: always a mistake (`a|`, `^`, `x*`).
      if (pattern.find('') !== undefined || pattern.find(' ')?.length === 0) {
        problems.push(pathProblem(src, path, `the pattern '${source}' matches empty text, so it would match everywhere: make it match at least one character`));
        return undefined;
      }
      return pattern;
    } catch (error) {
      const reason = error instanceof PatternError ? error.message : `invalid regular expression: ${String(error)}`;
      problems.push(pathProblem(src, path, reason));
      return undefined;
    }
  };
  const compileList = (sources: readonly string[], path: YamlPath): TextPattern[] =>
    sources.flatMap((s, i) => compile(s, [...path, i]) ?? []);

  const layer: Layer = {
    src,
    baseId: opts.baseId,
    file: opts.file,
    patternsIgnored: opts.patternsIgnored,
    authority: {
      name: raw.authority?.name,
      centralGovernment: raw.authority?.centralGovernment,
      emails: [...(raw.authority?.emails ?? [])],
      phones: [...(raw.authority?.phones ?? [])],
    },
    sections: [],
    paragraphs: [],
    rules: new Map(),
    placeholders: compileList(raw.placeholders ?? [], ['placeholders']),
    holidays: [],
    layout: compileLayout(raw.layout, compileList),
  };

  const sectionIds = new Map<string, number>();
  (raw.sections ?? []).forEach((section, i) => {
    const path = ['sections', i];
    if (sectionIds.has(section.id)) {
      problems.push(
        pathProblem(src, [...path, 'id'], `section '${section.id}' is already given at sections[${sectionIds.get(section.id)}]: merge the two entries`),
      );
      return;
    }
    sectionIds.set(section.id, i);
    layer.sections.push(compileSection(section, { src, path }, compile, compileList, problems));
    if (section.rule !== undefined) checkRuleId(section.rule, [...path, 'rule'], 'value');
  });

  for (const id of Object.keys(raw.paragraphs ?? {})) {
    const p = raw.paragraphs![id];
    layer.paragraphs.push({
      id,
      at: { src, path: ['paragraphs', id] },
      ...(own(p, 'title') && { title: p.title }),
      ...(own(p, 'description') && { description: p.description }),
      ...(own(p, 'text') && p.text !== undefined && { text: p.text.replace(/\r\n?/g, '\n') }),
      ...(own(p, 'section') && { section: p.section }),
    });
  }

  for (const id of Object.keys(raw.rules ?? {})) {
    if (checkRuleId(id, ['rules', id], 'key')) layer.rules.set(id, raw.rules![id]);
  }

  (raw.holidays ?? []).forEach((day, i) => {
    if (parseIsoDate(day) !== undefined) layer.holidays.push(day);
    else problems.push(pathProblem(src, ['holidays', i], `'${day}' is not a real date (YYYY-MM-DD)`));
  });

  return { layer, problems };

  function checkRuleId(id: string, path: YamlPath, on: 'key' | 'value'): boolean {
    if (!opts.knownRuleIds || opts.knownRuleIds.has(id)) return true;
    problems.push(pathProblem(src, path, `unknown rule '${id}'${didYouMean(id, opts.knownRuleIds)}`, on));
    return false;
  }
}

function compileSection(
  section: RawSection,
  at: Origin,
  compile: (source: string, path: YamlPath) => TextPattern | undefined,
  compileList: (sources: readonly string[], path: YamlPath) => TextPattern[],
  problems: SchemaProblem[],
): SectionLayer {
  const out: SectionLayer = { id: section.id, at };
  if (own(section, 'title')) out.title = section.title;
  if (own(section, 'required')) out.required = section.required;
  if (own(section, 'heading')) out.heading = compileList(section.heading!, [...at.path, 'heading']);
  if (own(section, 'text')) out.text = compileList(section.text!, [...at.path, 'text']);
  if (own(section, 'paragraph')) out.paragraph = section.paragraph;
  if (own(section, 'rule')) out.rule = section.rule;
  if (own(section, 'after')) out.after = section.after;
  if (own(section, 'mustMention')) {
    const seen = new Set<string>();
    out.mustMention = [];
    section.mustMention!.forEach((mention: RawMention, k) => {
      const path = [...at.path, 'mustMention', k];
      if (seen.has(mention.id)) {
        problems.push(pathProblem(at.src, [...path, 'id'], `mention '${mention.id}' is given twice in this section: keep one`));
        return;
      }
      seen.add(mention.id);
      const patterns =
        typeof mention.pattern === 'string'
          ? [compile(mention.pattern, [...path, 'pattern'])].flatMap((p) => p ?? [])
          : compileList(mention.pattern, [...path, 'pattern']);
      out.mustMention!.push({ id: mention.id, description: mention.description, patterns });
    });
  }
  return out;
}

function compileLayout(raw: RawLayout | undefined, compileList: (sources: readonly string[], path: YamlPath) => TextPattern[]): LayoutSpec {
  const fields = {} as LayoutSpec['fields'];
  for (const field of layoutFields) fields[field] = compileList(raw?.fields?.[field] ?? [], ['layout', 'fields', field]);
  return { fields, questionNumber: compileList(raw?.questionNumber ?? [], ['layout', 'questionNumber']) };
}
