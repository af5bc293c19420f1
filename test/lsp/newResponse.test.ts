import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver/node';
import { baseSchema, parseSchemaText } from '../../server/src/engine/schema/load';
import type { Schema } from '../../server/src/engine/schema/types';
import { newResponseRequest, paragraphsRequest, type ParagraphInfo } from 'foi-lint-protocol';
import { createFoiService } from '../../server/src/engine';
import { registerNewResponse } from '../../server/src/lsp/newResponse';

// foiLint/paragraphs and foiLint/newResponse over a real JSON-RPC connection (in memory), with the
// handlers registered exactly as the server registers them.

describe('foiLint/paragraphs and foiLint/newResponse', () => {
  const asked: (string | undefined)[] = [];
  const texts = new Map<string, string>();
  const custom = parseSchemaText(
    'paragraphs:\n  open-data:\n    title: Open data\n    description: Our open data portal.\n    text: See https://opendata.example.gov.uk for [dataset].\n',
    '/ws/custom/.foi.yaml',
  ).schema as Schema;
  let client: ProtocolConnection;

  before(() => {
    assert.ok(custom, 'the custom schema compiles');
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    registerNewResponse(
      connection,
      createFoiService(),
      (uri) => {
        asked.push(uri);
        return uri?.includes('/custom/') ? custom : baseSchema('foia');
      },
      (uri) => texts.get(uri),
    );
    connection.listen();
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.listen();
  });
  after(() => client.dispose());

  it('lists the paragraphs of the schema in effect for the document', async () => {
    const base = await client.sendRequest<ParagraphInfo[]>(paragraphsRequest, { uri: 'file:///ws/reply.foi.md' });
    assert.equal(asked.at(-1), 'file:///ws/reply.foi.md');
    assert.deepEqual(
      base.map((p) => p.id),
      [...baseSchema('foia').paragraphs.keys()],
    );
    const own = await client.sendRequest<ParagraphInfo[]>(paragraphsRequest, { uri: 'file:///ws/custom/reply.foi.md' });
    const openData = own.find((p) => p.id === 'open-data');
    assert.equal(openData?.text, 'See https://opendata.example.gov.uk for [dataset].');
    assert.ok(own.some((p) => p.id === 'rights'), 'the base paragraphs are still there');
  });

  it('writes section headings the way the open document does', async () => {
    const plain = 'Thank you for your request received on 8 September 2020.\n\nFurther information\n\nSee the portal.\n';
    texts.set('file:///ws/plain.foi.md', plain);
    const inPlain = await client.sendRequest<ParagraphInfo[]>(paragraphsRequest, { uri: 'file:///ws/plain.foi.md' });
    assert.match(inPlain.find((p) => p.id === 'rights')?.text ?? '', /^Your rights\n\nIf you are unhappy/);
    const unknown = await client.sendRequest<ParagraphInfo[]>(paragraphsRequest, {});
    assert.equal(asked.at(-1), undefined, 'no uri: the default schema');
    assert.match(unknown.find((p) => p.id === 'rights')?.text ?? '', /^## Your rights\n\n/);
    assert.equal(unknown.find((p) => p.id === 'rights')?.section, 'rights');
  });

  it('composes a new response from the request text', async () => {
    const { text } = await client.sendRequest<{ text: string }>(newResponseRequest, {
      requestText: '1. How many libraries are there?\n2. Which open on Sundays?',
      uri: 'file:///ws/custom/new.foi.md',
    });
    assert.equal(asked.at(-1), 'file:///ws/custom/new.foi.md');
    assert.match(text, /## Response\n\n1\. How many libraries are there\?\n\n\[TBC\]\n\n2\. Which open on Sundays\?\n\n\[TBC\]/);
    assert.match(text, /^\d{1,2} [A-Z][a-z]+ \d{4}\n/, 'dated today');
  });

  it('answers a request without text with a clear InvalidParams error', async () => {
    await assert.rejects(client.sendRequest(newResponseRequest, { requestText: '   ' }), (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, ErrorCodes.InvalidParams);
      assert.match(error.message, /needs \{requestText\}.*empty/);
      return true;
    });
    await assert.rejects(client.sendRequest(newResponseRequest, {}), /missing/);
  });
});
