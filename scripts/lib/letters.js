'use strict';
// The corpus of real published replies (../shared/corpus, or its snapshot in test/fixtures/corpus): where
// it is, and each letter as published, without the corpus's own front block and excerpt marker. Used by
// the reader's score (scripts/score.js) and the real-letter benchmark corpus (bench/lib/real-corpus.js).

const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const SNAPSHOT_CORPUS = path.join(root, 'test', 'fixtures', 'corpus');
const SHARED_CORPUS = path.resolve(root, '..', 'shared', 'corpus');
const EXCERPT_MARK = /^\[\.\.\. excerpt ends here \.\.\.\]\s*$/m;

/** ../shared/corpus when it exists, else the snapshot in the repository. */
function defaultCorpus() {
  return fs.existsSync(path.join(SHARED_CORPUS, 'expected.json')) ? SHARED_CORPUS : SNAPSHOT_CORPUS;
}

/** The letter as published: the corpus's front block and the excerpt marker removed. */
function letterText(raw) {
  let text = raw.replace(/^\uFEFF/, '');
  const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (front) text = text.slice(front[0].length);
  const cut = EXCERPT_MARK.exec(text);
  if (cut) text = text.slice(0, cut.index);
  return text;
}

/** The corpus's letters, by file name (the keys of its expected.json), in that order. */
function letterNames(corpus = defaultCorpus()) {
  return Object.keys(JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8')));
}

/** Every letter of the corpus as published: [{ name, text }]. */
function readLetters(corpus = defaultCorpus()) {
  return letterNames(corpus).map((name) => ({ name, text: letterText(fs.readFileSync(path.join(corpus, name), 'utf8')) }));
}

module.exports = { SHARED_CORPUS, SNAPSHOT_CORPUS, defaultCorpus, letterText, letterNames, readLetters };
