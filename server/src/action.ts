// The GitHub Action (action.yml): reads the step's inputs from the environment the runner sets,
// runs the CLI once with annotations (or the chosen format) in the log and a SARIF file beside them,
// then sets the step's outputs and summary and fails it at the chosen level.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formats } from './cli/args';
import { runCli, exitCodes } from './cli/run';
import type { Summary } from './cli/report';

const failLevels = ['error', 'warning', 'info', 'none'] as const;
type FailLevel = (typeof failLevels)[number];

/** An input as the runner passes it: INPUT_ and the name in capitals, spaces as underscores. */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function fail(message: string): never {
  process.stdout.write(`::error title=foi-lint::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exit(exitCodes.trouble);
}

/** Appends to a file the runner reads after the step (outputs, summary); absent outside a runner. */
function appendTo(file: string | undefined, text: string): void {
  if (file) fs.appendFileSync(file, text);
}

function failsAt(level: FailLevel, summary: Summary): boolean {
  switch (level) {
    case 'error':
      return summary.errors > 0;
    case 'warning':
      return summary.errors + summary.warnings > 0;
    case 'info':
      return summary.errors + summary.warnings + summary.infos > 0;
    case 'none':
      return false;
  }
}

async function main(): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  // One per line; spaces separate too, as in a `run:` line (name files with spaces by a glob).
  const patterns = input('globs').split(/\s+/).filter(Boolean);
  if (patterns.length === 0) fail("the 'globs' input is empty: name the drafts to check, e.g. globs: replies/");
  const format = input('format') || 'github';
  if (!(formats as readonly string[]).includes(format)) fail(`format '${format}' is not one of ${formats.join(', ')}`);
  const failLevel = (input('fail-level') || 'error') as FailLevel;
  if (!failLevels.includes(failLevel)) fail(`fail-level '${failLevel}' is not one of ${failLevels.join(', ')}`);
  const sarifFile = path.resolve(cwd, input('sarif-file') || 'foi-lint.sarif');

  const args = ['--format', format, ...patterns];
  const config = input('config');
  if (config) args.push('--config', config);
  const changedSince = input('changed-since');
  if (changedSince) args.push('--changed-since', changedSince);

  fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
  const sarif = fs.createWriteStream(sarifFile);
  let summary: Summary | undefined;
  const code = await runCli(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd,
    color: false,
    alsoReport: { format: 'sarif', stream: sarif },
    onSummary: (s) => (summary = { ...s }),
  });
  await new Promise<void>((resolve, reject) => sarif.end((error?: Error | null) => (error ? reject(error) : resolve())));

  appendTo(process.env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\n`);
  if (summary) {
    appendTo(process.env.GITHUB_OUTPUT, `errors=${summary.errors}\nwarnings=${summary.warnings}\ninfos=${summary.infos}\n`);
    appendTo(
      process.env.GITHUB_STEP_SUMMARY,
      `### foi-lint\n\n| Drafts | Errors | Warnings | Information |\n| ---: | ---: | ---: | ---: |\n` +
        `| ${summary.files} | ${summary.errors} | ${summary.warnings} | ${summary.infos} |\n`,
    );
  }
  if (code === exitCodes.trouble) {
    process.exitCode = code; // the reasons are in the log above
  } else if (summary && failsAt(failLevel, summary)) {
    const counts = `${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} information`;
    process.stdout.write(`::error title=foi-lint::${counts} (the step fails at fail-level ${failLevel})\n`);
    process.exitCode = exitCodes.findings;
  }
}

main().catch((error: unknown) => {
  fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
