'use strict';
// The real-letter benchmark corpus: the published replies of ../shared/corpus (else the snapshot in
// test/fixtures/corpus), each as published (the corpus's front block and excerpt marker removed, by
// scripts/lib/letters.js), replicated to the number of drafts asked for. Each pass over the letters is
// in its own seeded shuffled order, so draft i is the same letter whatever the corpus size and 1,000
// drafts are the first folder of 10,000. Same layout as the generated corpus (drafts/dNNN/, a .foi.yaml
// with every rule on), in the git-ignored bench/corpus/real/.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { readLetters, defaultCorpus } = require('../../scripts/lib/letters');
const { BENCH_DIR, PER_FOLDER, folderName, draftName, schemaText } = require('./corpus');
const { createRng, mixSeed } = require('./prng');

const DEFAULT_REAL_CORPUS = path.join(BENCH_DIR, 'corpus', 'real');
const SEED = 0x4c455454; // "LETT"

/** The letter for each draft 0..count-1: index into `letters`, a fresh seeded shuffle for each pass. */
function order(count, letters) {
  const out = [];
  for (let pass = 0; out.length < count; pass++) {
    const rng = createRng(mixSeed(SEED, pass));
    const idx = letters.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    out.push(...idx);
  }
  return out.slice(0, count);
}

/** Make sure drafts 0..count-1 exist under `corpusDir`; returns { corpusDir, drafts, meanBytes, source, letters }. */
function ensureRealCorpus(count, { corpusDir = DEFAULT_REAL_CORPUS, source = defaultCorpus(), log = () => {} } = {}) {
  const letters = readLetters(source);
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(__filename));
  for (const l of letters) h.update(`${l.name}\0${l.text}\0`);
  const hash = h.digest('hex').slice(0, 16);
  const manifestFile = path.join(corpusDir, 'manifest.json');
  let manifest = { hash, drafts: 0, bytes: 0 };
  try {
    const found = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    // A run of fewer than 1,000 drafts lints a whole folder: it must hold only those.
    if (found.hash === hash && (count >= PER_FOLDER || found.drafts === count)) manifest = found;
  } catch {
    // No corpus yet, or an unreadable manifest: write it anew.
  }
  if (manifest.drafts === 0) fs.rmSync(path.join(corpusDir, 'drafts'), { recursive: true, force: true });
  fs.mkdirSync(corpusDir, { recursive: true });
  fs.writeFileSync(path.join(corpusDir, '.foi.yaml'), schemaText());
  if (manifest.drafts < count) {
    log(`writing real-letter drafts ${manifest.drafts}..${count - 1} from ${letters.length} letters in ${path.relative(process.cwd(), source)}`);
    const which = order(count, letters);
    let bytes = manifest.bytes;
    for (let i = manifest.drafts; i < count; i++) {
      const dir = path.join(corpusDir, 'drafts', folderName(Math.floor(i / PER_FOLDER)));
      if (i % PER_FOLDER === 0 || i === manifest.drafts) fs.mkdirSync(dir, { recursive: true });
      const { text } = letters[which[i]];
      fs.writeFileSync(path.join(dir, draftName(i)), text);
      bytes += Buffer.byteLength(text);
    }
    manifest = { hash, drafts: count, bytes };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  }
  return { corpusDir, drafts: manifest.drafts, meanBytes: manifest.drafts ? manifest.bytes / manifest.drafts : 0, source, letters: letters.length };
}

module.exports = { DEFAULT_REAL_CORPUS, ensureRealCorpus };
