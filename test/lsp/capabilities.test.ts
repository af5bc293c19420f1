import * as assert from 'node:assert/strict';
import { clientAbilities, serverCapabilities } from '../../server/src/lsp/capabilities';

// What the server offers depends on what the client can do: pull diagnostics and workspace folders.
describe('lsp capabilities', () => {
  it('reads nothing into a client that declares nothing', () => {
    const none = clientAbilities({});
    assert.ok(Object.values(none).every((v) => v === false), JSON.stringify(none));
    const caps = serverCapabilities(none);
    assert.equal(caps.diagnosticProvider, undefined);
    assert.equal(caps.workspace, undefined);
    assert.ok(caps.hoverProvider && caps.codeLensProvider && caps.completionProvider && caps.foldingRangeProvider);
  });

  it('offers pull diagnostics and workspace folders to clients that support them', () => {
    const client = clientAbilities({
      textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      workspace: { workspaceFolders: true, configuration: true },
    });
    assert.equal(client.pullDiagnostics, true);
    assert.equal(client.markdownHover, true);
    assert.equal(client.hierarchicalSymbols, true);
    const caps = serverCapabilities(client);
    assert.equal(caps.diagnosticProvider?.identifier, 'foi-lint');
    assert.equal(caps.workspace?.workspaceFolders?.supported, true);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['(', ')']);
  });
});
