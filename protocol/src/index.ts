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
