import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { artifact, folderUrl, launchChromium, startCodeServer, type CodeServer } from './editors';
import { removeTempDirs, repoRoot, suiteWorkspace } from './workspace';

// (c) The extension's mocha suite (client/src/test) inside code-server's real extension host, started
// the way @vscode/test-electron starts it: extensionDevelopmentPath and extensionTestsPath, given to
// the workbench in its `payload` URL parameter. The suite reports back through codeAutomationLog
// and codeAutomationExit.

describe('the extension suite in the VS Code extension host (code-server)', function () {
  this.timeout(180_000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    [server, browser] = await Promise.all([startCodeServer({ trustAll: true }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    removeTempDirs();
  });

  it('passes', async () => {
    const cs = server!;
    const testsIndex = path.join(repoRoot, 'client/out/test/index.js');
    assert.ok(fs.existsSync(testsIndex), `${testsIndex} missing: build first (npx tsc -b)`);
    const remote = (p: string) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: cs.origin });
    const page = await context.newPage();

    const output: string[] = [];
    let finished: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (finished = resolve));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // Console calls arrive as their arguments: the first may be a printf-style format.
      const line = format(...(Array.isArray(args) ? args : [args]));
      output.push(type === 'error' ? `[error] ${line}` : line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finished(code));

    const started = Date.now();
    await page.goto(
      folderUrl(cs, suiteWorkspace(), [
        ['extensionDevelopmentPath', remote(repoRoot)],
        ['extensionTestsPath', remote(testsIndex)],
      ]),
    );
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 150_000).unref());
    const code = await Promise.race([exit, timeout]);
    const report = output.join('\n');
    fs.writeFileSync(artifact('extension-suite.log'), `${report}\n\n--- code-server ---\n${cs.log()}`);
    if (code !== 0) await page.screenshot({ path: artifact('extension-suite-failure.png') });
    await context.close();
    assert.equal(code, 0, `the extension suite ${code === -1 ? 'did not finish' : 'failed'}:\n${report}`);
    const timing = /foi-lint timing: .*/.exec(report);
    console.log(`      extension suite: ${Date.now() - started} ms in the workbench; ${timing?.[0] ?? 'no timing line'}`);
  });
});
