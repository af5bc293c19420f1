import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { lint } from '../../server/src/engine/lint';
import { baseSchema, parseSchemaText, type ParseResult } from '../../server/src/engine/schema/load';
import type { SchemaProblem } from '../../server/src/engine/schema/types';
import { SchemaResolver } from '../../server/src/engine/schema/resolver';
import { NoSuchFile, type FileSystem } from '../../server/src/engine/files/file-system';
import { allRules } from '../../server/src/engine/rules/registry';
import { anyCodeUnit, letterTexts, mutate, mutationArb } from './corpus';
import { checkResult } from './invariants';
import { checkProperty } from './property';
import { repoRoot } from './config';
import type { Task } from './task';

// Hostile settings files. A .foi.yaml arrives with a cloned repository, so it is input from anyone:
// whatever it holds, loading it must end quickly with problems at a line and column (or a schema),
// leave Object.prototype alone, and leave the built-in base usable. User patterns run on a
// linear-time engine, so a catastrophic pattern must not freeze linting.

const FILE = '/virtual/.foi.yaml';
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

export function assertNotPolluted(): void {
  const now = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  if (now !== prototypeKeys) throw new Error(`Object.prototype changed: ${now}`);
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'title', 'text', 'x']) if (probe[key] !== undefined) throw new Error(`every object now has "${key}"`);
}

/** Problems are well formed, and a result has either a schema or problems (never neither). */
export function checkParse(result: ParseResult, file = FILE): void {
  if (!result.schema && result.problems.length === 0) throw new Error('neither a schema nor a problem');
  if (result.schema && result.problems.length > 0) throw new Error('a schema despite problems');
  for (const p of result.problems) {
    if (typeof p.message !== 'string' || !p.message.trim()) throw new Error('a problem without a message');
    if (!p.file) throw new Error(`a problem without a file: ${p.message}`);
    // A problem may also be in a file it extends, beside it.
    if (p.file !== file && !p.file.startsWith('<base') && path.dirname(p.file) !== path.dirname(file)) {
      throw new Error(`a problem in ${p.file}, not ${file}: ${p.message}`);
    }
    for (const n of [p.line, p.column, p.endLine, p.endColumn]) {
      if (!Number.isInteger(n) || n < 0) throw new Error(`a problem at a bad position (${p.line}:${p.column}): ${p.message}`);
    }
    if (/\bat (?:Object\.|new |[\w$.]+ \()|\[object Object\]/.test(p.message)) throw new Error(`an unclear message: ${p.message}`);
  }
}

/** Lint the published letters with a schema and with the base; both within the bound. */
function lintsWith(schema = baseSchema(), budgetMs = 3000): void {
  for (const { text } of letterTexts) {
    const started = performance.now();
    const result = lint(text, schema);
    const ms = performance.now() - started;
    if (ms > budgetMs) throw new Error(`linting took ${Math.round(ms)} ms with this schema`);
    checkResult(text, result);
  }
}

// ---- random settings files ----

const catastrophic = ['(a+)+$', '(x+x+)+y', '(a|aa)+$', '(.*a){12}', '(\\w+\\s?)+$', '^(([a-z])+.)+[A-Z]([a-z])+$', '(a*)*b'];
const broken = ['(', '[z-a]', 'a{2,1}', '\\', '(?<n', '*', '(?=x)', '(?!x)', '\\1(a)', 'a{1000}{1000}', '(?<!x)a', '\\p{Nope}', '\\k<x>'];
const patternArb = fc.oneof(
  fc.constantFrom(...catastrophic, ...broken, '.*', '^$', '\\{\\{[^}]*\\}\\}', '\\bTBC\\b', '(?<name>a)b', '\\p{L}+', '\\u00e9'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: anyCodeUnit, maxLength: 6 }),
);
const idArb = fc.oneof(
  fc.constantFrom('regime', 'rights', 'direct-marketing', 'open-data', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.string({ maxLength: 10 }),
);
const scalarArb = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double());
const oddArb = fc.oneof({ weight: 6, arbitrary: scalarArb }, fc.array(scalarArb, { maxLength: 3 }), fc.dictionary(idArb, scalarArb, { maxKeys: 3 }));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: oddArb as fc.Arbitrary<unknown> });

const sectionArb = fc.record(
  {
    id: maybe(idArb),
    title: maybe(fc.string({ maxLength: 20 })),
    required: maybe(fc.boolean()),
    heading: maybe(fc.array(patternArb, { maxLength: 3 })),
    text: maybe(fc.array(patternArb, { maxLength: 3 })),
    mustMention: maybe(
      fc.array(fc.record({ id: maybe(idArb), description: maybe(fc.string({ maxLength: 20 })), pattern: maybe(fc.oneof(patternArb, fc.array(patternArb, { maxLength: 3 }))) }), { maxLength: 3 }),
    ),
    paragraph: maybe(idArb),
    rule: maybe(fc.constantFrom(...allRules.map((r) => r.meta.id), 'no-such-rule')),
    after: maybe(idArb),
  },
  { requiredKeys: [] },
);
const settingsArb = fc.record(
  {
    extends: maybe(fc.constantFrom('foia', 'eir', 'foisa', 'eisr', 'nope', '')),
    authority: maybe(
      fc.record(
        { name: maybe(fc.string()), centralGovernment: maybe(fc.boolean()), emails: maybe(fc.array(fc.string(), { maxLength: 2 })), phones: maybe(fc.array(fc.string(), { maxLength: 2 })) },
        { requiredKeys: [] },
      ),
    ),
    sections: maybe(fc.array(sectionArb, { maxLength: 4 })),
    paragraphs: maybe(
      fc.dictionary(idArb, fc.record({ title: maybe(fc.string()), description: maybe(fc.string()), text: maybe(fc.string({ unit: anyCodeUnit, maxLength: 200 })), section: maybe(idArb) }, { requiredKeys: [] }), { maxKeys: 3 }),
    ),
    rules: maybe(fc.dictionary(fc.oneof(fc.constantFrom(...allRules.map((r) => r.meta.id)), idArb), maybe(fc.constantFrom('off', 'info', 'warning', 'error')), { maxKeys: 4 })),
    placeholders: maybe(fc.array(patternArb, { maxLength: 4 })),
    holidays: maybe(fc.array(fc.oneof(fc.constantFrom('2025-12-29', '2025-02-30', '2025-13-01', '0000-00-00'), fc.string({ maxLength: 10 })), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

/** Settings that pass the shape check, so the patterns get compiled and linted with. */
const goodId = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const goodPatternArb = fc.oneof(fc.constantFrom(...catastrophic, '\\bTBC\\b', '(?i)zz+', '\\p{Lu}{3,}', '^$', '.*', '[\\s\\S]*', 'a|b|c', '\\d{1,3}(,\\d{3})*'), fc.string({ maxLength: 8 }));
const validSettingsArb = fc.record(
  {
    extends: fc.constantFrom('foia', 'eir', 'foisa', 'eisr'),
    sections: fc.array(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('regime', 'rights', 'direct-marketing', 'response'), goodId),
          title: fc.string({ maxLength: 20 }),
          required: fc.boolean(),
          heading: fc.array(goodPatternArb, { maxLength: 3 }),
          text: fc.array(goodPatternArb, { maxLength: 3 }),
          mustMention: fc.array(fc.record({ id: goodId, description: fc.string({ minLength: 1, maxLength: 20 }), pattern: fc.oneof(goodPatternArb, fc.array(goodPatternArb, { minLength: 1, maxLength: 3 })) }), { maxLength: 2 }),
        },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 3 },
    ),
    rules: fc.dictionary(fc.constantFrom(...allRules.map((r) => r.meta.id)), fc.constantFrom('off', 'info', 'warning', 'error'), { maxKeys: 4 }),
    placeholders: fc.array(goodPatternArb, { maxLength: 4 }),
    holidays: fc.array(fc.constantFrom('2025-12-29', '2026-01-02', '2024-02-29'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** A settings file as text: a random settings object written as YAML, sometimes damaged. */
export const settingsTextArb = fc.oneof(
  { weight: 3, arbitrary: validSettingsArb.map((s) => stringify(s)) },
  { weight: 3, arbitrary: settingsArb.map((s) => stringify(s)) },
  { weight: 2, arbitrary: fc.tuple(settingsArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 })).map(([s, ms]) => mutate(stringify(s), ms)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...schemaFixtures()), fc.array(mutationArb, { minLength: 1, maxLength: 8 }))
      .map(([text, ms]) => mutate(text, ms)),
  },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom('&a ', '*a', '<<: *a', '!!str ', '!!binary ', '!tag ', '? ', ': ', '- ', '[', ']', '{', '}', '|', '>', '%YAML 1.1', '---', '...', '#', '"', "'", '\t', '  ', '\n', 'sections', 'id', '__proto__'), { maxLength: 60 })
      .map((t) => t.join('')),
  },
);

function schemaFixtures(): string[] {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'schema');
  if (!fs.existsSync(dir)) return ['placeholders: ["x"]\n'];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'alias-bomb.foi.yaml');
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Never reads the disk: an `extends` path in the fuzz names no real file. */
/** A file system without files: `extends` of a path reads nothing from the machine running the fuzz. */
const noFiles: FileSystem = {
  readFile: (file) => {
    throw new NoSuchFile(file);
  },
  isFile: () => false,
};

export const schemaTasks: Record<string, Task> = {
  'schema-fuzz': (ctx) =>
    checkProperty(ctx, 'schema-fuzz', settingsTextArb, (text) => {
      for (const trusted of [true, false]) {
        const result = parseSchemaText(text, FILE, { trusted, fs: noFiles });
        checkParse(result);
        assertNotPolluted();
        if (result.schema) lintsWith(result.schema);
      }
    }),
  'schema-case': (ctx) => {
    const c = schemaCases[ctx.arg ?? ''];
    if (!c) throw new Error(`no schema case named ${ctx.arg}`);
    ctx.track(ctx.arg ?? '');
    const started = performance.now();
    c();
    assertNotPolluted();
    lintsWith();
    return { inputs: 1, slowestMs: Math.round(performance.now() - started) };
  },
};

// ---- hostile settings files, one by one ----

function expectProblem(text: string, pattern: RegExp, opts: { line?: number; trusted?: boolean; file?: string; fs?: FileSystem } = {}): ParseResult {
  const started = performance.now();
  const result = parseSchemaText(text, opts.file ?? FILE, { trusted: opts.trusted ?? true, ...(opts.fs && { fs: opts.fs }) });
  const ms = performance.now() - started;
  if (ms > 5000) throw new Error(`loading took ${Math.round(ms)} ms`);
  checkParse(result, opts.file ?? FILE);
  const hit = result.problems.find((p) => pattern.test(p.message));
  if (!hit) throw new Error(`no problem matching ${pattern}; got: ${JSON.stringify(result.problems.map((p) => p.message)).slice(0, 500)}`);
  if (opts.line !== undefined && hit.line !== opts.line) throw new Error(`the problem is on line ${hit.line}, not ${opts.line}: ${hit.message}`);
  return result;
}

function aliasBomb(levels: number, width: number): string {
  const names = 'abcdefghijklmnop';
  const out = [`${names[0]}: &${names[0]} [${Array(width).fill('"x"').join(', ')}]`];
  for (let i = 1; i < levels; i++) out.push(`${names[i]}: &${names[i]} [${Array(width).fill(`*${names[i - 1]}`).join(', ')}]`);
  return out.join('\n') + '\n';
}

/** Each pattern position of a settings file, with a pattern placed in it. */
export function patternPlaces(pattern: string): { where: string; text: string; line: number }[] {
  const q = JSON.stringify(pattern);
  return [
    { where: 'placeholders', text: `placeholders:\n  - ${q}\n`, line: 2 },
    { where: 'sections.heading', text: `sections:\n  - id: regime\n    heading:\n      - ${q}\n`, line: 4 },
    { where: 'sections.text', text: `sections:\n  - id: extra\n    title: Extra\n    required: false\n    text:\n      - ${q}\n`, line: 6 },
    { where: 'sections.mustMention (one pattern)', text: `sections:\n  - id: rights\n    mustMention:\n      - id: m\n        description: d\n        pattern: ${q}\n`, line: 6 },
    { where: 'sections.mustMention (a list)', text: `sections:\n  - id: rights\n    mustMention:\n      - id: m\n        description: d\n        pattern:\n          - 'ok'\n          - ${q}\n`, line: 8 },
  ];
}

/** A long draft line that drives a backtracking engine into exponential time for these patterns. */
const attack = `${'a'.repeat(30_000)}!\n\n${'x'.repeat(30_000)}\n\n${'ab '.repeat(10_000)}!\n\n## ${'a'.repeat(5_000)}!\n`;

const schemaCases: Record<string, () => void> = {
  'YAML alias bomb': () => void expectProblem(aliasBomb(9, 10), /aliases .* expand to too much/i, { line: 2 }),
  'YAML alias bomb in a placeholders list': () =>
    void expectProblem(`${aliasBomb(8, 8)}placeholders: *h\n`, /aliases|unknown setting/i),
  'YAML alias bomb in an extended file': () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-fuzz-'));
    try {
      fs.writeFileSync(path.join(dir, 'bomb.foi.yaml'), aliasBomb(9, 10));
      const file = path.join(dir, '.foi.yaml');
      const result = parseSchemaText('extends: ./bomb.foi.yaml\n', file);
      if (result.schema || !result.problems.some((p) => /aliases/i.test(p.message) && p.file.endsWith('bomb.foi.yaml'))) {
        throw new Error(`the bomb in the extended file was not reported there: ${JSON.stringify(result.problems)}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  '__proto__ and constructor keys everywhere': () => {
    const text = [
      '__proto__:', '  polluted: true',
      'constructor:', '  prototype:', '    polluted: true',
      'authority:', '  __proto__: {polluted: true}',
      'paragraphs:', '  __proto__: {title: x, text: y}', '  constructor: {title: c, text: d}', '  toString: {title: t, text: u}',
      'rules:', '  __proto__: error', '  constructor: off',
      'sections:', '  - id: __proto__', '    __proto__: {polluted: true}', '  - id: constructor',
      '',
    ].join('\n');
    const result = expectProblem(text, /__proto__/);
    if (result.schema) throw new Error('a schema from a file with unknown settings');
  },
  '__proto__ as a merge key and in flow style': () => {
    for (const text of ['base: &b {polluted: true}\n__proto__: *b\n', '<<: {__proto__: {polluted: true}}\n', '{"__proto__": {"polluted": true}, "placeholders": ["x"]}\n', 'rules: {"__proto__": "off"}\n']) {
      checkParse(parseSchemaText(text, FILE));
      assertNotPolluted();
    }
  },
  '5 MB settings file (text)': () => void expectProblem(`# ${'x'.repeat(5 * 1024 * 1024)}\n`, /at most 1 MiB/),
  '5 MB settings file (on disk, through the resolver)': () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-fuzz-'));
    try {
      fs.writeFileSync(path.join(dir, '.foi.yaml'), `placeholders:\n${'  - "x"\n'.repeat(700_000)}`);
      const resolved = new SchemaResolver().forFile(path.join(dir, 'draft.md'));
      if (!resolved.problems.some((p) => /at most 1 MiB/.test(p.message))) throw new Error(`no size problem: ${JSON.stringify(resolved.problems)}`);
      lintsWith(resolved.schema);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  'just under 1 MiB of sections': () => {
    const sections = Array.from({ length: 6000 }, (_, i) => `  - id: s${i}\n    title: S${i}\n    required: false\n    heading: ['^s${i}$']\n`).join('');
    const text = `sections:\n${sections}`;
    if (Buffer.byteLength(text) > 1024 * 1024) throw new Error('the case is over the limit it means to stay under');
    const started = performance.now();
    const result = parseSchemaText(text, FILE);
    checkParse(result);
    if (!result.schema) throw new Error(`problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
    lintsWith(result.schema, 10_000);
    if (performance.now() - started > 20_000) throw new Error('6,000 sections took over 20 s to load and use');
  },
  'YAML nested 10,000 deep': () => void expectProblem(`placeholders: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, /nest|deep/i),
  'YAML tags and directives': () => {
    for (const text of ['placeholders: !!js/function "x"\n', 'placeholders: !!binary aGVsbG8=\n', '%YAML 1.1\n---\nplaceholders: [x]\n', 'a: !!set {x}\n', 'placeholders: !!python/object:os.system x\n']) {
      checkParse(parseSchemaText(text, FILE));
    }
  },
  'invalid regular expressions in every pattern place': () => {
    for (const bad of ['(unclosed', '[z-a]', 'a{2,1}', '(?=ahead)', '\\1(a)', 'a{1000}{1000}', '(((a{100}){100}){100})', '\\p{Nope}']) {
      for (const place of patternPlaces(bad)) {
        const result = expectProblem(place.text, /regular expression/, { line: place.line });
        if (result.problems.some((p) => p.column < 1)) throw new Error(`${place.where}: no column for ${bad}`);
      }
    }
  },
  'catastrophic regular expressions in every pattern place': () => {
    for (const pattern of catastrophic) {
      for (const place of patternPlaces(pattern)) {
        const result = parseSchemaText(place.text, FILE);
        checkParse(result);
        if (!result.schema) continue; // refused with a clear problem: fine too
        for (const text of [attack, `${letterTexts[0].text}\n${attack}`]) {
          const started = performance.now();
          const linted = lint(text, result.schema);
          const ms = performance.now() - started;
          if (ms > 3000) throw new Error(`${place.where}: ${pattern} took ${Math.round(ms)} ms on a long line`);
          checkResult(text, linted);
        }
      }
    }
  },
  'extends naming a device, a FIFO or a folder': () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-fuzz-'));
    try {
      const fifo = path.join(dir, 'fifo.yaml');
      execFileSync('mkfifo', [fifo]);
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.foi.yaml'));
      for (const target of ['/dev/zero', '/dev/urandom', fifo, './zero.foi.yaml', dir]) {
        const problems = loadInChild(`extends: ${JSON.stringify(target)}\n`, path.join(dir, '.foi.yaml'));
        if (!problems.some((p) => p.line === 1 && /cannot read/.test(p.message))) throw new Error(`extends ${target}: ${JSON.stringify(problems)}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  'placeholder patterns that match empty text': () => {
    const result = parseSchemaText("placeholders: [' |$', '^', 'x*', '(?:)']\n", FILE);
    checkParse(result);
    if (result.schema) {
      // Accepted: then the findings must still lie inside the document (no finding past a line's end).
      for (const { text } of letterTexts) checkResult(text, lint(text, result.schema));
    }
  },
  'extends chain of 50 files': () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-fuzz-'));
    try {
      for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(dir, `s${i}.foi.yaml`), i === 49 ? 'extends: foia\n' : `extends: ./s${i + 1}.foi.yaml\n`);
      expectProblem(fs.readFileSync(path.join(dir, 's0.foi.yaml'), 'utf8'), /more than \d+ files extend/, { file: path.join(dir, 's0.foi.yaml') });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const schemaCaseNames = Object.keys(schemaCases);

/**
 * Load settings text in a child process with 3 GB of address space and 10 seconds: reading a device
 * such as /dev/zero would otherwise grow until the machine's memory runs out, taking the test run
 * (and anything else on the machine) down with it.
 */
function loadInChild(text: string, file: string): SchemaProblem[] {
  const load = require.resolve('../../server/src/engine/schema/load');
  const script = `const r = require(${JSON.stringify(load)}).parseSchemaText(process.argv[1], process.argv[2]); process.stdout.write(JSON.stringify(r.problems));`;
  const out = spawnSync('bash', ['-c', 'ulimit -v 3000000 && exec "$0" -e "$1" "$2" "$3"', process.execPath, script, text, file], {
    encoding: 'utf8',
    timeout: 10_000,
    killSignal: 'SIGKILL',
  });
  if (out.status !== 0) throw new Error(`loading ${JSON.stringify(text)} did not finish (status ${out.status}, signal ${out.signal}): ${out.stderr.slice(0, 300)}`);
  return JSON.parse(out.stdout) as SchemaProblem[];
}
