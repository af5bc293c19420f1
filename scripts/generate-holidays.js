#!/usr/bin/env node
// Regenerates server/src/engine/law/bank-holidays.json from the statutory rules and the proclaimed
// one-offs. Needs the compiled server (`npx tsc -b`).
//
//   node scripts/generate-holidays.js [firstYear lastYear] [--out file]
//
// When a new proclamation is made (an extra or moved bank holiday), add it to PROCLAMATIONS in
// holiday-rules.ts, run this, and check the diff against https://www.gov.uk/bank-holidays.json.
'use strict';
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const {
  GENERATOR_FIRST_YEAR,
  TABLE_FIRST_YEAR,
  TABLE_LAST_YEAR,
  formatBankHolidays,
  generateBankHolidays,
} = require(path.join(root, 'server/out/engine/law/holiday-rules'));

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? argv[outIndex + 1] : path.join(root, 'server/src/engine/law/bank-holidays.json');
  const years = argv.filter((a, i) => a !== '--out' && (outIndex < 0 || i !== outIndex + 1));
  const first = years.length > 0 ? Number(years[0]) : TABLE_FIRST_YEAR;
  const last = years.length > 1 ? Number(years[1]) : TABLE_LAST_YEAR;
  if (!out || !Number.isInteger(first) || !Number.isInteger(last) || first > last || first < GENERATOR_FIRST_YEAR || last > 2199) {
    process.stderr.write(
      `usage: generate-holidays [firstYear lastYear] [--out file]  (years ${GENERATOR_FIRST_YEAR}-2199, first <= last)\n`,
    );
    return 2;
  }
  writeFileSync(out, formatBankHolidays(generateBankHolidays(first, last)));
  process.stdout.write(`wrote ${out} (${first}-${last})\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
