import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { allRules } from '../../server/src/engine/rules/registry';
import type { Rule } from '../../server/src/engine/rules/rule';
import { baseSchema } from '../../server/src/engine/schema/load';
import type { Analysis } from '../../server/src/lsp/analysis';
import { frameOf } from '../../server/src/lsp/convert';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { FailureLog } from '../../server/src/lsp/failures';
import { RuleDocs } from '../../server/src/lsp/ruleDocs';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { facialRecognition, readExample, withoutRights } from './client';

// A rule that throws must not cost the other rules' diagnostics; the failure is logged, once.
describe('language server: a rule that fails', () => {
  const broken: Rule = {
    meta: { id: 'broken-rule', description: 'Always throws.', defaultSeverity: 'error', fixable: false, docs: '' },
    reads: [],
    check() {
      throw new Error('boom');
    },
  };

  it('logs the failure once per document and still publishes the other findings', () => {
    const text = withoutRights(readExample(facialRecognition));
    const schema = baseSchema('foia');
    const result = lint(text, schema, [broken, ...allRules]);
    assert.equal(result.failures.length, 1);
    const analysis = {
      uri: 'file:///draft.md',
      version: 1,
      text,
      frame: frameOf(text, result.draft),
      result,
      schema,
      regime: 'foia',
      settings: normalizeSettings(undefined),
      resultId: '1',
      engineMs: 0,
    } satisfies Analysis;
    const logged: string[] = [];
    const failures = new FailureLog((m) => logged.push(m));
    failures.report(analysis);
    failures.report(analysis);
    assert.equal(logged.length, 1, 'logged once, not on every keystroke');
    assert.match(logged[0], /broken-rule failed on file:\/\/\/draft\.md.*boom/s);
    const diagnostics = toDiagnostics(result.findings, { ...analysis, version: 1 }, new RuleDocs('/docs/rules'));
    assert.ok(diagnostics.some((d) => d.code === 'missing-rights'), 'the other rules still report');
    // A new document logs its own failures.
    failures.report({ ...analysis, uri: 'file:///other.md' });
    assert.equal(logged.length, 2);
  });
});
