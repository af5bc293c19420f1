// The custom messages between the foi-lint extension and its language server, beyond plain LSP: one
// declaration of each name and shape, compiled by both sides. No dependencies, so the client bundle
// pulls in no server code and the server none of the client's.

/** `foiLint/status` {uri} -> DraftStatus, or null when the document is not a draft. */
export const statusRequest = 'foiLint/status';

export interface StatusParams {
  uri: string;
}

/** What the client's status bar shows for a draft. */
export interface DraftStatus {
  unanswered: number;
  questions: number;
  /** The statutory deadline, YYYY-MM-DD, when the date of receipt is known. */
  deadline?: string;
  /** Working days from receipt to the letter's date. */
  workingDaysUsed?: number;
}

/** `foiLint/statusChanged` {uri, ...DraftStatus}: sent whenever a draft's status changes. */
export const statusChangedNotification = 'foiLint/statusChanged';

export type DraftStatusChanged = DraftStatus & { uri: string };

/** `foiLint/paragraphs` {uri?} -> ParagraphInfo[]: the standard paragraphs of the settings in effect for the document. */
export const paragraphsRequest = 'foiLint/paragraphs';

export interface ParagraphsParams {
  uri?: string;
}

export interface ParagraphInfo {
  id: string;
  title: string;
  description: string;
  /** The text as inserted: with the section's heading, in the document's heading style, when the section has one. */
  text: string;
  section?: string;
}

/** `foiLint/newResponse` {requestText, uri?} -> {text}: a new reply draft for a pasted request. */
export const newResponseRequest = 'foiLint/newResponse';

export interface NewResponseParams {
  requestText: string;
  /** A document whose settings (nearest .foi.yaml) the draft should follow. */
  uri?: string;
}

export interface NewResponseResult {
  text: string;
}

/**
 * `foiLint/readFile` {uri} -> {text}, or null when there is no such file. Sent by the server to the
 * client for settings files it cannot read itself (a virtual workspace's `.foi.yaml`).
 */
export const readFileRequest = 'foiLint/readFile';

export interface ReadFileParams {
  uri: string;
}

export type ReadFileResult = { text: string } | null;

/** `foiLint/explain` {uri} -> {text} | null: how the draft was read (regime, dates, questions, sections). */
export const explainRequest = 'foiLint/explain';

export interface ExplainParams {
  uri: string;
}

export interface Explanation {
  text: string;
}

/** `foiLint/exportDocx` {uri, force?, template?} -> ExportDocxResult: the draft as a Word document. */
export const exportDocxRequest = 'foiLint/exportDocx';

export interface ExportDocxParams {
  uri: string;
  /** Export even when the draft has errors. */
  force?: boolean;
  /** The authority's letterhead (.docx with {{reply}}), as a file path the server can read. */
  template?: string;
}

export interface ExportDocxResult {
  /** The Word document, base64; absent when the draft has errors and `force` was not set. */
  docx?: string;
  /** The draft's errors (1-based lines), exported or not. */
  errors: { line: number; message: string; ruleId: string }[];
}

/** `foiLint/starterConfig` {regime?, authority?} -> StarterConfigResult: the regimes, and the starter .foi.yaml. */
export const starterConfigRequest = 'foiLint/starterConfig';

export interface StarterConfigParams {
  regime?: string;
  authority?: string;
}

export interface StarterConfigResult {
  /** The regimes to choose from: foia, eir, foisa, eisr. */
  regimes: { id: 'foia' | 'eir' | 'foisa' | 'eisr'; label: string }[];
  defaultAuthority: string;
  /** The file's text for the regime (foia when none or an unknown one is given). */
  text: string;
}
