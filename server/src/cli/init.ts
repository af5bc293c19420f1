import * as fs from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { defaultAuthorityName, isRegimeId, starterConfig, starterRegimes, type RegimeId } from '../engine';
import { parseOptions, UsageError } from './args';
import { describeFsError } from './discover';

// `foi-lint init`: writes a commented starter .foi.yaml. Asks for the regime and the authority's name
// only on a terminal; in a script or CI (stdin not a terminal) the flags or the defaults are used.

export const initUsage = `Usage: foi-lint init [options] [folder]

Writes a commented starter .foi.yaml in the folder (default: the current one).

Options:
      --regime <id>       foia (default), eir, foisa or eisr
      --authority <name>  The authority's name as replies give it
      --force             Replace an existing .foi.yaml
  -h, --help              Show this help

On a terminal, asks for what the flags do not give.
`;

export interface InitIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** Read answers from here when it is a terminal. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export async function runInit(argv: readonly string[], io: InitIo): Promise<number> {
  let parsed;
  try {
    parsed = parseOptions(argv, {
      regime: { type: 'string' },
      authority: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageError(io, error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(initUsage);
    return 0;
  }
  if (positionals.length > 1) return usageError(io, `init takes one folder, not ${positionals.length}`);
  const ids = starterRegimes.map((r) => r.id).join(', ');
  if (values.regime !== undefined && !isRegimeId(values.regime)) return usageError(io, `Unknown regime '${values.regime}': use one of ${ids}`);

  const folder = path.resolve(io.cwd, positionals[0] ?? '.');
  const file = path.join(folder, '.foi.yaml');
  const existing = ['.foi.yaml', '.foi.yml'].map((n) => path.join(folder, n)).find((f) => fs.existsSync(f));
  if (existing && !values.force) {
    io.stderr.write(`foi-lint: ${display(existing, io.cwd)} already exists: not replaced (use --force to replace it)\n`);
    return 2;
  }

  let regime = values.regime as RegimeId | undefined;
  let authority = values.authority;
  if (io.stdin?.isTTY && (regime === undefined || authority === undefined)) {
    // Lines are read through the iterator, which keeps answers typed ahead of their question.
    const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
    const lines = rl[Symbol.asyncIterator]();
    const ask = async (question: string): Promise<string | undefined> => {
      io.stdout.write(question);
      const next = await lines.next();
      return next.done ? undefined : String(next.value).trim();
    };
    try {
      while (regime === undefined) {
        const answer = await ask(`Regime (${ids}) [foia]: `);
        if (answer === undefined) return stopped(io);
        const id = answer.toLowerCase() || 'foia';
        if (isRegimeId(id)) regime = id;
        else io.stdout.write(`  '${id}' is not one of ${ids}\n`);
      }
      if (authority === undefined) {
        authority = await ask(`Authority's name [${defaultAuthorityName}]: `);
        if (authority === undefined) return stopped(io);
      }
    } finally {
      rl.close();
    }
  }

  const text = starterConfig({ regime: regime ?? 'foia', authority: authority ?? defaultAuthorityName });
  try {
    fs.mkdirSync(folder, { recursive: true });
    // 'wx' unless replacing: never overwrite a file that appeared since the check above.
    fs.writeFileSync(file, text, { flag: values.force ? 'w' : 'wx' });
    if (values.force && existing && existing !== file) fs.rmSync(existing);
  } catch (error) {
    io.stderr.write(`foi-lint: ${display(file, io.cwd)}: ${describeFsError(error)}\n`);
    return 2;
  }
  io.stdout.write(`Wrote ${display(file, io.cwd)} (${regime ?? 'foia'}). Edit it, then run foi-lint on your drafts.\n`);
  return 0;
}

/** The terminal closed (Ctrl+D) before every question was answered. */
function stopped(io: InitIo): number {
  io.stdout.write('\n');
  io.stderr.write('foi-lint init: stopped before the questions were answered: nothing written\n');
  return 2;
}

function usageError(io: InitIo, message: string): number {
  io.stderr.write(`foi-lint init: ${message}\nRun 'foi-lint init --help' for the options.\n`);
  return 2;
}

function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
