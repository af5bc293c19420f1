import type { RegimeId, SeveritySetting } from '../types';

/** A compiled pattern from the schema. User patterns run on a linear-time engine (see pattern.ts). */
export interface TextPattern {
  source: string;
  test(text: string): boolean;
  /** First match, as an index and length in `text`. */
  find(text: string): { index: number; length: number } | undefined;
  /** The length of a match at the very start of `text` (where `find` would give index 0). */
  findAtStart(text: string): number | undefined;
}

export interface Mention {
  id: string;
  /** What the section must mention, as an officer would say it ("the 40 working days to ask for a review"). */
  description: string;
  patterns: TextPattern[];
}

export interface SectionSpec {
  id: string;
  title: string;
  required: boolean;
  /** Heading patterns: matched against headings and against short plain lines that stand alone. */
  heading: TextPattern[];
  /** Content patterns: a block whose text matches starts the section even without a heading. */
  text: TextPattern[];
  mustMention: Mention[];
  /** The standard paragraph that fixes the section when it is missing. */
  paragraph?: string;
  /** The rule that reports the section missing or incomplete. */
  rule?: string;
}

export interface StandardParagraph {
  id: string;
  title: string;
  description: string;
  /** Markdown; "\n" line endings. May use snippet-free placeholders like [name]: none in the bases. */
  text: string;
  /** The section it provides, if any. */
  section?: string;
}

/** The labelled fields a letter's layout may give (see bases/layout.ts). */
export type LayoutField = 'received' | 'sent' | 'reference' | 'request' | 'response';
export const layoutFields: readonly LayoutField[] = ['received', 'sent', 'reference', 'request', 'response'];

/**
 * How letters are laid out, as data: the labels of their fields and the ways their questions are
 * numbered. The built-in bases give the common house styles; `.foi.yaml` `layout:` adds more.
 */
export interface LayoutSpec {
  /**
   * Label patterns by field, matched at the start of a line (or of a table cell): "Date received",
   * "Our ref", "The request", "Our response". The value follows the label on the same line, or for
   * the request and the response, in the blocks beneath it.
   */
  fields: Record<LayoutField, TextPattern[]>;
  /** Question-number prefixes at the start of a block ("Q1", "Request 2", "Question 3 -"). */
  questionNumber: TextPattern[];
}

export interface Schema {
  /** The built-in base this schema extends. */
  base: RegimeId;
  /** Sections in house-style order: the order a reply presents them. */
  sections: SectionSpec[];
  /** Letter layouts: the base's, then the files' own additions. */
  layout: LayoutSpec;
  paragraphs: Map<string, StandardParagraph>;
  rules: Map<string, SeveritySetting>;
  /** Extra placeholder patterns on top of the built-in ones. */
  placeholders: TextPattern[];
  /** Extra non-working days (YYYY-MM-DD) on top of the bank-holiday table. */
  holidays: string[];
  /** Contact details of the authority's own that may appear in a reply. */
  allow: { emails: string[]; phones: string[] };
  authority: { name?: string; centralGovernment: boolean };
  /** Files the schema was read from, base first (built-in bases have none). */
  files: string[];
}

export interface SchemaProblem {
  file: string;
  /** 1-based, for messages; 0 when the whole file is at fault. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export class SchemaError extends Error {
  constructor(readonly problems: SchemaProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'SchemaError';
  }
}
