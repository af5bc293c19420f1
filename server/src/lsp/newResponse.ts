import { newResponseRequest, paragraphsRequest, type NewResponseResult, type ParagraphInfo } from 'foi-lint-protocol';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { FoiService, Schema } from '../engine';

// Two requests behind the editor commands "FOI: Insert standard paragraph" and "FOI: New response
// from request". Both answer from the schema in effect for a document (its nearest .foi.yaml), so an
// authority's own paragraphs are offered and used.

/** The schema for a document URI (the workspace's default schema when there is none). */
export type SchemaFor = (uri: string | undefined) => Schema | Promise<Schema>;
/** The open document's text, if it is open. */
export type TextOf = (uri: string) => string | undefined;

/** Today's date where the server runs (the officer's machine), as YYYY-MM-DD. */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function optionalUri(params: unknown): string | undefined {
  const uri = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
  return typeof uri === 'string' && uri !== '' ? uri : undefined;
}

export function registerNewResponse(connection: Connection, foi: FoiService, getSchemaFor: SchemaFor, getText: TextOf = () => undefined): void {
  connection.onRequest(paragraphsRequest, async (params: unknown): Promise<ParagraphInfo[]> => {
    const uri = optionalUri(params);
    const schema = await getSchemaFor(uri);
    return foi.paragraphs(schema, uri === undefined ? '' : getText(uri));
  });

  connection.onRequest(newResponseRequest, async (params: unknown): Promise<NewResponseResult> => {
    const requestText = typeof params === 'object' && params !== null ? (params as { requestText?: unknown }).requestText : undefined;
    if (typeof requestText !== 'string' || requestText.trim() === '') {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `${newResponseRequest} needs {requestText}: the text of the request to reply to (it was ${requestText === undefined ? 'missing' : 'empty'}).`,
      );
    }
    const schema = await getSchemaFor(optionalUri(params));
    return { text: foi.newResponse(requestText, schema, localToday()) };
  });
}
