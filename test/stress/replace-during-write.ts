// Preloaded into the CLI (`node --require`) by cli-writes.test.ts: when --fix creates its temporary
// file beside FOI_LINT_TEST_REPLACE, another "editor" saves that file first, so the test can check
// deterministically that a file changed between the CLI's read and its write is not overwritten.
// FOI_LINT_TEST_REPLACE_HOW: "write" saves in place; "rename" saves atomically (a new file renamed
// over it, as most editors do).
import * as fs from 'node:fs';
import * as path from 'node:path';

const target = process.env.FOI_LINT_TEST_REPLACE;
if (target) {
  const how = process.env.FOI_LINT_TEST_REPLACE_HOW ?? 'write';
  const open = fs.promises.open;
  let done = false;
  const patched: typeof open = async (file, flags, mode) => {
    if (!done && flags === 'wx' && typeof file === 'string' && path.basename(file).startsWith(`.${path.basename(target)}`)) {
      done = true;
      const saved = `Saved by someone else while foi-lint was fixing.\n`;
      if (how === 'rename') {
        fs.writeFileSync(`${target}.editor-save`, saved);
        fs.renameSync(`${target}.editor-save`, target);
      } else {
        fs.writeFileSync(target, saved);
      }
    }
    return open(file, flags, mode);
  };
  fs.promises.open = patched;
}
