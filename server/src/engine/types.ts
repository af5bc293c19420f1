// The engine's public data shapes. Plain data only: no LSP or VS Code types, so every front end
// (language server, CLI, benchmarks) maps these to its own protocol.

/** Zero-based line and UTF-16 column, like LSP and like JavaScript strings. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A text replacement on the document as the engine saw it (BOM removed, original line endings). */
export interface TextEdit {
  range: Range;
  /** Uses "\n"; applyEdits converts to the document's line ending. */
  newText: string;
}

export interface Fix {
  /** Short imperative label, shown as the quick-fix title. */
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Safe to apply without review: `--fix` and "Fix all" apply these. */
  fix?: Fix;
  /** Offered as code actions only; never applied by `--fix`. */
  suggestions?: Fix[];
  /** Extra data for front ends (e.g. the question a finding is about). */
  data?: Record<string, unknown>;
  /** Other places in the draft the finding is about (the heading a missing section follows). */
  related?: RelatedPlace[];
}

export interface RelatedPlace {
  message: string;
  range: Range;
}

export type RegimeId = 'foia' | 'eir' | 'foisa' | 'eisr';

export interface DateValue {
  /** YYYY-MM-DD when the text could be read as a real calendar date. */
  iso?: string;
  /** The text as written. */
  text: string;
  range: Range;
  source: 'front-matter' | 'text';
}

export interface Located<T> {
  value: T;
  range: Range;
  source: 'front-matter' | 'text';
}

export interface LetterMeta {
  sent?: DateValue;
  received?: DateValue;
  /**
   * The text speaks to the requester (a salutation, or an opening that acknowledges the request); false
   * for a published record of a request, such as a disclosure-log page.
   */
  addressed?: boolean;
  reference?: Located<string>;
  regime?: Located<RegimeId>;
  /** Dates the letter's own text gives where front matter also gives them, to check they agree. */
  inText?: { sent?: DateValue; received?: DateValue };
}

/** One block of the draft (paragraph, heading, list item line group), with markup stripped. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item' | 'html' | 'code' | 'table' | 'other';
  /** Lines startLine..endLine inclusive, zero-based. */
  startLine: number;
  endLine: number;
  /** Markup-free text: emphasis markers, list markers and hard breaks removed, whitespace folded. */
  text: string;
  /** The range of `text`'s first character to its last in the source. */
  range: Range;
  /** Nesting depth for list items (0 = top level). */
  depth: number;
  /** The list marker or written number, e.g. "1", "(a)", "Q3", "-" for bullets. */
  marker?: string;
  /** Heading level 1-6, or 0 for a plain line that reads as a heading. */
  headingLevel?: number;
  /** A question number or answer label the block starts with ("Q4 & Q5", "Answer 1"), read by the layout. */
  item?: { role: 'question' | 'answer'; numbers: string[]; written: string };
}

export type QuestionStatus = 'answered' | 'unanswered' | 'not-applicable';

export interface Condition {
  /** The question whose answer decides whether this one applies. */
  on: Question;
  /** This question applies when that answer is yes, or when it is no. */
  when: 'yes' | 'no';
  /** How the condition was written, for messages. */
  text: string;
}

export interface Answer {
  blocks: Block[];
  range: Range;
  text: string;
  polarity: 'yes' | 'no' | 'unknown';
  /** Other questions this one answer also covers. */
  shared: Question[];
  /**
   * How it was paired with its question: under the question restated in the response, by its number or
   * label ("2.", "Answer 2"), under the question itself in the request, as the one answer to a
   * one-question request, or as the response to the whole request.
   */
  via: 'restated' | 'number' | 'under' | 'prose' | 'whole';
}

export interface Question {
  /** The number as written ("1", "2", "(a)", "Q3"), or undefined for a plain bullet. */
  number?: string;
  /** A label that always exists: the written number, or the parent's with a letter ("1.a"). */
  label: string;
  text: string;
  range: Range;
  block: Block;
  parent?: Question;
  children: Question[];
  condition?: Condition;
  /** The question restated in the response (first block), if it is. */
  restated?: Block;
  answer?: Answer;
  /** The paragraph that points to earlier responses or the disclosure log where an answer was expected. */
  pointedElsewhere?: Block;
  status: QuestionStatus;
  /** Why it is not applicable, for hover and messages. */
  statusReason?: string;
  /**
   * An "unanswered" status can be relied on: nothing at all follows the question, or the letter pairs
   * its other questions with answers (restated, numbered or under each) and this one has none. When
   * false the reader could not tell, and says so once instead of reporting the question.
   */
  sure: boolean;
}

/** One answer read as covering questions other than the one it was written under. */
export interface SharedAnswer {
  after: Question;
  covers: Question[];
  /**
   * 'conditional': a "no" to the first question that makes the rest moot; 'explicit': it says so, or
   * its label names several questions ("Q4 & Q5"); 'whole': the response answers the request as a
   * whole, with no question restated or answered by number, so it cannot be paired question by question.
   */
  kind: 'explicit' | 'conditional' | 'whole';
  answer: Answer;
}

export interface Section {
  id: string;
  title: string;
  /** The heading block, or the first block recognised by its text. */
  anchor: Block;
  /** How it was found. */
  by: 'heading' | 'text';
  /**
   * Found by words that start deep inside its first block: the block carries the reply's own words
   * before them (text extracted from a PDF often runs the answers and the closing paragraphs together).
   */
  runsOn?: boolean;
  /** All blocks that belong to the section (heading excluded). */
  blocks: Block[];
  range: Range;
  text: string;
}

export interface DisableDirective {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'not-applicable';
  rules: string[] | 'all';
  line: number;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Lines of the front matter block including its --- fences. */
  startLine: number;
  endLine: number;
  /** The file line of each top-level key (lower case). */
  keyLines?: Record<string, number>;
  error?: { message: string; range: Range };
}

export interface Draft {
  /** The text as analysed: BOM removed, line endings as in the file. */
  text: string;
  /** Lines without their terminators. */
  lines: string[];
  lineStarts: number[];
  eol: '\n' | '\r\n';
  frontMatter?: FrontMatter;
  blocks: Block[];
  meta: LetterMeta;
  /** Where the quoted request starts and ends (block indexes, end exclusive). */
  request?: { start: number; end: number; range: Range };
  response?: { start: number; end: number; range: Range };
  questions: Question[];
  sharedAnswers: SharedAnswer[];
  sections: Section[];
  directives: DisableDirective[];
}
