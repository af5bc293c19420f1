import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { convertDraft, paragraphAt } from '../../server/src/convert';
import { repoRoot } from '../cli/helpers';

// A reply LibreOffice Writer saved as .docx (test/fixtures/docx, made by scripts/gen-docx-fixtures.sh):
// what the engine gets to check, and how its positions lead back to the document's paragraphs.

describe('Word documents to Markdown', () => {
  let text: string;
  let converted: Awaited<ReturnType<typeof convertDraft>>;
  before(async () => {
    converted = await convertDraft('docx', fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'docx', 'reply-review.docx')));
    assert.ok(converted.ok, converted.ok ? '' : converted.reason);
    text = converted.text;
  });

  it('writes Word\'s automatic numbers as the reader sees them, continuing across the response', () => {
    for (const line of ['Q1 How many potholes', 'Q2 How much did the council spend', '(a) How much of that was paid', '(b) Which contractors were paid']) {
      assert.equal(text.split('\n').filter((l) => l.startsWith(line)).length, 2, `${line}: in the request and restated in the response`);
    }
  });

  it('keeps headings, bold and tables', () => {
    assert.match(text, /^## Response$/m);
    assert.match(text, /^\| \*\*Question\*\* \| \*\*Answer\*\* \|$/m);
    assert.match(text, /^\| Potholes reported in 2023 \| 4,812 \|$/m);
  });

  it('reads the text with tracked changes accepted, and notes each change and unresolved comment', () => {
    assert.match(text, /on pothole repairs in the 2023 calendar year\./);
    assert.doesNotMatch(text, /We have listed the names of the two contractors/);
    const notes = [...text.matchAll(/<!-- foi-lint-review (\{.*?\}) -->/g)].map((m) => JSON.parse(m[1]) as { kind: string });
    assert.deepEqual(notes.map((n) => n.kind), ['comment', 'insertion', 'deletion']);
    assert.doesNotMatch(text, /Agreed with legal/, 'a resolved comment is not a finding');
  });

  it('maps every line of the Markdown back to a paragraph: its number and first words', () => {
    assert.ok(converted.ok && converted.map);
    const map = converted.map;
    const lines = text.split('\n');
    const at = (needle: string) => paragraphAt(map, { line: lines.findIndex((l) => l.includes(needle)), character: 0 });
    assert.deepEqual(at('Riverside District Council'), { number: 1, snippet: 'Riverside District Council' });
    assert.deepEqual(at('4,812 potholes were reported'), { number: 20, snippet: '4,812 potholes were reported.' });
    assert.equal(at('Q1 How many potholes')?.snippet, 'Q1 How many potholes were reported on council…');
    const numbers = map.anchors.map((a) => a.paragraph.number);
    assert.deepEqual(numbers, numbers.map((_, i) => i + 1), 'paragraphs in order, none skipped');
  });
});
