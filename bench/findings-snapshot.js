#!/usr/bin/env node
'use strict';
// The engine's findings and question readings over a fixed set of texts, as one JSON line per text and
// base: for speed work that must not change what foi-lint reports. Write a snapshot before a change,
// check the build against it after each step; any difference is printed (first five) and exits 1.
// The texts: the published letters (scripts/lib/letters.js), the first --drafts generated drafts
// (bench/lib/generate.js, in memory), the 2 MB draft, and the letters of any --letters folder (for
// example a set kept outside the repository), each under the FOIA, EIR and FOISA bases.
//
//   node bench/findings-snapshot.js --write FILE [--drafts 1000] [--letters DIR]... [--build DIR]
//   node bench/findings-snapshot.js --check FILE [same options]
//
// --build: the checkout whose server/out is run (default this one), so two builds can be compared.

const fs = require('node:fs');
const path = require('node:path');
const { bigDraft, REPO_ROOT } = require('./lib/corpus');
const { corpusDraft } = require('./lib/generate');
const { letterText, readLetters } = require('../scripts/lib/letters');

function parseArgs(argv) {
  const options = { drafts: 1000, letters: [], build: REPO_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === '--write' || flag === '--check') [options.mode, options.file] = [flag.slice(2), path.resolve(value())];
    else if (flag === '--drafts') options.drafts = Number(value());
    else if (flag === '--letters') options.letters.push(path.resolve(value()));
    else if (flag === '--build') options.build = path.resolve(value());
    else throw new Error(`unknown flag ${flag}`);
  }
  if (!options.mode) throw new Error('say --write FILE or --check FILE');
  if (!Number.isInteger(options.drafts) || options.drafts < 0) throw new Error('--drafts takes a whole number');
  return options;
}

function* texts(options) {
  for (const letter of readLetters()) yield [letter.name, letter.text];
  for (const dir of options.letters) {
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      yield [path.join(path.basename(dir), name), letterText(fs.readFileSync(path.join(dir, name), 'utf8'))];
    }
  }
  for (let i = 0; i < options.drafts; i++) yield [`generated ${i}`, corpusDraft(i).text];
  yield ['2 MB draft', bigDraft().text];
}

function snapshot(options) {
  const { createFoiService } = require(path.join(options.build, 'server/out/engine'));
  const foi = createFoiService();
  const bases = ['foia', 'eir', 'foisa'].map((id) => [id, foi.schemas.base(id)]);
  const lines = [];
  for (const [name, text] of texts(options)) {
    for (const [base, schema] of bases) {
      const r = foi.lint(text, schema);
      lines.push(
        JSON.stringify({
          name,
          base,
          findings: r.findings,
          failures: r.failures.map((f) => `${f.ruleId}: ${String(f.error)}`),
          questions: r.draft.questions.map((q) => [q.label, q.status, q.sure]),
        }),
      );
    }
  }
  return lines;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const lines = snapshot(options);
  if (options.mode === 'write') {
    fs.writeFileSync(options.file, `${lines.join('\n')}\n`);
    console.log(`${lines.length} results written to ${options.file}`);
    return 0;
  }
  const saved = fs.readFileSync(options.file, 'utf8').split('\n').filter(Boolean);
  if (saved.length !== lines.length) {
    console.log(`DIFFERENT: ${lines.length} results against ${saved.length} saved (other texts or options?)`);
    return 1;
  }
  const differ = lines.map((line, i) => [line, saved[i]]).filter(([now, then]) => now !== then);
  for (const [now, then] of differ.slice(0, 5)) {
    const { name, base } = JSON.parse(then);
    console.log(`${name} (${base})\n  saved: ${then.slice(0, 400)}\n  now:   ${now.slice(0, 400)}`);
  }
  console.log(differ.length ? `DIFFERENT: ${differ.length} of ${lines.length} results` : `SAME: ${lines.length} results`);
  return differ.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`findings-snapshot: ${error.message}`);
  process.exitCode = 2;
}
