import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type CodeLens,
  CodeLensRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver/node';
import { fixturesDir, lineOf, positionOf, serverOnExamples } from './client';

// Completion, hover, outline, folding and the status request, over the protocol.
describe('language server: completion, hover, outline, folding, status', function () {
  const suite = serverOnExamples({
    files: {
      // The authority's own schema adds a standard paragraph of its own.
      '.foi.yaml': [
        'extends: foia',
        'paragraphs:',
        '  parking-appeals:',
        '    title: Parking appeals',
        '    description: How to challenge a penalty charge notice.',
        '    text: You can challenge a penalty charge notice within 28 days at example.gov.uk/parking.',
        '',
      ].join('\n'),
    },
  });
  let uri: string;
  const text = fs.readFileSync(path.join(fixturesDir, 'ten-questions.md'), 'utf8');

  before(async () => {
    uri = await suite.client.open(path.join(suite.workspace, 'ten-questions.md'), text);
    await suite.client.diagnosticsFor(uri);
  });

  const complete = async (docUri: string, position: { line: number; character: number }) => {
    const result = (await suite.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: docUri }, position })) as CompletionList | null;
    return result?.items ?? [];
  };
  const hoverAt = async (docUri: string, position: { line: number; character: number }) => {
    const h = (await suite.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: docUri }, position })) as Hover | null;
    return h ? { value: (h.contents as MarkupContent).value, range: h.range } : undefined;
  };
  const insertText = (item: CompletionItem) => (item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText);

  it('completes standard paragraphs by name, the base ones and the authority’s own', async () => {
    const draft = `${text}\nYour ri`;
    const draftUri = await suite.client.open(path.join(suite.workspace, 'paragraphs.md'), draft);
    const lines = draft.split('\n');
    const items = await complete(draftUri, { line: lines.length - 1, character: 'Your ri'.length });
    const rights = items.find((i) => i.label === 'Your rights');
    assert.ok(rights, `labels: ${items.map((i) => i.label).join(', ')}`);
    assert.match(String(rights.detail), /\w/);
    assert.match(String(insertText(rights)), /40 working days/);
    // The edit replaces what was typed, from the start of the line.
    assert.deepEqual(rights.textEdit && 'range' in rights.textEdit && rights.textEdit.range, {
      start: { line: lines.length - 1, character: 0 },
      end: { line: lines.length - 1, character: 7 },
    });
    const own = items.find((i) => i.label === 'Parking appeals');
    assert.ok(own, 'the authority’s paragraph is offered');
    assert.equal(own.detail, 'How to challenge a penalty charge notice.');
    assert.equal(insertText(own), 'You can challenge a penalty charge notice within 28 days at example.gov.uk/parking.');
  });

  it('completes exemption citations after "section 4", with names and absolute or qualified', async () => {
    const draft = `${text}\nThe names are withheld under section 4`;
    const draftUri = await suite.client.open(path.join(suite.workspace, 'citation.md'), draft);
    const line = draft.split('\n').length - 1;
    const items = await complete(draftUri, { line, character: draft.split('\n')[line].length });
    const labels = items.map((i) => i.label);
    for (const c of ['40(2)', '41', '43(2)']) assert.ok(labels.includes(c), `${c} in ${labels.join(', ')}`);
    assert.ok(!labels.includes('21'), 'only citations starting with 4');
    const personal = items.find((i) => i.label === '40(2)')!;
    assert.match(String(personal.detail), /personal/i);
    const confidence = items.find((i) => i.label === '41')!;
    assert.match(String(confidence.detail), /\babsolute\b/);
    const commercial = items.find((i) => i.label === '43(2)')!;
    assert.match(String(commercial.detail), /\bqualified\b/);
    // Only the typed number is replaced.
    const edit = commercial.textEdit && 'range' in commercial.textEdit ? commercial.textEdit : undefined;
    assert.equal(edit?.range.start.character, draft.split('\n')[line].length - 1);
    assert.equal(edit?.newText, '43(2)');

    const short = `${text}\nwithheld under s.4`;
    const shortUri = await suite.client.open(path.join(suite.workspace, 'citation-short.md'), short);
    const shortLine = short.split('\n').length - 1;
    const shortItems = await complete(shortUri, { line: shortLine, character: short.split('\n')[shortLine].length });
    assert.ok(shortItems.some((i) => i.label === '40(2)'));

    // Prose is not a citation: no grounds after "this section " or "there's 4".
    for (const prose of ['In this section ', "There's 4"]) {
      const doc = `${text}\n${prose}`;
      const proseUri = await suite.client.open(path.join(suite.workspace, `prose-${prose.length}.md`), doc);
      const proseLine = doc.split('\n').length - 1;
      const proseItems = await complete(proseUri, { line: proseLine, character: prose.length });
      assert.deepEqual(proseItems.filter((i) => /^\d/.test(i.label)).map((i) => i.label), [], prose);
    }

    const eir = `${text}\nwithheld under regulation 12(5`;
    const eirUri = await suite.client.open(path.join(suite.workspace, 'citation-eir.md'), eir);
    const eirLine = eir.split('\n').length - 1;
    const eirItems = await complete(eirUri, { line: eirLine, character: eir.split('\n')[eirLine].length });
    const eirLabels = eirItems.map((i) => i.label);
    assert.ok(eirLabels.includes('12(5)(e)'), eirLabels.join(', '));
    assert.ok(eirLabels.every((l) => l.startsWith('12(5')));
  });

  it('hovers on a question with its status and where it is answered', async () => {
    const asked = await hoverAt(uri, positionOf(text, '- 8. Please provide the names', 6));
    assert.ok(asked, 'a hover on the question in the request');
    assert.match(asked.value, /Question 8/);
    assert.match(asked.value, /answered/);
    const answerLine = lineOf(text, 'The names of individual officers') + 1;
    assert.match(asked.value, new RegExp(`line ${answerLine}\\b`));

    const restated = await hoverAt(uri, positionOf(text, '8. Please provide the names', 3 + text.indexOf('\n8. Please provide') - text.indexOf('8. Please provide')));
    assert.ok(restated);
    assert.match(restated.value, /Question 8/);
    assert.match(restated.value, new RegExp(`request at line ${lineOf(text, '- 8. Please provide') + 1}\\b`));

    // An unanswered question says so.
    const unanswered = text.replace('There are 38 cameras in operation.\n', '');
    const unansweredUri = await suite.client.open(path.join(suite.workspace, 'hover-unanswered.md'), unanswered);
    const h = await hoverAt(unansweredUri, positionOf(unanswered, '- 7. How many cameras', 5));
    assert.match(String(h?.value), /unanswered/);
  });

  it('hovers on an exemption citation with its name, standing and what the refusal must contain', async () => {
    const at = positionOf(text, 'section 40(2)', 9);
    const h = await hoverAt(uri, at);
    assert.ok(h, 'a hover on the citation');
    assert.match(h.value, /personal data/i);
    assert.match(h.value, /absolute|qualified/);
    assert.match(h.value, /must contain/);
    assert.match(h.value, /Information Commissioner/);
    assert.equal(h.range?.start.line, at.line);
  });

  it('hovers on the letter date with the statutory deadline and working days used', async () => {
    const h = await hoverAt(uri, positionOf(text, '2 April 2024', 2));
    assert.ok(h, 'a hover on the date');
    // Received Friday 15 March 2024: the 20th working day is Wednesday 17 April 2024 (Easter in between).
    assert.match(h.value, /Wednesday 17 April 2024/);
    assert.match(h.value, /working day 9 of 20/);
  });

  it('shows the deadline as a code lens on the letter date', async () => {
    const lenses = (await suite.client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, lineOf(text, '2 April 2024'));
    assert.equal(lenses[0].command?.title, 'FOI deadline: 17 April 2024 · dated on working day 9 of 20');
  });

  it('outlines the request with its questions, the response with its answers, and the sections', async () => {
    const symbols = (await suite.client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Request') && names.includes('Response') && names.includes('Your rights'), names.join(', '));
    const request = symbols.find((s) => s.name === 'Request')!;
    assert.deepEqual(
      request.children?.map((c) => c.name),
      Array.from({ length: 10 }, (_, i) => `Question ${i + 1}`),
    );
    assert.equal(request.children?.[7].range.start.line, lineOf(text, '- 8. Please provide'));
    const response = symbols.find((s) => s.name === 'Response')!;
    assert.equal(response.children?.length, 10);
    assert.equal(response.children?.[7].name, 'Answer 8');
    assert.equal(response.children?.[7].range.start.line, lineOf(text, 'The names of individual officers'));
  });

  it('folds the request, the response and each section', async () => {
    const ranges = (await suite.client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
    const starts = ranges.map((r) => r.startLine);
    assert.ok(starts.includes(lineOf(text, 'Your rights\n')), JSON.stringify(ranges));
    assert.ok(starts.includes(lineOf(text, 'Response\n')));
    const request = ranges.find((r) => r.startLine <= lineOf(text, '- 1. How many') && r.endLine >= lineOf(text, '- 10. Does'));
    assert.ok(request, 'a fold covering the request');
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
  });

  it('folds front matter', async () => {
    const withFront = `---\nreference: "7001234"\nregime: foia\n---\n${text}`;
    const frontUri = await suite.client.open(path.join(suite.workspace, 'front.md'), withFront);
    const ranges = (await suite.client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: frontUri } })) as FoldingRange[];
    assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 3), JSON.stringify(ranges));
  });

  it('answers foiLint/status and notifies when the status changes', async () => {
    const status = await suite.client.connection.sendRequest('foiLint/status', { uri });
    assert.deepEqual(status, { unanswered: 0, questions: 10, deadline: '2024-04-17', workingDaysUsed: 9 });
    const seen = suite.client.statusEvents.length;
    const version = await suite.client.change(uri, text.replace('There are 38 cameras in operation.\n', ''));
    await suite.client.waitFor('a status change', () => suite.client.statusEvents.slice(seen).some((e) => e.uri === uri && e.unanswered === 1));
    assert.equal(suite.client.version(uri), version);
    assert.deepEqual(await suite.client.connection.sendRequest('foiLint/status', { uri }), { unanswered: 1, questions: 10, deadline: '2024-04-17', workingDaysUsed: 9 });
    // Not a draft: no status.
    assert.equal(await suite.client.connection.sendRequest('foiLint/status', { uri: 'file:///nowhere.md' }), null);
  });

  it('answers foiLint/explain with how the draft was read: questions with their answer lines, sections', async () => {
    const result = (await suite.client.connection.sendRequest('foiLint/explain', { uri })) as { text: string } | null;
    assert.ok(result, 'an explanation for a draft');
    assert.match(result.text, /^Regime: FOIA/m);
    assert.match(result.text, /^Questions: 10$/m);
    assert.match(result.text, /^ {2}1 {2}line \d+ {2}answered at line \d+/m);
    assert.match(result.text, /^Sections: /m);
    assert.equal(await suite.client.connection.sendRequest('foiLint/explain', { uri: 'file:///nowhere.md' }), null);
  });
});
