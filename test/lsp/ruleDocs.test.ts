import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { findRuleDocsDir, RuleDocs } from '../../server/src/lsp/ruleDocs';

// Where the rule pages diagnostics link to are found.
describe('lsp ruleDocs', () => {
  it('takes --rule-docs, then FOI_LINT_RULE_DOCS, then the first candidate folder that exists', () => {
    const missing = path.join(os.tmpdir(), 'no-such-foi-docs');
    assert.equal(findRuleDocsDir([missing], ['node', 'server.js', '--rule-docs=/docs/a'], {}), path.resolve('/docs/a'));
    assert.equal(findRuleDocsDir([missing], [], { FOI_LINT_RULE_DOCS: '/docs/b' }), path.resolve('/docs/b'));
    assert.equal(findRuleDocsDir([missing, os.tmpdir()], [], {}), os.tmpdir());
    assert.equal(findRuleDocsDir([missing], [], {}), missing);
  });

  it('links each rule to its page, keeping odd characters out of the path', () => {
    const docs = new RuleDocs(path.resolve('/docs'));
    assert.match(docs.href('missing-rights'), /^file:\/\/.*\/docs\/missing-rights\.md$/);
    assert.match(docs.href('../../etc/passwd'), /\/docs\/\.\._\.\._etc_passwd\.md$/);
  });
});
