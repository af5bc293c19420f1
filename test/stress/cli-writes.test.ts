import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixText } from '../../server/src/engine/fix-all';
import { baseSchema } from '../../server/src/engine/schema/load';
import { letterTexts } from '../fuzz/corpus';
import { repoRoot } from './raw-client';

// `foi-lint --fix` writes other people's files, so every way a write can go wrong is tried for real
// with the built CLI: read-only files and folders (also where permissions bind for root: an
// immutable folder, or the CLI run as an unprivileged user), a file saved by someone else between
// the CLI's read and its write, a symlink, and the process killed with SIGKILL mid-run. Whatever
// happens, each file is either as it was or fully fixed, and nothing half-written is left.

const cliPath = path.join(repoRoot, 'server', 'out', 'cli.js');
const hookPath = path.join(__dirname, 'replace-during-write.js');
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

const letter = letterTexts[0].text;
const draftText = letter.slice(0, letter.search(/^#*\s*\**Your rights/im));
const fixedText = fixText(draftText, baseSchema()).text;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], opts: { cwd: string; env?: Record<string, string>; preload?: boolean; asNobody?: boolean }): Run {
  const node = [...(opts.preload ? ['--require', hookPath] : []), cliPath, ...args];
  const [command, argv] = opts.asNobody
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, ...node]]
    : [process.execPath, node];
  const r = spawnSync(command, argv as string[], { cwd: opts.cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...opts.env }, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Files in a folder other than the drafts the test put there: leftovers of an interrupted write. */
function strays(dir: string, expected: readonly string[]): string[] {
  return fs.readdirSync(dir).filter((f) => !expected.includes(f));
}

describe('stress: --fix writes', function () {
  this.timeout(120_000);
  let dir: string;
  const cleanups: (() => void)[] = [];

  beforeEach(() => {
    assert.notEqual(fixedText, draftText, 'the draft has something to fix');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-writes-'));
    fs.chmodSync(dir, 0o755); // so the unprivileged user can reach it
  });
  afterEach(() => {
    for (const undo of cleanups.splice(0)) undo();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const draft = (name = 'reply.md', text = draftText) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  function expectRefused(run: Run, file: string, message: RegExp, before = draftText): void {
    assert.equal(run.code, 2, `exit 2 for a file not written (stderr: ${run.stderr})`);
    assert.match(run.stderr, message);
    assert.equal(fs.readFileSync(file, 'utf8'), before, 'the file is as it was');
    assert.deepEqual(strays(dir, [path.basename(file)]), [], 'no temporary file left');
  }

  it('removes a temporary file a killed run left beside the draft it fixes, and no one else\'s', () => {
    const file = draft();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    const stale = path.join(dir, `.reply.md.foi-lint-${dead}-0123abcd.tmp`);
    const live = path.join(dir, `.reply.md.foi-lint-${process.pid}-89abcdef.tmp`);
    const other = path.join(dir, `.other.md.foi-lint-${dead}-0123abcd.tmp`);
    for (const f of [stale, live, other]) fs.writeFileSync(f, 'half a fix');
    const run = cli(['--fix', file], { cwd: dir });
    assert.notEqual(run.code, 2, run.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), fixedText);
    assert.equal(fs.existsSync(stale), false, 'the dead run\'s temporary file is removed');
    assert.equal(fs.existsSync(live), true, 'a running process\'s temporary file is left alone');
    assert.equal(fs.existsSync(other), true, 'temporary files of other drafts are left to their own fix');
  });

  it('refuses a read-only file, leaving it as it was', () => {
    const file = draft();
    fs.chmodSync(file, 0o444);
    expectRefused(cli(['--fix', file], { cwd: dir }), file, /read-only/);
  });

  it('refuses an immutable file even as root (chattr +i)', function () {
    const file = draft();
    if (!immutable(file, cleanups)) return this.skip();
    expectRefused(cli(['--fix', file], { cwd: dir }), file, /read-only|permission|cannot write/i);
  });

  it('refuses a read-only file as an unprivileged user, where permissions bind', function () {
    if (!isRoot || !has('setpriv')) return this.skip();
    const file = draft();
    fs.chmodSync(file, 0o644); // root's file: the unprivileged user may read it, not write it
    expectRefused(cli(['--fix', file], { cwd: dir, asNobody: true }), file, /read-only|permission/i);
  });

  for (const how of ['write', 'rename'] as const) {
    it(`does not overwrite a file another editor saved (${how === 'write' ? 'in place' : 'by rename'}) between the read and the write`, () => {
      const file = draft();
      const run = cli(['--fix', file], { cwd: dir, preload: true, env: { FOI_LINT_TEST_REPLACE: file, FOI_LINT_TEST_REPLACE_HOW: how } });
      expectRefused(run, file, /changed on disk/, 'Saved by someone else while foi-lint was fixing.\n');
    });
  }

  it('fixes the target of a symlink and keeps the link a link', () => {
    fs.mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'reply.md');
    fs.writeFileSync(target, draftText);
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(path.join('real', 'reply.md'), link);
    const run = cli(['--fix', link], { cwd: dir });
    assert.notEqual(run.code, 2, run.stderr);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(fs.readlinkSync(link), path.join('real', 'reply.md'), 'pointing where it did');
    assert.equal(fs.readFileSync(target, 'utf8'), fixedText, 'the target is fixed');
    assert.deepEqual(strays(dir, ['real', 'link.md']), []);
    assert.deepEqual(strays(path.join(dir, 'real'), ['reply.md']), []);
  });

  it('refuses to fix in a folder marked read-only', () => {
    const sub = path.join(dir, 'locked');
    fs.mkdirSync(sub);
    const file = path.join(sub, 'reply.md');
    fs.writeFileSync(file, draftText);
    fs.chmodSync(sub, 0o555);
    cleanups.push(() => fs.chmodSync(sub, 0o755));
    const run = cli(['--fix', file], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /folder|permission/i);
    assert.equal(fs.readFileSync(file, 'utf8'), draftText);
    assert.deepEqual(fs.readdirSync(sub), ['reply.md']);
  });

  it('refuses to fix in an immutable folder even as root (chattr +i)', function () {
    const sub = path.join(dir, 'locked');
    fs.mkdirSync(sub);
    const file = path.join(sub, 'reply.md');
    fs.writeFileSync(file, draftText);
    if (!immutable(sub, cleanups)) return this.skip();
    const run = cli(['--fix', file], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /folder|permission|cannot write/i);
    assert.equal(fs.readFileSync(file, 'utf8'), draftText, 'not rewritten in place either');
    assert.deepEqual(fs.readdirSync(sub), ['reply.md']);
  });

  it('refuses to fix in a folder the unprivileged user cannot write, though the file is theirs', function () {
    if (!isRoot || !has('setpriv')) return this.skip();
    const sub = path.join(dir, 'theirs');
    fs.mkdirSync(sub, { mode: 0o755 });
    const file = path.join(sub, 'reply.md');
    fs.writeFileSync(file, draftText);
    fs.chownSync(file, NOBODY, NOBODY); // writable by them, in a folder that is not
    const run = cli(['--fix', file], { cwd: dir, asNobody: true });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /folder|permission/i);
    assert.equal(fs.readFileSync(file, 'utf8'), draftText);
    assert.deepEqual(fs.readdirSync(sub), ['reply.md']);
  });

  it('killed with SIGKILL mid-run, leaves every file as it was or fully fixed, and ignores any temporary file', async () => {
    // A corpus large enough that the kill lands while files are being written.
    const filler = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} of the background to this request, kept for the record.`).join('\n\n');
    const original = `${draftText.trimEnd()}\n\n${filler}\n`;
    const fixed = fixText(original, baseSchema()).text;
    assert.notEqual(fixed, original);
    const names = Array.from({ length: 60 }, (_, i) => `reply-${String(i).padStart(2, '0')}.md`);
    for (const n of names) fs.writeFileSync(path.join(dir, n), original);

    const state = () => {
      let done = 0;
      for (const n of names) {
        const text = fs.readFileSync(path.join(dir, n), 'utf8');
        if (text === fixed) done++;
        else assert.equal(text, original, `${n} is neither the original nor the fixed text (${text.length} chars)`);
      }
      return done;
    };

    const leftovers = new Set<string>();
    let kills = 0;
    for (const extraMs of [0, 15, 40, 80, 150]) {
      const before = state();
      if (before === names.length) break;
      const child = spawn(process.execPath, [cliPath, '--fix', '--format', 'json', dir], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Wait for the first write of this run, then a little more, then kill without warning.
      const until = Date.now() + 30_000;
      while (state() === before && child.exitCode === null && Date.now() < until) await delay(2);
      await delay(extraMs);
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        kills++;
      }
      await exited;
      state();
      for (const f of strays(dir, names)) leftovers.add(f);
    }
    assert.ok(kills > 0, 'at least one run was killed mid-way');

    // A full run finishes the job and reports only the drafts: a leftover temporary file is not one.
    const run = cli(['--fix', '--format', 'json', dir], { cwd: dir });
    const reported = (JSON.parse(run.stdout) as { file: string }[]).map((r) => path.basename(r.file)).sort();
    assert.deepEqual(reported, names);
    assert.equal(state(), names.length, 'every file fixed in the end');
    for (const f of strays(dir, names)) assert.match(f, /^\..*\.tmp$/, `only hidden temporary files may be left: ${f}`);
    if (leftovers.size) console.log(`      ${kills} kills left ${leftovers.size} temporary file(s) behind (ignored by later runs): ${[...leftovers].join(', ')}`);
  });
});

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Make a file or folder immutable (root only, ext2/3/4 and similar); false when not possible here. */
function immutable(target: string, cleanups: (() => void)[]): boolean {
  if (!isRoot || !has('chattr')) {
    console.log(`      skipped: chattr +i needs root and chattr (root: ${isRoot})`);
    return false;
  }
  const r = spawnSync('chattr', ['+i', target], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`      skipped: this file system does not support chattr +i (${r.stderr.trim()})`);
    return false;
  }
  cleanups.push(() => spawnSync('chattr', ['-i', target]));
  return true;
}
