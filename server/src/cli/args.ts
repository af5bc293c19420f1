import { parseArgs, type ParseArgsConfig } from 'node:util';

export const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type FormatName = (typeof formats)[number];

export interface Options {
  patterns: string[];
  format: FormatName;
  config?: string;
  fix: boolean;
  /** Exit 1 when more warnings than this are reported; undefined = no limit. */
  maxWarnings?: number;
  /** Report errors only. */
  quiet: boolean;
  /** Check only drafts changed since this git revision, and report only findings on changed lines. */
  changedSince?: string;
  help: boolean;
  version: boolean;
  listRules: boolean;
  /** Print how each draft was read instead of its findings. */
  explain: boolean;
  /** Reuse the reports of drafts unchanged since the last run with --cache. */
  cache: boolean;
  /** The cache file, or a folder for .foi-lint-cache (default: .foi-lint-cache in the current folder). */
  cacheLocation?: string;
  /** Threads that check drafts: 1 = the main thread alone; auto = the processors, on large runs. */
  concurrency: number | 'auto';
}

/** A mistake on the command line: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `Usage: foi-lint [options] <file|folder|glob>...
       foi-lint export <draft.foi.md> --to docx [--template letterhead.docx] -o reply.docx
       foi-lint init [--regime <id>] [--authority <name>] [--force] [folder]

Checks FOI and EIR reply drafts: Markdown, Word (.docx), e-mail (.eml), web pages (.html) and
text (.txt). Folders are searched for *.md and *.docx files, skipping node_modules and folders
whose names start with a dot.

\`foi-lint init\` writes a commented starter .foi.yaml (see foi-lint init --help).

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif, github,
                          junit (test report XML), gitlab (GitLab code quality)
  -c, --config <file>     Use this .foi.yaml instead of looking for one beside each draft
      --fix               Apply the safe fixes and write the files back, then report what is left
      --max-warnings <n>  Exit 1 when more than n warnings are reported
  -q, --quiet             Report errors only (warnings and information are not shown or counted)
      --explain           Show how each draft was read: regime, dates, reference, request, each question
                          with the line of its answer, sections (to see why a finding was or was not made)
      --changed-since <ref> Check only drafts changed since a git commit, branch or tag, and report
                          only findings on the lines changed (uncommitted and new drafts count)
      --cache             Keep each draft's findings in a cache file and reuse them while the draft,
                          its .foi.yaml and foi-lint are unchanged (for repeated CI runs)
      --cache-location <path> The cache file, or a folder for it (default: .foi-lint-cache here)
      --concurrency <n|auto> Threads that check drafts (default 1: the main thread; auto: one per
                          processor, up to 4, when there are more than 200 drafts, for more memory). Output is
                          the same; --fix and --explain always use one
      --list-rules        List the rules: id, default severity, whether --fix fixes it, what it checks
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings allows;
2 a usage, configuration or file error (the other files are still checked).
`;

type ParsedOptions<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/** node:util's parseArgs, strict, with positionals; a mistake becomes a UsageError naming the option. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T): ParsedOptions<T> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    // node:util's messages name the option ("Unknown option '--fmt'"); drop its advice about "--".
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error);
    throw new UsageError(message);
  }
}

/** Parse the command line; throws UsageError with a message that says what to change. */
export function parseCommandLine(argv: readonly string[]): Options {
  const parsed = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    fix: { type: 'boolean' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    'changed-since': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    'list-rules': { type: 'boolean' },
    explain: { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    concurrency: { type: 'string' },
  });
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format '${format}': use one of ${formats.join(', ')}`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings takes a whole number of 0 or more, not '${text}'`);
    maxWarnings = Number(text);
  }
  if (values.config !== undefined && values.config.trim() === '') throw new UsageError('--config needs a file name');
  const changedSince = values['changed-since'];
  if (changedSince !== undefined && (changedSince.trim() === '' || changedSince.startsWith('-'))) {
    throw new UsageError('--changed-since needs a git commit, branch or tag (e.g. --changed-since origin/main)');
  }
  const concurrency = values.concurrency ?? '1';
  if (concurrency !== 'auto' && !/^[1-9]\d{0,2}$/.test(concurrency)) {
    throw new UsageError(`--concurrency takes a number of threads from 1 to 999, or auto, not '${concurrency}'`);
  }
  const options: Options = {
    patterns: positionals,
    format: format as FormatName,
    config: values.config,
    fix: values.fix ?? false,
    maxWarnings,
    quiet: values.quiet ?? false,
    changedSince,
    help: values.help ?? false,
    version: values.version ?? false,
    listRules: values['list-rules'] ?? false,
    explain: values.explain ?? false,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    concurrency: concurrency === 'auto' ? 'auto' : Number(concurrency),
  };
  if (options.cacheLocation !== undefined && options.cacheLocation.trim() === '') throw new UsageError('--cache-location needs a file or folder name');
  if (options.cacheLocation !== undefined && !options.cache) throw new UsageError('--cache-location is used with --cache: add --cache');
  if (options.explain && options.fix) throw new UsageError('--explain and --fix cannot be used together: --explain only reads');
  if (!options.help && !options.version && !options.listRules && options.patterns.length === 0) {
    throw new UsageError('No files given: name the drafts, folders or globs to check (e.g. foi-lint replies/)');
  }
  return options;
}
