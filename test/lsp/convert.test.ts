import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { fromLspPosition, toLspEdit, toLspPosition, toLspSeverity, type TextFrame } from '../../server/src/lsp/convert';

// Engine positions and edits in editor coordinates: a byte-order mark the engine did not see, CRLF.
describe('lsp convert', () => {
  const bom: TextFrame = { bom: true, eol: '\n' };
  const crlf: TextFrame = { bom: false, eol: '\r\n' };

  it('moves first-line columns by one when the editor keeps a BOM, and back', () => {
    assert.deepEqual(toLspPosition(bom, { line: 0, character: 3 }), { line: 0, character: 4 });
    assert.deepEqual(toLspPosition(bom, { line: 1, character: 3 }), { line: 1, character: 3 });
    assert.deepEqual(fromLspPosition(bom, { line: 0, character: 4 }), { line: 0, character: 3 });
    assert.deepEqual(fromLspPosition(bom, { line: 0, character: 0 }), { line: 0, character: 0 });
  });

  it("writes an edit's new text with the document's line endings", () => {
    const edit = toLspEdit(crlf, { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: 'a\nb\n' });
    assert.equal(edit.newText, 'a\r\nb\r\n');
  });

  it('maps severities', () => {
    assert.equal(toLspSeverity('error'), DiagnosticSeverity.Error);
    assert.equal(toLspSeverity('warning'), DiagnosticSeverity.Warning);
    assert.equal(toLspSeverity('info'), DiagnosticSeverity.Information);
  });
});
