import * as assert from 'node:assert/strict';
import { harness, tenQuestions } from './harness';

// Which documents are drafts, one engine run per version, and the settings' severities on top.
describe('lsp analysis: the Analyzer', () => {
  it('checks foi-response documents and *.foi.md, and Markdown only when it matches the globs', async () => {
    const h = harness({ settings: { drafts: { globs: ['replies/*.md'] } } });
    assert.ok(await h.analyzer.analyze(h.open('a.md', tenQuestions, 'foi-response')));
    assert.ok(await h.analyzer.analyze(h.open('b.foi.md', tenQuestions, 'markdown')));
    assert.ok(await h.analyzer.analyze(h.open('replies/c.md', tenQuestions, 'markdown')));
    assert.equal(await h.analyzer.analyze(h.open('notes/d.md', tenQuestions, 'markdown')), undefined);
    assert.equal(await h.analyzer.analyze(h.open('e.txt', tenQuestions, 'plaintext')), undefined);
    assert.equal(await h.analyzer.analyze('file:///not-open.md'), undefined);
  });

  it('checks nothing when disabled', async () => {
    const h = harness({ settings: { enable: false } });
    assert.equal(await h.analyzer.analyze(h.open('a.foi.md', tenQuestions)), undefined);
  });

  it('runs the engine once per version, and again when the settings files change', async () => {
    const h = harness();
    const uri = h.open('reply.foi.md', tenQuestions);
    const first = await h.analyzer.analyze(uri);
    assert.equal(await h.analyzer.analyze(uri), first, 'the same version is served from the cache');
    h.open('reply.foi.md', tenQuestions + '\n');
    const second = await h.analyzer.analyze(uri);
    assert.notEqual(second, first);
    assert.equal(second?.version, 2);
    h.schemas.bufferChanged(h.open('.foi.yaml', 'rules:\n  placeholder: off\n', 'yaml'), 'rules:\n  placeholder: off\n');
    const third = await h.analyzer.analyze(uri);
    assert.notEqual(third, second);
    assert.equal(third?.schema.rules.get('placeholder'), 'off');
  });

  it("puts the settings' rule severities over the schema's", async () => {
    const h = harness({ settings: { rules: { 'unanswered-question': 'warning' } }, files: { '.foi.yaml': 'rules:\n  placeholder: off\n' } });
    const a = await h.analyse('reply.foi.md', tenQuestions.replace('There are 38 cameras in operation.\n', ''));
    assert.equal(a.schema.rules.get('placeholder'), 'off');
    assert.equal(a.schema.rules.get('unanswered-question'), 'warning');
    assert.deepEqual(
      a.result.findings.filter((f) => f.ruleId === 'unanswered-question').map((f) => f.severity),
      ['warning'],
    );
    assert.equal(a.regime, 'foia');
  });

  it('gives the schema for a document that is not open, and for the workspace', async () => {
    const h = harness({ files: { 'team/.foi.yaml': 'authority:\n  name: Team\n' } });
    assert.equal((await h.analyzer.schemaFor(h.open('team/x.md', '', 'markdown'))).authority.name, 'Team');
    assert.equal((await h.analyzer.schemaFor(undefined)).base, 'foia');
  });

  it('lints nothing for a draft closed while its settings were being read from the editor', async () => {
    const waiting: (() => void)[] = [];
    const h = harness({ fetch: () => new Promise((resolve) => waiting.push(() => resolve(null))) });
    const uri = h.open('vscode-vfs://github/council/foi/reply.foi.md', tenQuestions);
    const pending = h.analyzer.analyze(uri);
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(waiting.length > 0, 'the settings are being fetched');
    h.close(uri);
    // Every later round of fetches answers at once.
    waiting.splice(0).forEach((answer) => answer());
    const answering = setInterval(() => waiting.splice(0).forEach((answer) => answer()), 1);
    try {
      assert.equal(await pending, undefined);
    } finally {
      clearInterval(answering);
    }
  });
});
