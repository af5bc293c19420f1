import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, DidChangeWorkspaceFoldersNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver/node';
import { facialRecognition, readExample, TestClient, uri, withoutRights, workspaceWithExamples } from './client';
import { harness, tenQuestions } from './harness';

const rightsSeverity = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'missing-rights')?.severity;

// The schema file and the settings: picked up without a restart, problems shown in the file itself.
describe('language server: .foi.yaml and settings', function () {
  let workspace: string;
  let client: TestClient | undefined;
  const draftText = withoutRights(readExample(facialRecognition));

  beforeEach(() => {
    workspace = workspaceWithExamples();
  });
  afterEach(() => {
    client?.kill();
    client = undefined;
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('re-checks open drafts when .foi.yaml changes on disk (a severity override takes effect)', async () => {
    const schemaFile = path.join(workspace, '.foi.yaml');
    fs.writeFileSync(schemaFile, 'extends: foia\n');
    client = await TestClient.start({ workspace });
    // The server asks to be told about schema files.
    await client.waitFor('watcher registration', () => client!.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const draft = await client.open(path.join(workspace, 'draft.md'), draftText);
    assert.equal(rightsSeverity(await client.diagnosticsFor(draft, (d) => rightsSeverity(d) !== undefined)), DiagnosticSeverity.Error);

    fs.writeFileSync(schemaFile, 'extends: foia\nrules:\n  missing-rights: info\n');
    await client.filesChanged([{ uri: uri(schemaFile), type: FileChangeType.Changed }]);
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Information);

    fs.writeFileSync(schemaFile, 'extends: foia\nrules:\n  missing-rights: "off"\n');
    await client.filesChanged([{ uri: uri(schemaFile), type: FileChangeType.Changed }]);
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === undefined);
  });

  it('uses an open .foi.yaml buffer before it is saved, and reports its problems in it', async () => {
    const schemaFile = path.join(workspace, '.foi.yaml');
    fs.writeFileSync(schemaFile, 'extends: foia\n');
    client = await TestClient.start({ workspace });
    const draft = await client.open(path.join(workspace, 'draft.md'), draftText);
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Error);

    const schemaUri = await client.open(schemaFile, 'extends: foia\nrules:\n  missing-rights: warning\n', 'yaml');
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Warning);

    // An invalid value: the problem is shown in the schema file at its line; drafts fall back to the base.
    await client.change(schemaUri, 'extends: foia\nrules:\n  missing-rights: loud\n');
    const problems = await client.diagnosticsFor(schemaUri, (d) => d.length > 0);
    assert.equal(problems[0].range.start.line, 2, JSON.stringify(problems));
    assert.equal(problems[0].severity, DiagnosticSeverity.Error);
    assert.match(String(problems[0].message), /missing-rights|loud|severity/i);
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Error);

    // Fixed again: the problems are cleared and the override applies.
    await client.change(schemaUri, 'extends: foia\nrules:\n  missing-rights: info\n');
    await client.diagnosticsFor(schemaUri, (d) => d.length === 0);
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Information);
  });

  it('reports a bad layout: entry in the open .foi.yaml at its line and column, and clears it once fixed', async () => {
    const schemaFile = path.join(workspace, '.foi.yaml');
    client = await TestClient.start({ workspace });
    const good = "extends: foia\nlayout:\n  fields:\n    received: ['^logged\\b']\n  questionNumber: ['^point\\s*\\d+']\n";
    const schemaUri = await client.open(schemaFile, good.replace("'^point\\s*\\d+'", "'^point\\s*(\\d+'"), 'yaml');
    const problems = await client.diagnosticsFor(schemaUri, (d) => d.length > 0);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.deepEqual(problems[0].range, { start: { line: 4, character: 19 }, end: { line: 4, character: 34 } });
    assert.equal(problems[0].severity, DiagnosticSeverity.Error);
    assert.match(String(problems[0].message), /^layout\.questionNumber\[0\]: invalid regular expression: missing closing \)/);

    await client.change(schemaUri, good.replace('received:', 'recieved:'));
    const misspelt = await client.diagnosticsFor(schemaUri, (d) => d.some((p) => /recieved/.test(String(p.message))));
    assert.equal(misspelt[0].range.start.line, 3);
    assert.match(String(misspelt[0].message), /unknown setting \(did you mean 'received'\?\)/);

    await client.change(schemaUri, good);
    await client.diagnosticsFor(schemaUri, (d) => d.length === 0);
  });

  it('reports an invalid .foi.yaml on disk in that file and still checks drafts against the base', async () => {
    const schemaFile = path.join(workspace, '.foi.yaml');
    fs.writeFileSync(schemaFile, 'extends: foia\nsections: 42\n');
    client = await TestClient.start({ workspace });
    const draft = await client.open(path.join(workspace, 'draft.md'), draftText);
    assert.equal(rightsSeverity(await client.diagnosticsFor(draft, (d) => rightsSeverity(d) !== undefined)), DiagnosticSeverity.Error);
    const problems = await client.diagnosticsFor(uri(schemaFile), (d) => d.length > 0);
    assert.ok(problems.every((p) => p.source === 'foi-lint' && p.range.start.line >= 0));
    assert.ok(problems.some((p) => p.range.start.line === 1), JSON.stringify(problems));

    fs.writeFileSync(schemaFile, 'extends: foia\n');
    await client.filesChanged([{ uri: uri(schemaFile), type: FileChangeType.Changed }]);
    await client.diagnosticsFor(uri(schemaFile), (d) => d.length === 0);
  });

  it('applies severity overrides from the settings on top of the schema, and re-reads them on change', async () => {
    client = await TestClient.start({ workspace, settings: { rules: { 'missing-rights': 'warning' } } });
    const draft = await client.open(path.join(workspace, 'draft.md'), draftText);
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Warning);
    await client.configurationChanged({ rules: { 'missing-rights': 'off' } });
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === undefined);
    await client.configurationChanged({ enable: false });
    await client.diagnosticsFor(draft, (d) => d.length === 0);
  });

  it('checks Markdown files that match drafts.globs', async () => {
    fs.mkdirSync(path.join(workspace, 'replies'));
    client = await TestClient.start({ workspace, settings: { drafts: { globs: ['replies/*.md'] } } });
    const inside = await client.open(path.join(workspace, 'replies', 'reply.md'), draftText, 'markdown');
    const outside = await client.open(path.join(workspace, 'notes.md'), draftText, 'markdown');
    // The drafts' own extension needs no glob, even when the editor calls the language Markdown.
    const ownExtension = await client.open(path.join(workspace, 'reply.foi.md'), draftText, 'markdown');
    await client.diagnosticsFor(inside, (d) => rightsSeverity(d) !== undefined);
    await client.diagnosticsFor(ownExtension, (d) => rightsSeverity(d) !== undefined);
    assert.equal(client.diagnostics.has(outside), false);
  });

  it('reads relative draft globs in workspace folders added later', async () => {
    const other = fs.mkdtempSync(path.join(path.dirname(workspace), 'foi-lint-lsp-other-'));
    try {
      fs.mkdirSync(path.join(other, 'replies'));
      client = await TestClient.start({ workspace, settings: { drafts: { globs: ['replies/*.md'] } } });
      const reply = path.join(other, 'replies', 'reply.md');
      const docUri = await client.open(reply, draftText, 'markdown');
      const status = () => client!.connection.sendRequest('foiLint/status', { uri: docUri });
      assert.equal(await status(), null, 'outside every workspace folder: not a draft');
      await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
        event: { added: [{ uri: uri(other), name: 'other' }], removed: [] },
      });
      await client.diagnosticsFor(docUri, (d) => rightsSeverity(d) !== undefined);
      assert.notEqual(await status(), null);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('works with clients that cannot answer workspace/configuration (settings in initializationOptions)', async () => {
    const capabilities = { textDocument: { publishDiagnostics: {} } };
    client = await TestClient.start({ workspace, capabilities, initializationOptions: { foiLint: { rules: { 'missing-rights': 'info' } } } });
    const draft = await client.open(path.join(workspace, 'draft.md'), draftText);
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Information);
    // Settings pushed with the notification itself.
    await client.configurationChanged(undefined, { foiLint: { rules: { 'missing-rights': 'error' } } });
    await client.diagnosticsFor(draft, (d) => rightsSeverity(d) === DiagnosticSeverity.Error);
  });

  it('uses no patterns from .foi.yaml in an untrusted workspace', async () => {
    fs.writeFileSync(path.join(workspace, '.foi.yaml'), "extends: foia\nplaceholders: ['ZZ[A-Z]+ZZ']\n");
    const text = readExample(facialRecognition).replace('The council does not use facial recognition software', 'The council does not use ZZPRODUCTZZ');
    client = await TestClient.start({ workspace, settings: { trusted: true } });
    const draft = await client.open(path.join(workspace, 'draft.md'), text);
    const trusted = await client.diagnosticsFor(draft, (d) => d.some((x) => x.code === 'placeholder'));
    assert.ok(trusted.some((x) => x.code === 'placeholder' && /ZZPRODUCTZZ/.test(String(x.message))), JSON.stringify(trusted.map((x) => x.message)));
    await client.configurationChanged({ trusted: false });
    await client.diagnosticsFor(draft, (d) => !d.some((x) => x.code === 'placeholder'));
  });
});

// The same service in process: what is published where, and settings read through the editor.
describe('lsp schemas: the SchemaService', () => {
  it('publishes the problems of an open settings file as it is typed, and clears them when fixed', async () => {
    const h = harness();
    const file = h.open('.foi.yaml', 'rules:\n  no-such-rule: error\n', 'yaml');
    assert.equal(h.schemas.bufferChanged(file, 'rules:\n  no-such-rule: error\n'), true);
    const problems = h.published.get(file) ?? [];
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 1);
    h.schemas.bufferChanged(file, 'rules:\n  placeholder: error\n');
    assert.deepEqual(h.published.get(file), []);
    assert.equal(h.schemas.bufferChanged(h.open('notes.md', 'x', 'markdown'), 'x'), false, 'not a settings file');
  });

  it("shows a problem in the file it is in, though a draft's settings extend it", async () => {
    const h = harness({ files: { '.foi.yaml': 'extends: ./team.foi.yaml\n', 'team.foi.yaml': 'rules:\n  placeholder: loud\n' } });
    await h.analyse('reply.foi.md', tenQuestions);
    const team = [...h.published].find(([uri]) => uri.endsWith('/team.foi.yaml'));
    assert.ok(team && team[1].length === 1, JSON.stringify([...h.published]));
    assert.equal(h.schemas.filesChanged([team[0]]), true);
    assert.equal(h.schemas.filesChanged(['file:///elsewhere/readme.md']), false);
  });

  it("reads a virtual workspace's settings through the editor", async () => {
    const asked: string[] = [];
    const h = harness({
      fetch: async (uri) => {
        asked.push(uri);
        return uri === 'vscode-vfs://github/council/foi/.foi.yaml' ? 'rules:\n  unanswered-question: warning\n' : null;
      },
    });
    const a = await h.analyse('vscode-vfs://github/council/foi/letters/reply.foi.md', tenQuestions.replace('There are 38 cameras in operation.\n', ''));
    assert.equal(a.schema.rules.get('unanswered-question'), 'warning');
    assert.ok(asked.includes('vscode-vfs://github/council/foi/letters/.foi.yaml'), asked.join(', '));
    assert.deepEqual(
      a.result.findings.filter((f) => f.ruleId === 'unanswered-question').map((f) => f.severity),
      ['warning'],
    );
  });
});
