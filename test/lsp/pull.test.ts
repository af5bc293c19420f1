import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentDiagnosticRequest, FileChangeType, type DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { facialRecognition, pullCapabilities, readExample, TestClient, uri, withoutRights, workspaceWithExamples } from './client';

// Clients that declare textDocument/diagnostic pull diagnostics; the server then pushes none for drafts.
describe('language server: pull diagnostics', function () {
  let workspace: string;
  let client: TestClient;

  before(async () => {
    workspace = workspaceWithExamples();
    fs.writeFileSync(path.join(workspace, '.foi.yaml'), 'extends: foia\n');
    client = await TestClient.start({ workspace, capabilities: pullCapabilities });
  });
  after(() => {
    client.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const pull = (docUri: string, previousResultId?: string) =>
    client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: docUri }, ...(previousResultId && { previousResultId }) }) as Promise<DocumentDiagnosticReport>;

  it('declares a diagnostic provider and answers textDocument/diagnostic', async () => {
    assert.ok(client.initializeResult.capabilities.diagnosticProvider, 'diagnosticProvider is declared');
    const text = withoutRights(readExample(facialRecognition));
    const docUri = await client.open(path.join(workspace, 'draft.md'), text);
    const report = await pull(docUri);
    assert.equal(report.kind, 'full');
    const rights = report.kind === 'full' ? report.items.find((d) => d.code === 'missing-rights') : undefined;
    assert.ok(rights, 'missing-rights is reported');
    assert.equal(rights.source, 'foi-lint');
    assert.match(String(rights.codeDescription?.href), /docs\/rules\/missing-rights\.md$/);

    // Nothing changed: the same result id comes back as "unchanged".
    const again = await pull(docUri, report.resultId);
    assert.equal(again.kind, 'unchanged');

    await client.change(docUri, readExample(facialRecognition));
    const fixed = await pull(docUri, report.resultId);
    assert.equal(fixed.kind, 'full');
    assert.equal(fixed.kind === 'full' && fixed.items.some((d) => d.code === 'missing-rights'), false);

    // Give a debounced run time to happen: still nothing pushed for the draft.
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(client.diagnostics.has(docUri), false, 'no push diagnostics for a pull client');
  });

  it('asks the client to pull again when the schema changes', async () => {
    const before = client.refreshRequests;
    fs.writeFileSync(path.join(workspace, '.foi.yaml'), 'extends: foia\nrules:\n  missing-rights: warning\n');
    await client.filesChanged([{ uri: uri(path.join(workspace, '.foi.yaml')), type: FileChangeType.Changed }]);
    await client.waitFor('a diagnostic refresh request', () => client.refreshRequests > before);
    const docUri = await client.open(path.join(workspace, 'second.md'), withoutRights(readExample(facialRecognition)));
    const report = await pull(docUri);
    const rights = report.kind === 'full' ? report.items.find((d) => d.code === 'missing-rights') : undefined;
    assert.equal(rights?.severity, 2);
  });

  it('answers an empty report for documents that are not drafts', async () => {
    const notes = await client.open(path.join(workspace, 'notes.md'), withoutRights(readExample(facialRecognition)), 'markdown');
    const report = await pull(notes);
    assert.deepEqual(report, { kind: 'full', items: [] });
  });
});
