'use strict';
// The comparison tool, markdownlint-cli2, lives in the git-ignored bench/.tools folder, installed on
// first use with npm so a fresh clone and CI need no step of their own. 0.22.1 is the newest version
// whose engines field accepts Node 20 (0.23.0 and later need Node >= 22).

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MARKDOWNLINT_CLI2 = '0.22.1';
const TOOLS_DIR = path.resolve(__dirname, '..', '.tools');

/** The markdownlint-cli2 entry script, installing the pinned version if it is missing. */
function ensureMarkdownlint(log = () => {}) {
  const pkgDir = path.join(TOOLS_DIR, 'node_modules', 'markdownlint-cli2');
  const pkgFile = path.join(pkgDir, 'package.json');
  let installed;
  try {
    installed = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
  } catch {
    installed = undefined;
  }
  if (installed !== MARKDOWNLINT_CLI2) {
    log(`installing markdownlint-cli2@${MARKDOWNLINT_CLI2} into ${path.relative(process.cwd(), TOOLS_DIR)}`);
    fs.mkdirSync(TOOLS_DIR, { recursive: true });
    // Its own package.json keeps npm from walking up to the repository's workspaces and lock file.
    const own = path.join(TOOLS_DIR, 'package.json');
    if (!fs.existsSync(own)) fs.writeFileSync(own, JSON.stringify({ name: 'foi-lint-bench-tools', private: true }, null, 2));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--save-exact', `markdownlint-cli2@${MARKDOWNLINT_CLI2}`], {
      cwd: TOOLS_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['markdownlint-cli2'];
  return { version: pkg.version, script: path.join(pkgDir, bin) };
}

module.exports = { ensureMarkdownlint, MARKDOWNLINT_CLI2, TOOLS_DIR };
