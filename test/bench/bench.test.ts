import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { baseSchema } from '../../server/src/engine/schema/load';

// The benchmarks keep working: the draft generator is deterministic and makes the shapes it promises,
// and a small run of every benchmark (50 drafts, no markdownlint-cli2, no 2 MB draft) produces
// well-formed figures. Nothing here is timed: figures depend on the machine.

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const benchDir = path.join(repoRoot, 'bench');

interface DraftInfo {
  seed: number;
  style: string;
  crlf: boolean;
  frontMatter: boolean;
  stray: boolean;
  defect: string;
  questions: number;
  conditional: 'none' | 'ifYes' | 'disregard';
  bytes: number;
}
interface GeneratedDraft {
  text: string;
  info: DraftInfo;
}
interface DraftOptions {
  questions?: number;
  targetBytes?: number;
  shape?: 'long-answers' | 'many-questions';
  style?: string;
  clean?: boolean;
  crlf?: boolean;
  frontMatter?: boolean;
}
// The bench scripts are plain Node modules (run as `node bench/...`), loaded here by path.
const generator = require(path.join(benchDir, 'lib', 'generate.js')) as {
  generateDraft(seed: number, options?: DraftOptions): GeneratedDraft;
  corpusDraft(i: number): GeneratedDraft;
};

const SAMPLE = 300;
const drafts = Array.from({ length: SAMPLE }, (_, i) => generator.corpusDraft(i));

describe('benchmark draft generator', () => {
  it('gives the same text for the same draft number, and different drafts for different numbers', () => {
    for (const i of [0, 7, 123]) assert.equal(generator.corpusDraft(i).text, drafts[i].text);
    assert.equal(new Set(drafts.map((d) => d.text)).size, SAMPLE);
  });

  it('makes 1 to 30 questions, CRLF and LF files, front matter, stray ** markers and every conditional shape', () => {
    for (const d of drafts) {
      assert.ok(d.info.questions >= 1 && d.info.questions <= 30, `draft ${d.info.seed}: ${d.info.questions} questions`);
      const crlfs = d.text.split('\r\n').length - 1;
      const lfs = d.text.split('\n').length - 1;
      if (d.info.crlf) assert.equal(crlfs, lfs, 'a CRLF draft uses CRLF on every line');
      else assert.equal(crlfs, 0, 'an LF draft has no CR');
      assert.equal(d.text.startsWith('---'), d.info.frontMatter);
      assert.equal(Buffer.byteLength(d.text), d.info.bytes);
    }
    const some = (p: (d: GeneratedDraft) => boolean, what: string) => assert.ok(drafts.some(p), `no draft with ${what} in ${SAMPLE}`);
    some((d) => d.info.crlf, 'CRLF');
    some((d) => d.info.frontMatter, 'front matter');
    some((d) => /\*\*\r?$/m.test(d.text) && d.info.stray, 'stray ** markers');
    some((d) => d.info.conditional === 'ifYes' && /^If yes:\r?$/m.test(d.text) && /^If no:\r?$/m.test(d.text), '"If yes:" and "If no:" parts');
    some((d) => d.info.conditional === 'disregard' && d.text.includes('If the answer is no, you may disregard the rest'), '"you may disregard the rest"');
    some((d) => d.text.includes('section 40(2)'), 'a section 40(2) refusal');
    some((d) => d.text.includes('section 43(2)') && d.text.includes('public interest'), 'a section 43(2) refusal with its public interest test');
    some((d) => d.text.includes('Section 12') && d.text.includes('Advice and assistance'), 'a section 12 refusal with advice');
    some((d) => /^\| --- \|/m.test(d.text) || /^\|[-: |]+\|\r?$/m.test(d.text), 'a Markdown table');
    some((d) => d.info.questions >= 20, 'at least 20 questions');
    some((d) => d.info.defect !== 'none', 'a drafting mistake');
  });

  it('makes drafts the engine reads without a rule failing, and finds the planted mistakes', () => {
    const schema = baseSchema('foia');
    for (const d of drafts.slice(0, 120)) {
      const result = lint(d.text, schema);
      assert.deepEqual(result.failures, [], `draft ${d.info.seed}`);
      if (d.info.defect === 'no-rights') assert.ok(result.findings.some((f) => f.ruleId === 'missing-rights'), `draft ${d.info.seed} lacks "Your rights"`);
      if (d.info.defect === 'late-date') assert.ok(result.findings.some((f) => f.ruleId === 'date-order'), `draft ${d.info.seed} is dated before receipt`);
    }
  });

  it('grows a draft to a target size with either shape', () => {
    for (const shape of ['long-answers', 'many-questions'] as const) {
      const d = generator.generateDraft(99, { targetBytes: 64 * 1024, shape, style: 'headings', clean: true, questions: shape === 'long-answers' ? 30 : undefined });
      assert.ok(d.info.bytes >= 48 * 1024 && d.info.bytes <= 96 * 1024, `${shape}: ${d.info.bytes} bytes`);
      if (shape === 'many-questions') assert.ok(d.info.questions > 30, `${shape}: ${d.info.questions} questions`);
    }
  });
});

describe('benchmarks, small run', function () {
  this.timeout(180_000);

  it('produces well-formed figures for every benchmark', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-lint-bench-test-'));
    try {
      const resultsFile = path.join(tmp, 'results.json');
      const run = spawnSync(process.execPath, [path.join(benchDir, 'run-all.js'), '--small', '--corpus', path.join(tmp, 'corpus'), '--results', resultsFile], {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      assert.equal(run.status, 0, `run-all failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
      assert.match(run.stdout, /== goals/);
      const doc = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
      const positive = (x: unknown, what: string) => assert.ok(typeof x === 'number' && Number.isFinite(x) && x > 0, `${what} = ${String(x)}`);

      assert.equal(doc.small, true);
      positive(doc.machine.nproc, 'machine.nproc');
      assert.match(doc.machine.node, /^v\d+/);
      assert.ok(doc.goals.length >= 7);
      for (const g of doc.goals) assert.ok(typeof g.goal === 'string' && typeof g.measured === 'string' && [true, false, null].includes(g.met), JSON.stringify(g));

      const cli = doc.results.cli;
      assert.equal(cli.drafts, 50);
      assert.equal(cli.foiLint.filesReported, 50, 'foi-lint --format json reported every draft');
      positive(cli.foiLint.medianMs, 'cli.foiLint.medianMs');
      positive(cli.foiLint.peakRssMb, 'cli.foiLint.peakRssMb');
      positive(cli.floor.medianMs, 'cli.floor.medianMs');
      assert.equal(cli.markdownlint, null);
      assert.equal(cli.scaling.length, 1);
      positive(cli.cache.first.medianMs, 'cli.cache.first.medianMs');
      positive(cli.cache.second.medianMs, 'cli.cache.second.medianMs');

      const real = doc.results['cli-real'];
      assert.equal(real.corpus, 'real');
      assert.equal(real.drafts, 50);
      assert.equal(real.foiLint.filesReported, 50, 'foi-lint --format json reported every real-letter draft');
      positive(real.foiLint.medianMs, 'cli-real.foiLint.medianMs');
      positive(real.cache.second.medianMs, 'cli-real.cache.second.medianMs');

      const engine = doc.results.engine;
      assert.equal(engine.corpus.drafts, 50);
      positive(engine.corpus.msPerDraft, 'engine.corpus.msPerDraft');
      assert.deepEqual([...new Set(engine.series.map((s: { shape: string }) => s.shape))], ['long-answers', 'many-questions']);
      for (const s of engine.series) {
        positive(s.ms, `engine ${s.shape} ${s.targetKb} KB`);
        assert.ok(s.kb >= s.targetKb * 0.75, `${s.shape} ${s.targetKb} KB draft is ${s.kb} KB`);
      }

      const latency = doc.results['lsp-latency'];
      assert.equal(latency.results.filter((r: { draft: string }) => r.draft === '10-question').length, 3, 'three edit patterns on the 10-question draft');
      assert.equal(latency.results.filter((r: { draft: string }) => r.draft === 'real letter').length, 3, 'and on the longest real letter');
      for (const r of latency.results) {
        assert.ok(r.versionsDiagnosed >= 1 && r.versionsDiagnosed <= r.edits, JSON.stringify(r));
        assert.ok(r.p50Ms > 0 && r.p50Ms <= r.p95Ms && r.p95Ms <= r.maxMs, JSON.stringify(r));
      }
      // Without a quiet time a version is checked unless a newer one arrived while a check ran.
      for (const noQuiet of latency.results.filter((r: { debounceMs: number }) => r.debounceMs === 0)) {
        const burst = latency.results.find((r: { draft: string; debounceMs: number; pattern: string }) => r.draft === noQuiet.draft && r.debounceMs !== 0 && r.pattern === 'burst');
        assert.ok(noQuiet.versionsDiagnosed > burst.versionsDiagnosed, 'more versions are checked than with the quiet time');
      }

      const memory = doc.results['lsp-memory'];
      assert.equal(memory.drafts, 20);
      positive(memory.idleRssMb, 'lsp idle RSS');
      assert.ok(memory.openRssMb >= memory.idleRssMb * 0.9, JSON.stringify(memory));

      const cold = doc.results['lsp-coldstart'];
      assert.ok(cold.medianFirstDiagnosticsMs > cold.medianInitializeMs, JSON.stringify(cold));

      const activation = doc.results.activation;
      if (!activation.skipped) {
        // Every command the manifest contributes is registered by activate().
        const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
        for (const { command } of manifest.contributes.commands) assert.ok(activation.commandsRegistered.includes(command), command);
        assert.ok(activation.medianTotalMs >= activation.medianRequireMs, JSON.stringify(activation));
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
