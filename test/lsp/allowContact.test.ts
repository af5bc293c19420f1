import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, FileChangeType, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import { parse } from 'yaml';
import { withListed } from '../../server/src/lsp/allowContact';
import { aiRecruitment, applyTextEdits, readExample, serverOnExamples, uri } from './client';

// The personal-data quick fix that lists the authority's own address in .foi.yaml, over the protocol.

describe('language server: personal-data quick fix "Add to authority.emails"', function () {
  const config = [
    '# Riverside settings: keep these comments',
    'extends: foia',
    '',
    'authority:',
    '  name: Riverside District Council   # as in our letterhead',
    '  emails:',
    '    - foi@riverside.gov.uk   # the FOI team',
    '',
    'rules:',
    '  shared-answer: info',
    '',
  ].join('\n');

  const suite = serverOnExamples({ files: { '.foi.yaml': config } });

  const personalData = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'personal-data');
  const actionsFor = (u: string, d: Diagnostic) =>
    suite.client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } }) as Promise<CodeAction[]>;

  it("adds the address to the list, keeping the file's comments, and the finding goes", async () => {
    const text = readExample(aiRecruitment).replace('foi@barnet.gov.uk', 'jane.smith@riverside.gov.uk');
    const draft = await suite.client.open(path.join(suite.workspace, 'contact.md'), text);
    const [d] = personalData(await suite.client.diagnosticsFor(draft, (x) => personalData(x).length > 0));
    const action = (await actionsFor(draft, d)).find((a) => a.title.startsWith('Add '));
    assert.ok(action, 'the quick fix is offered');
    assert.equal(action.title, 'Add jane.smith@riverside.gov.uk to authority.emails in .foi.yaml');
    const file = path.join(suite.workspace, '.foi.yaml');
    const edits = action.edit?.changes?.[uri(file)];
    assert.ok(edits?.length === 1, JSON.stringify(action.edit));
    const updated = applyTextEdits(config, edits);
    // Only the new entry is added: every other line, comments included, is as it was.
    assert.deepEqual(updated.split('\n').filter((l) => !config.split('\n').includes(l)), ['    - jane.smith@riverside.gov.uk']);
    assert.deepEqual((parse(updated) as { authority: { emails: string[] } }).authority.emails, ['foi@riverside.gov.uk', 'jane.smith@riverside.gov.uk']);

    fs.writeFileSync(file, updated);
    await suite.client.filesChanged([{ uri: uri(file), type: FileChangeType.Changed }]);
    await suite.client.diagnosticsFor(draft, (x) => personalData(x).length === 0);
  });

  it('is not offered for a National Insurance number', async () => {
    const text = readExample(aiRecruitment).replace('foi@barnet.gov.uk', 'AB 12 34 56 C');
    const draft = await suite.client.open(path.join(suite.workspace, 'nino.md'), text);
    const [d] = personalData(await suite.client.diagnosticsFor(draft, (x) => personalData(x).length > 0));
    assert.deepEqual((await actionsFor(draft, d)).filter((a) => /authority\./.test(a.title)), []);
  });
});

describe('language server: personal-data quick fix without a .foi.yaml', function () {
  const suite = serverOnExamples();

  it('offers to create a starter .foi.yaml beside the draft with the address listed', async () => {
    const text = readExample(aiRecruitment).replace('foi@barnet.gov.uk', 'jane.smith@riverside.gov.uk');
    const draft = await suite.client.open(path.join(suite.workspace, 'contact.md'), text);
    const diagnostics = await suite.client.diagnosticsFor(draft, (x) => x.some((d) => d.code === 'personal-data'));
    const d = diagnostics.find((x) => x.code === 'personal-data')!;
    const actions = (await suite.client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draft }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const create = actions.find((a) => a.title === 'Create .foi.yaml with jane.smith@riverside.gov.uk in authority.emails');
    assert.ok(create, actions.map((a) => a.title).join(' | '));
    const [created, edit] = create.edit?.documentChanges ?? [];
    assert.deepEqual(created, { kind: 'create', uri: uri(path.join(suite.workspace, '.foi.yaml')), options: { ignoreIfExists: true } });
    const written = (edit as { edits: TextEdit[] }).edits[0].newText;
    const data = parse(written) as { extends: string; authority: { emails: string[] } };
    assert.equal(data.extends, 'foia');
    assert.deepEqual(data.authority.emails, ['jane.smith@riverside.gov.uk']);
    assert.match(written, /^# foi-lint settings/);
  });
});

describe('withListed: editing .foi.yaml through the yaml document model', () => {
  it('creates the authority and the list when missing, and adds phones to authority.phones', () => {
    const out = withListed('# ours\nextends: eir\n', 'phones', '020 7946 0000');
    assert.ok(out);
    assert.match(out, /^# ours\n/);
    assert.deepEqual(parse(out), { extends: 'eir', authority: { phones: ['020 7946 0000'] } });
  });

  it('adds to a flow list and leaves an address already listed alone', () => {
    const out = withListed('authority:\n  emails: []   # ours\n', 'emails', 'a.b@x.gov.uk');
    assert.ok(out);
    assert.match(out, /# ours/);
    assert.deepEqual(parse(out), { authority: { emails: ['a.b@x.gov.uk'] } });
    assert.equal(withListed(out, 'emails', 'A.B@x.gov.uk'), undefined);
  });

  it("keeps the file's CRLF line endings", () => {
    assert.equal(withListed('authority:\r\n  emails:\r\n    - a@b.cc  # t\r\n', 'emails', 'j.s@x.gov.uk'), 'authority:\r\n  emails:\r\n    - a@b.cc  # t\r\n    - j.s@x.gov.uk\r\n');
  });

  it('declines a file it cannot read or whose authority is not a mapping', () => {
    assert.equal(withListed('authority: [', 'emails', 'a@b.cc'), undefined);
    assert.equal(withListed('authority: Riverside\n', 'emails', 'a@b.cc'), undefined);
    assert.equal(withListed('- a list\n', 'emails', 'a@b.cc'), undefined);
  });
});
