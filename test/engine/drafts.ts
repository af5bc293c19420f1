import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintResult } from '../../server/src/engine/lint';
import { baseSchema } from '../../server/src/engine/schema/load';
import type { Schema } from '../../server/src/engine/schema/types';
import type { Finding } from '../../server/src/engine/types';

// Drafts for engine tests: the two published letters in examples/ and our own letters in
// test/fixtures/drafts, with helpers to make wrong drafts from them.

function findUp(...parts: string[]): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ...parts);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${parts.join('/')} not found above ${__dirname}`);
  }
}

export const EXAMPLES = findUp('examples');
export const DRAFTS = findUp('test', 'fixtures', 'drafts');

export const AI_RECRUITMENT = 'barnet-6565528-ai-recruitment.md';
export const FACIAL_RECOGNITION = 'barnet-6063588-facial-recognition.md';

export const example = (name: string): string => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
export const draft = (name: string): string => fs.readFileSync(path.join(DRAFTS, name), 'utf8');

export const foia = (): Schema => baseSchema('foia');

export function run(text: string, schema: Schema = foia()): LintResult {
  return lint(text, schema);
}

export const ofRule = (r: LintResult, ruleId: string): Finding[] => r.findings.filter((f) => f.ruleId === ruleId);

/** Replace exactly one occurrence, failing loudly when the text is not there (so tests cannot rot). */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one "${from.slice(0, 40)}"`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Cut the text from `start` (inclusive) up to `end` (exclusive, or the end of the text). */
export function cut(text: string, start: string, end?: string): string {
  const a = text.indexOf(start);
  const b = end === undefined ? text.length : text.indexOf(end, a);
  if (a < 0 || b < 0) throw new Error(`cannot cut from "${start}"`);
  return text.slice(0, a) + text.slice(b);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split(/\r?\n/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found`);
  return i + 1;
}
