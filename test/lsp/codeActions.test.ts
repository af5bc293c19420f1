import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeActionParams, type Range, type TextEdit } from 'vscode-languageserver/node';
import { codeActions, fixAllKind } from '../../server/src/lsp/codeActions';
import { RuleDocs } from '../../server/src/lsp/ruleDocs';
import { applyTextEdits } from './client';
import { harness, tenQuestions } from './harness';

// Quick fixes for a finding, and "fix all".
describe('lsp codeActions', () => {
  const docs = new RuleDocs('/docs');
  const noRights = tenQuestions.slice(0, tenQuestions.indexOf('Your rights\n'));
  const params = (uri: string, range: Range, only?: string[]): CodeActionParams => ({ textDocument: { uri }, range, context: { diagnostics: [], ...(only && { only }) } });
  const start: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

  it("offers the finding's fix first and preferred, then disabling the rule for the line or the file", async () => {
    const a = await harness().analyse('reply.foi.md', noRights);
    const finding = a.result.findings.find((f) => f.ruleId === 'missing-rights')!;
    const actions = codeActions(a, params(a.uri, finding.range, [CodeActionKind.QuickFix]), docs, () => undefined);
    const titles = actions.map((x) => x.title);
    assert.equal(actions[0].isPreferred, true);
    assert.match(titles[0], /Insert the standard “Your rights” paragraph/);
    assert.ok(titles.includes('Disable missing-rights for this file'), titles.join(' | '));
    const edits = actions[0].edit?.changes?.[a.uri] as TextEdit[];
    assert.match(applyTextEdits(noRights, edits), /internal review/);
  });

  it('offers to mark an unanswered question not applicable', async () => {
    const text = tenQuestions.replace('There are 38 cameras in operation.\n', '');
    const a = await harness().analyse('q.foi.md', text);
    const finding = a.result.findings.find((f) => f.ruleId === 'unanswered-question')!;
    const titles = codeActions(a, params(a.uri, finding.range), docs, () => undefined).map((x) => x.title);
    assert.ok(titles.includes('Mark question 7 as not applicable'), titles.join(' | '));
  });

  it('fixes everything with a safe fix in one action, and only when asked for that kind', async () => {
    const a = await harness().analyse('all.foi.md', noRights);
    const all = codeActions(a, params(a.uri, start, [fixAllKind]), docs, () => undefined);
    assert.equal(all.length, 1);
    assert.equal(all[0].kind, fixAllKind);
    const fixed = applyTextEdits(noRights, all[0].edit?.changes?.[a.uri] as TextEdit[]);
    const again = await harness().analyse('all.foi.md', fixed);
    assert.ok(!again.result.findings.some((f) => f.fix), 'nothing fixable is left');
    assert.deepEqual(codeActions(a, params(a.uri, start, ['refactor']), docs, () => undefined), []);
  });
});
