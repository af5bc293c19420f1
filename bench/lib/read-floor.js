'use strict';
// The floor for the command-line benchmark: a Node process that only finds and reads the same drafts
// (as UTF-8 strings) and does nothing with them. No linter can be faster than this.
const fs = require('node:fs');
const path = require('node:path');

let files = 0;
let chars = 0;
function visit(target) {
  if (fs.statSync(target).isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      if (name.endsWith('.md') || !name.includes('.')) visit(path.join(target, name));
    }
  } else {
    chars += fs.readFileSync(target, 'utf8').length;
    files++;
  }
}
for (const target of process.argv.slice(2)) visit(target);
process.stdout.write(`${JSON.stringify({ files, chars })}\n`);
