import type { RegimeId, SeveritySetting } from '../types';
import type { Layer, Origin, ParagraphLayer, SectionLayer } from './layer';
import { pathProblem } from './positions';
import { didYouMean } from './suggest';
import { layoutFields, type LayoutSpec, type SchemaProblem, type TextPattern } from './types';

// Stacks layers, base first. Sections and paragraphs merge by id, field by field: a later file
// changes only the fields it gives. Lists of extras (placeholders, holidays, contact details, layout
// patterns) add up; single values (authority name, rule severities) are overridden.

/** A section after merging: one file's fields (less `after`, used while merging), and where they came from. */
export interface MergedSection extends Omit<SectionLayer, 'after'> {
  /** Where the section was first defined. */
  at: Origin;
  /** Where `paragraph` was last set, to report a reference to a missing paragraph. */
  paragraphAt?: Origin;
  /** Set when the layer that defined it had its patterns dropped (untrusted workspace). */
  patternsIgnored: boolean;
}

/** A paragraph after merging: a paragraph layer, plus where its section was set. */
export interface MergedParagraph extends ParagraphLayer {
  sectionAt?: Origin;
}

export interface MergedSchema {
  base?: RegimeId;
  sections: MergedSection[];
  paragraphs: Map<string, MergedParagraph>;
  rules: Map<string, SeveritySetting>;
  placeholders: TextPattern[];
  holidays: string[];
  /** The base's layout patterns, then each file's, in file order. */
  layout: LayoutSpec;
  authority: { name?: string; centralGovernment?: boolean; emails: string[]; phones: string[] };
  files: string[];
}

export function mergeLayers(layers: readonly Layer[]): { merged: MergedSchema; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const merged: MergedSchema = {
    sections: [],
    paragraphs: new Map(),
    rules: new Map(),
    placeholders: [],
    holidays: [],
    layout: { fields: { received: [], sent: [], reference: [], request: [], response: [] }, questionNumber: [] },
    authority: { emails: [], phones: [] },
    files: [],
  };
  for (const layer of layers) {
    if (layer.baseId) merged.base = layer.baseId;
    if (layer.file) merged.files.push(layer.file);
    mergeSections(merged.sections, layer, problems);
    for (const p of layer.paragraphs) mergeParagraph(merged.paragraphs, p, problems);
    for (const [id, severity] of layer.rules) merged.rules.set(id, severity);
    merged.placeholders.push(...layer.placeholders);
    merged.holidays.push(...layer.holidays);
    mergeLayout(merged.layout, layer.layout);
    const a = layer.authority;
    if (a.name !== undefined) merged.authority.name = a.name;
    if (a.centralGovernment !== undefined) merged.authority.centralGovernment = a.centralGovernment;
    merged.authority.emails.push(...a.emails);
    merged.authority.phones.push(...a.phones);
  }
  return { merged, problems };
}

/**
 * An authority's labels and numbering add to the base's, never replace them: its letters may still
 * use a common style too. The base's come first, so they are tried first; a pattern given again
 * (by source) is kept once.
 */
function mergeLayout(target: LayoutSpec, given: LayoutSpec): void {
  const append = (list: TextPattern[], extra: readonly TextPattern[]) => {
    const seen = new Set(list.map((p) => p.source));
    for (const p of extra) {
      if (seen.has(p.source)) continue;
      seen.add(p.source);
      list.push(p);
    }
  };
  for (const field of layoutFields) append(target.fields[field], given.fields[field]);
  append(target.questionNumber, given.questionNumber);
}

function mergeSections(sections: MergedSection[], layer: Layer, problems: SchemaProblem[]): void {
  const byId = new Map(sections.map((s) => [s.id, s]));
  // First every section is added or changed, so `after` may name a section given later in the file.
  for (const given of layer.sections) {
    const existing = byId.get(given.id);
    if (existing) {
      assignSection(existing, given);
      continue;
    }
    const created: MergedSection = { id: given.id, at: given.at, patternsIgnored: layer.patternsIgnored };
    assignSection(created, given);
    checkNewSection(created, given, layer, problems);
    sections.push(created);
    byId.set(created.id, created);
  }
  // Then sections with `after` move into place; several after the same section keep file order.
  const placedAfter = new Map<string, number>();
  for (const given of layer.sections) {
    if (given.after === undefined) continue;
    const afterPath = [...given.at.path, 'after'];
    if (given.after === given.id) {
      problems.push(pathProblem(given.at.src, afterPath, `a section cannot follow itself`));
      continue;
    }
    if (!byId.has(given.after)) {
      problems.push(
        pathProblem(given.at.src, afterPath, `unknown section '${given.after}'${didYouMean(given.after, byId.keys())}; known sections: ${[...byId.keys()].join(', ')}`),
      );
      continue;
    }
    const moving = byId.get(given.id)!;
    sections.splice(sections.indexOf(moving), 1);
    const count = placedAfter.get(given.after) ?? 0;
    sections.splice(sections.indexOf(byId.get(given.after)!) + 1 + count, 0, moving);
    placedAfter.set(given.after, count + 1);
  }
}

function assignSection(target: MergedSection, given: SectionLayer): void {
  if (given.title !== undefined) target.title = given.title;
  if (given.required !== undefined) target.required = given.required;
  if (given.heading !== undefined) target.heading = given.heading;
  if (given.text !== undefined) target.text = given.text;
  if (given.mustMention !== undefined) target.mustMention = given.mustMention;
  if (given.rule !== undefined) target.rule = given.rule;
  if (given.paragraph !== undefined) {
    target.paragraph = given.paragraph;
    target.paragraphAt = { src: given.at.src, path: [...given.at.path, 'paragraph'] };
  }
}

function checkNewSection(section: MergedSection, given: SectionLayer, layer: Layer, problems: SchemaProblem[]): void {
  if (section.title === undefined) {
    problems.push(pathProblem(given.at.src, given.at.path, `new section '${section.id}' needs a title (shown in messages)`));
  }
  const findable = (section.heading?.length ?? 0) + (section.text?.length ?? 0) > 0;
  if (!findable && !layer.patternsIgnored) {
    problems.push(
      pathProblem(given.at.src, given.at.path, `new section '${section.id}' needs heading or text patterns, so that it can be found in a reply`),
    );
  }
}

function mergeParagraph(paragraphs: Map<string, MergedParagraph>, given: ParagraphLayer, problems: SchemaProblem[]): void {
  let target = paragraphs.get(given.id);
  if (!target) {
    const missing = (['title', 'text'] as const).filter((k) => given[k] === undefined);
    if (missing.length) {
      problems.push(pathProblem(given.at.src, given.at.path, `new paragraph '${given.id}' needs ${missing.map((k) => `a ${k}`).join(' and ')}`));
    }
    target = { id: given.id, at: given.at };
    paragraphs.set(given.id, target);
  }
  if (given.title !== undefined) target.title = given.title;
  if (given.description !== undefined) target.description = given.description;
  if (given.text !== undefined) target.text = given.text;
  if (given.section !== undefined) {
    target.section = given.section;
    target.sectionAt = { src: given.at.src, path: [...given.at.path, 'section'] };
  }
}
