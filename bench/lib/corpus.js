'use strict';
// Writes generated drafts to disk for the command-line benchmarks: drafts/dNNN/ folders of 1,000 drafts
// each (so the first 1,000 or 10,000 drafts are a list of folders), the 2 MB draft in big/, and a
// .foi.yaml that turns every rule on. A manifest records what was generated, so a corpus that is
// already there (same generator, same count or more) is reused instead of written again.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { corpusDraft, generateDraft, SEED } = require('./generate');

const BENCH_DIR = path.resolve(__dirname, '..');
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const DEFAULT_CORPUS = path.join(BENCH_DIR, 'corpus');
const PER_FOLDER = 1000;
const BIG_BYTES = 2 * 1024 * 1024;

/** A fingerprint of the generator's source: a changed generator means a stale corpus. */
function generatorHash() {
  const h = crypto.createHash('sha256');
  for (const f of ['generate.js', 'words.js', 'prng.js', 'corpus.js']) h.update(fs.readFileSync(path.join(__dirname, f)));
  return h.digest('hex').slice(0, 16);
}

const folderName = (k) => `d${String(k).padStart(3, '0')}`;
const draftName = (i) => `draft-${String(i).padStart(6, '0')}.md`;

/** The folders holding drafts 0..count-1 (count a multiple of 1,000, or less than 1,000). */
function foldersFor(corpusDir, count) {
  const n = Math.max(1, Math.ceil(count / PER_FOLDER));
  return Array.from({ length: n }, (_, k) => path.join(corpusDir, 'drafts', folderName(k)));
}

/** The big (2 MB) draft: 30 questions whose answers carry long tables and prose. */
function bigDraft(bytes = BIG_BYTES) {
  return generateDraft(SEED ^ 0x2b, { targetBytes: bytes, shape: 'long-answers', questions: 30, style: 'headings', clean: true, crlf: false, frontMatter: false });
}

/** Every rule at its default severity or at least info, so no rule is off in the benchmark. */
function schemaText() {
  const { createFoiService } = require(path.join(REPO_ROOT, 'server/out/engine'));
  const rules = createFoiService().rules.map((r) => `  ${r.id}: ${r.defaultSeverity === 'off' ? 'info' : r.defaultSeverity}`);
  return ['# Written by bench/lib/corpus.js: the base FOIA schema with every rule on.', 'extends: foia', 'rules:', ...rules, ''].join('\n');
}

/**
 * Make sure drafts 0..count-1 (and, unless `big` is false, the 2 MB draft) exist under `corpusDir`.
 * Returns what was found or written.
 */
function ensureCorpus(count, { corpusDir = DEFAULT_CORPUS, big = true, log = () => {} } = {}) {
  const hash = generatorHash();
  const manifestFile = path.join(corpusDir, 'manifest.json');
  let manifest = { hash, seed: SEED, drafts: 0, bytes: 0, big: false };
  try {
    const found = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (found.hash === hash) manifest = found;
  } catch {
    // No corpus yet, or an unreadable manifest: write it anew.
  }
  if (manifest.drafts === 0) fs.rmSync(path.join(corpusDir, 'drafts'), { recursive: true, force: true });
  fs.mkdirSync(corpusDir, { recursive: true });
  fs.writeFileSync(path.join(corpusDir, '.foi.yaml'), schemaText());

  if (manifest.drafts < count) {
    const started = Date.now();
    log(`generating drafts ${manifest.drafts}..${count - 1} in ${path.relative(process.cwd(), corpusDir) || '.'}`);
    let bytes = manifest.bytes;
    for (let i = manifest.drafts; i < count; i++) {
      const dir = path.join(corpusDir, 'drafts', folderName(Math.floor(i / PER_FOLDER)));
      if (i % PER_FOLDER === 0 || i === manifest.drafts) fs.mkdirSync(dir, { recursive: true });
      const { text } = corpusDraft(i);
      fs.writeFileSync(path.join(dir, draftName(i)), text);
      bytes += Buffer.byteLength(text);
    }
    manifest = { ...manifest, drafts: count, bytes };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    log(`generated ${count} drafts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const bigFile = path.join(corpusDir, 'big', 'draft-2mb.md');
  if (big && (!manifest.big || !fs.existsSync(bigFile))) {
    fs.mkdirSync(path.dirname(bigFile), { recursive: true });
    fs.writeFileSync(bigFile, bigDraft().text);
    manifest = { ...manifest, big: true };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  }
  return {
    corpusDir,
    drafts: manifest.drafts,
    /** Average bytes per draft over the whole generated corpus. */
    meanBytes: manifest.drafts ? manifest.bytes / manifest.drafts : 0,
    bigFile: big ? bigFile : undefined,
  };
}

module.exports = { BENCH_DIR, REPO_ROOT, DEFAULT_CORPUS, PER_FOLDER, ensureCorpus, foldersFor, bigDraft, draftName, folderName, schemaText };
