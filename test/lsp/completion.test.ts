import * as assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver/node';
import { completions } from '../../server/src/lsp/completion';
import { harness, tenQuestions } from './harness';

// Grounds after "section 4" and standard paragraphs at the start of a line.
describe('lsp completion', () => {
  const insert = (item: CompletionItem) => (item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText);
  const completeAtEnd = async (lastLine: string, files?: Record<string, string>) => {
    const h = harness({ files });
    const text = `${tenQuestions}\n${lastLine}`;
    const a = await h.analyse('reply.foi.md', text);
    const line = text.split('\n').length - 1;
    return completions(h.foi, a, { line, character: lastLine.length })?.items ?? [];
  };

  it('offers the grounds whose citation starts with what was typed, in the regime of the keyword', async () => {
    const labels = (await completeAtEnd('withheld under section 4')).map((i) => i.label);
    assert.ok(labels.includes('40(2)') && labels.includes('43(2)'), labels.join(', '));
    assert.ok(!labels.includes('21'));
    const eir = (await completeAtEnd('withheld under regulation 12(5')).map((i) => i.label);
    assert.ok(eir.includes('12(5)(e)') && eir.every((l) => l.startsWith('12(5')), eir.join(', '));
  });

  it('offers no grounds in prose', async () => {
    for (const prose of ['In this section ', "There's 4"]) {
      assert.deepEqual((await completeAtEnd(prose)).filter((i) => /^\d/.test(i.label)), [], prose);
    }
  });

  it("offers the standard paragraphs, the authority's own too, replacing the words typed", async () => {
    const items = await completeAtEnd('Your ri', { '.foi.yaml': 'paragraphs:\n  parking:\n    title: Parking appeals\n    description: PCNs.\n    text: Appeal within 28 days.\n' });
    const rights = items.find((i) => i.label === 'Your rights');
    assert.match(String(rights && insert(rights)), /40 working days/);
    assert.equal(insert(items.find((i) => i.label === 'Parking appeals')!), 'Appeal within 28 days.');
  });

  it('offers nothing inside front matter', async () => {
    const h = harness();
    const a = await h.analyse('fm.foi.md', `---\nregime: foia\n---\n${tenQuestions}`);
    assert.equal(completions(h.foi, a, { line: 1, character: 3 }), null);
  });
});
