// Runs the extension's own suite (client/src/test) in desktop VS Code through @vscode/test-electron,
// for machines that have VS Code installed: VSCODE_EXECUTABLE=/path/to/code node test/out/e2e/runElectron.js
// (test-electron would otherwise download VS Code, which CI here cannot). The same suite runs in
// code-server on every CI machine: test/e2e/extensionSuite.e2e.ts.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot, suiteWorkspace } from './workspace';

async function main(): Promise<void> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    console.error('Set VSCODE_EXECUTABLE to a local VS Code (>= 1.100), e.g. VSCODE_EXECUTABLE=$(which code).');
    process.exit(2);
  }
  const exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'client/out/test/index.js'),
    launchArgs: [suiteWorkspace(), '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
