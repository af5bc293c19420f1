import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentDiagnosticRequest, FileChangeType, type DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { facialRecognition, pullCapabilities, readExample, serverOnExamples, uri, withoutRights } from './client';

// Clients that declare textDocument/diagnostic pull diagnostics; the server then pushes none for drafts.
describe('language server: pull diagnostics', function () {
  const suite = serverOnExamples({ files: { '.foi.yaml': 'extends: foia\n' }, capabilities: pullCapabilities });

  const pull = (docUri: string, previousResultId?: string) =>
    suite.client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: docUri }, ...(previousResultId && { previousResultId }) }) as Promise<DocumentDiagnosticReport>;

  it('declares a diagnostic provider and answers textDocument/diagnostic', async () => {
    assert.ok(suite.client.initializeResult.capabilities.diagnosticProvider, 'diagnosticProvider is declared');
    const text = withoutRights(readExample(facialRecognition));
    const docUri = await suite.client.open(path.join(suite.workspace, 'draft.md'), text);
    const report = await pull(docUri);
    assert.equal(report.kind, 'full');
    const rights = report.kind === 'full' ? report.items.find((d) => d.code === 'missing-rights') : undefined;
    assert.ok(rights, 'missing-rights is reported');
    assert.equal(rights.source, 'foi-lint');
    assert.match(String(rights.codeDescription?.href), /docs\/rules\/missing-rights\.md$/);

    // Nothing changed: the same result id comes back as "unchanged".
    const again = await pull(docUri, report.resultId);
    assert.equal(again.kind, 'unchanged');

    await suite.client.change(docUri, readExample(facialRecognition));
    const fixed = await pull(docUri, report.resultId);
    assert.equal(fixed.kind, 'full');
    assert.equal(fixed.kind === 'full' && fixed.items.some((d) => d.code === 'missing-rights'), false);

    // Give a debounced run time to happen: still nothing pushed for the draft.
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(suite.client.diagnostics.has(docUri), false, 'no push diagnostics for a pull client');
  });

  it('asks the client to pull again when the schema changes', async () => {
    const before = suite.client.refreshRequests;
    fs.writeFileSync(path.join(suite.workspace, '.foi.yaml'), 'extends: foia\nrules:\n  missing-rights: warning\n');
    await suite.client.filesChanged([{ uri: uri(path.join(suite.workspace, '.foi.yaml')), type: FileChangeType.Changed }]);
    await suite.client.waitFor('a diagnostic refresh request', () => suite.client.refreshRequests > before);
    const docUri = await suite.client.open(path.join(suite.workspace, 'second.md'), withoutRights(readExample(facialRecognition)));
    const report = await pull(docUri);
    const rights = report.kind === 'full' ? report.items.find((d) => d.code === 'missing-rights') : undefined;
    assert.equal(rights?.severity, 2);
  });

  it('answers an empty report for documents that are not drafts', async () => {
    const notes = await suite.client.open(path.join(suite.workspace, 'notes.md'), withoutRights(readExample(facialRecognition)), 'markdown');
    const report = await pull(notes);
    assert.deepEqual(report, { kind: 'full', items: [] });
  });
});
