import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compiledServer } from './editors';
import { removeTempDirs, singleDraftWorkspace } from './workspace';

// (a) Neovim 0.7's built-in LSP client, an editor that knows nothing of VS Code, gets the server's
// diagnostics for a draft with a missing section.

const lua = (server: string, draft: string) => `
local client_id = vim.lsp.start_client({
  cmd = { 'node', ${JSON.stringify(server)}, '--stdio' },
  root_dir = ${JSON.stringify(path.dirname(draft))},
  name = 'foi-lint',
})
if not client_id then
  io.stderr:write('could not start the language server\\n')
  vim.cmd('cquit 2')
end
vim.cmd('edit ' .. vim.fn.fnameescape(${JSON.stringify(draft)}))
local buf = vim.api.nvim_get_current_buf()
-- Neovim sends the filetype as the language id: make it the drafts' language.
vim.bo[buf].filetype = 'foi-response'
vim.lsp.buf_attach_client(buf, client_id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
io.stdout:write(vim.fn.json_encode(vim.diagnostic.get(buf)) .. '\\n')
vim.lsp.stop_client(client_id)
if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
`;

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  message: string;
  severity: number;
  source?: string;
  code?: string;
}

describe('Neovim as an LSP client', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('shows the missing "Your rights" section on the right line', () => {
    assert.ok(fs.existsSync(compiledServer), `${compiledServer} missing: build first (npx tsc -b)`);
    const { dir, draft } = singleDraftWorkspace();
    const script = path.join(dir, 'test.lua');
    fs.writeFileSync(script, lua(compiledServer, draft));
    const started = Date.now();
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${script}`], { encoding: 'utf8', timeout: 40_000 });
    assert.equal(run.error, undefined, `nvim did not run (${String(run.error)}): run .ci/install-editors.sh first`);
    assert.equal(run.status, 0, `no diagnostics arrived in Neovim:\n${run.stdout}\n${run.stderr}`);
    const jsonLine = run.stdout.split('\n').find((l) => l.startsWith('['));
    assert.ok(jsonLine, `no diagnostics JSON in Neovim's output:\n${run.stdout}\n${run.stderr}`);
    const diagnostics = JSON.parse(jsonLine) as NeovimDiagnostic[];
    const missing = diagnostics.find((d) => d.code === 'missing-rights');
    assert.ok(missing, `a missing-rights diagnostic among ${JSON.stringify(diagnostics)}`);
    assert.equal(missing.source, 'foi-lint');
    assert.equal(missing.severity, 1, 'an error');
    assert.match(missing.message, /Your rights/);
    // Reported where the fix inserts it: on the line below the last section present (the
    // direct-marketing notice), not on that section's heading.
    const lines = fs.readFileSync(draft, 'utf8').split('\n');
    assert.equal(lines[missing.lnum]?.trim() ?? '', '', `line ${missing.lnum + 1}: ${lines[missing.lnum]}`);
    const above = lines.slice(0, missing.lnum).filter((l) => l.trim() !== '').pop() ?? '';
    assert.match(above, /officer names|PECR|Direct Marketing/i, `the text above line ${missing.lnum + 1}: ${above}`);
    console.log(`      Neovim: ${diagnostics.length} diagnostic(s) in ${Date.now() - started} ms`);
  });
});
