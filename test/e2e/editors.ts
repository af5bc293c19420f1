import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repoRoot, tempDir } from './workspace';

// The real editors, as .ci/install-editors.sh installs them: code-server (VS Code 1.100 served to a
// browser) from npm in .cache/code-server, Debian's Chromium driven by playwright-core, Neovim.

const install = 'run .ci/install-editors.sh first';
export const codeServerEntry = path.join(repoRoot, '.cache/code-server/node_modules/code-server/out/node/entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const serverBundle = path.join(repoRoot, 'dist/server.js');
export const compiledServer = path.join(repoRoot, 'server/out/server.js');
export const artifacts = path.join(repoRoot, 'test-results');

function need(file: string, what: string, how: string): string {
  if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file}: ${how}.`);
  return file;
}

/** The packaged extension (`npm run package`). */
export function vsixPath(): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return need(path.join(repoRoot, 'dist', `foi-lint-${version}.vsix`), 'The packaged extension', 'run `npm run package`');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  port: number;
  origin: string;
  dataDir: string;
  /** What code-server printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** false: start with workspace trust on, so an unknown folder opens in Restricted Mode. */
  trustAll: boolean;
  /** A .vsix to install into this instance's own extensions folder first. */
  vsix?: string;
}

/** code-server on a free port with its own user data and extensions, ready to serve. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  need(codeServerEntry, 'code-server', install);
  const dataDir = tempDir('code-server');
  const extensionsDir = path.join(dataDir, 'extensions');
  const config = path.join(dataDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  // No "what's new", no walkthrough tabs: the tests look at the editor.
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dataDir, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.startupPrompt': 'always',
      'editor.lightbulb.enabled': 'on',
    }),
  );
  const base = ['--config', config, '--user-data-dir', dataDir, '--extensions-dir', extensionsDir];
  if (options.vsix) {
    const installed = spawnSync(process.execPath, [codeServerEntry, ...base, '--install-extension', options.vsix], { encoding: 'utf8' });
    if (installed.status !== 0 || !/successfully installed/i.test(installed.stdout + installed.stderr)) {
      throw new Error(`code-server could not install ${options.vsix}:\n${installed.stdout}\n${installed.stderr}`);
    }
  }
  const port = await freePort();
  const args = [codeServerEntry, ...base, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--bind-addr', `127.0.0.1:${port}`];
  if (options.trustAll) args.push('--disable-workspace-trust');
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin}/healthz within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, origin, dataDir, log: () => output, stop };
}

export function launchChromium(): Promise<Browser> {
  need(chromiumPath, 'Chromium', install);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function artifact(name: string): string {
  fs.mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, name);
}

/** The workbench URL for a folder. */
export function folderUrl(server: CodeServer, folder: string, payload?: [string, string][]): string {
  let url = `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
