// The extension's own tests, run inside a real VS Code extension host: by @vscode/test-electron
// (test/e2e/runElectron.ts, with a local VS Code) or by code-server through the workbench's `payload`
// URL parameter (test/e2e/extensionSuite.e2e.ts). The workspace folder must be the one
// test/e2e/workspace.ts prepares.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
