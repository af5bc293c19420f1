import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SchemaProblem } from '../../server/src/engine/schema/types';

// Shared by the schema*.test.ts files: fixture paths, temp folders, problem assertions.

/** test/fixtures/schema, found from the compiled test's folder whatever the output layout. */
export const FIXTURES = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'fixtures', 'schema');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`test/fixtures/schema not found above ${__dirname}`);
  }
})();

export const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);

/** Rule ids for tests, so they do not depend on which rules are registered. */
export const RULE_IDS = ['placeholder', 'question-unanswered', 'review-rights', 'regime-statement'];

const made: string[] = [];

/** A fresh folder under the system temp folder, removed by cleanTempDirs(). */
export function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-schema-')));
  made.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, rel: string, text: string): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

export interface Expected {
  line: number;
  column: number;
  /** The whole message, or a part of it (RegExp). */
  message: string | RegExp;
  endLine?: number;
  endColumn?: number;
  file?: string;
}

/** Assert that exactly these problems were reported, in any order. */
export function assertProblems(actual: SchemaProblem[], expected: Expected[]): void {
  const show = (p: SchemaProblem) => `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.message}`;
  assert.equal(actual.length, expected.length, `expected ${expected.length} problem(s), got:\n${actual.map(show).join('\n')}`);
  for (const e of expected) {
    const match = actual.find(
      (p) =>
        p.line === e.line &&
        p.column === e.column &&
        (typeof e.message === 'string' ? p.message === e.message : e.message.test(p.message)) &&
        (e.endLine === undefined || p.endLine === e.endLine) &&
        (e.endColumn === undefined || p.endColumn === e.endColumn) &&
        (e.file === undefined || p.file === e.file),
    );
    assert.ok(match, `no problem like ${e.line}:${e.column} ${String(e.message)} in:\n${actual.map(show).join('\n')}`);
  }
}
