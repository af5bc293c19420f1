import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver/node';
import { documentSymbols, flattenSymbols } from '../../server/src/lsp/symbols';
import { lineOf } from './client';
import { harness, tenQuestions } from './harness';

// The outline: Request > questions, Response > answers, the sections.
describe('lsp symbols', () => {
  it('outlines the questions under the request and the answers under the response', async () => {
    const symbols = documentSymbols(await harness().analyse('reply.foi.md', tenQuestions));
    const request = symbols.find((s) => s.name === 'Request')!;
    assert.equal(request.kind, SymbolKind.Namespace);
    assert.deepEqual(request.children?.map((c) => c.name), Array.from({ length: 10 }, (_, i) => `Question ${i + 1}`));
    const response = symbols.find((s) => s.name === 'Response')!;
    assert.equal(response.children?.[7].name, 'Answer 8');
    assert.equal(response.children?.[7].range.start.line, lineOf(tenQuestions, 'The names of individual officers'));
    assert.ok(symbols.some((s) => s.name === 'Your rights'));
  });

  it('flattens for clients without hierarchical symbols, keeping each container', async () => {
    const symbols = documentSymbols(await harness().analyse('reply.foi.md', tenQuestions));
    const flat = flattenSymbols('file:///reply.foi.md', symbols);
    const question = flat.find((s) => s.name === 'Question 8')!;
    assert.equal(question.containerName, 'Request');
    assert.equal(question.location.uri, 'file:///reply.foi.md');
  });
});
