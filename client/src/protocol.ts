// The custom messages the client exchanges with the foi-lint language server, beyond plain LSP.
// Shapes and names come from the server's own declarations, as types only: the client bundle must
// not pull in server code, and the compiler checks each name below against the server's.
import type * as exportDocx from '../../server/src/lsp/exportDocx';
import type * as explain from '../../server/src/lsp/explain';
import type * as newResponse from '../../server/src/lsp/newResponse';
import type * as starter from '../../server/src/lsp/starter';
import type * as status from '../../server/src/lsp/status';

export type { DraftStatus } from '../../server/src/lsp/status';
export type { ParagraphInfo } from '../../server/src/lsp/newResponse';
export type { ExportDocxParams, ExportDocxResult } from '../../server/src/lsp/exportDocx';
export type { StarterConfigParams, StarterConfigResult } from '../../server/src/lsp/starter';

/** `foiLint/status` {uri} -> DraftStatus | null. */
export const statusRequest: typeof status.statusRequest = 'foiLint/status';
/** `foiLint/statusChanged` {uri, ...DraftStatus}, whenever a draft's status changes. */
export const statusChangedNotification: typeof status.statusChangedNotification = 'foiLint/statusChanged';
export type DraftStatusChanged = status.DraftStatus & { uri: string };

/** `foiLint/paragraphs` {uri?} -> ParagraphInfo[]: the standard paragraphs of the schema in effect. */
export const paragraphsRequest: typeof newResponse.paragraphsRequest = 'foiLint/paragraphs';

/** `foiLint/newResponse` {requestText, uri?} -> {text}: a new reply draft for a pasted request. */
export const newResponseRequest: typeof newResponse.newResponseRequest = 'foiLint/newResponse';

export interface NewResponseParams {
  requestText: string;
  /** A document whose schema (nearest .foi.yaml) the draft should follow. */
  uri?: string;
}

export interface NewResponseResult {
  text: string;
}

/** `foiLint/exportDocx` {uri, force?, template?} -> {docx?, errors}: the draft as a Word document (base64). */
export const exportDocxRequest: typeof exportDocx.exportDocxRequest = 'foiLint/exportDocx';
/** `foiLint/explain` {uri} -> {text} | null: how the draft was read (regime, dates, questions, sections). */
export const explainRequest: typeof explain.explainRequest = 'foiLint/explain';
export type { Explanation } from '../../server/src/lsp/explain';
/** `foiLint/starterConfig` {regime?, authority?} -> StarterConfigResult: the regimes, and the starter .foi.yaml. */
export const starterConfigRequest: typeof starter.starterConfigRequest = 'foiLint/starterConfig';
