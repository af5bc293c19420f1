import type { RegimeId, SeveritySetting } from '../types';
import type { LayoutField } from './types';

// The shape of a `.foi.yaml` file as written (and of the built-in bases, which are written the same
// way). schema/compile.ts turns a merged RawSchema into a Schema. The JSON Schema in
// server/schema/foi-lint.schema.json describes this shape for editors and for validation.

export interface RawMention {
  id: string;
  description: string;
  /** One regular expression or several (any may match); case-insensitive. */
  pattern: string | string[];
}

export interface RawSection {
  id: string;
  title?: string;
  required?: boolean;
  heading?: string[];
  text?: string[];
  mustMention?: RawMention[];
  paragraph?: string;
  rule?: string;
  /** For a new section: the id of the section it follows in house-style order. */
  after?: string;
}

/** A standard paragraph. A file may give only `text` to change a base paragraph's wording. */
export interface RawParagraph {
  title?: string;
  description?: string;
  text?: string;
  section?: string;
}

/** `layout:`: field labels and question-number patterns added to the base's. */
export interface RawLayout {
  fields?: Partial<Record<LayoutField, string[]>>;
  questionNumber?: string[];
}

export interface RawSchema {
  $schema?: string;
  /** A built-in base ("foia", "eir", "foisa", "eisr") or a path to another schema file. */
  extends?: string;
  authority?: {
    name?: string;
    /** Part I of Schedule 1 to FOIA (central government): the £600 / 24 hours cost limit. */
    centralGovernment?: boolean;
    /** The authority's own contact addresses and numbers, allowed in replies. */
    emails?: string[];
    phones?: string[];
  };
  sections?: RawSection[];
  paragraphs?: Record<string, RawParagraph>;
  rules?: Record<string, SeveritySetting>;
  placeholders?: string[];
  holidays?: string[];
  layout?: RawLayout;
}

export type BaseId = RegimeId;
