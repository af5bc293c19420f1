import * as assert from 'node:assert/strict';
import { parseCommandLine, UsageError } from '../../server/src/cli/args';

describe('cli/args: the command line', () => {
  it('defaults to stylish output with no limits', () => {
    const options = parseCommandLine(['replies/']);
    assert.deepEqual(options, {
      patterns: ['replies/'],
      format: 'stylish',
      config: undefined,
      fix: false,
      maxWarnings: undefined,
      quiet: false,
      changedSince: undefined,
      help: false,
      version: false,
      listRules: false,
      explain: false,
      cache: false,
      cacheLocation: undefined,
      concurrency: 1,
    });
  });

  it('reads every option, long and short, in either form', () => {
    const options = parseCommandLine(['-f', 'sarif', '--config=a.yaml', '--fix', '--max-warnings', '0', '-q', 'a.md', 'b/']);
    assert.equal(options.format, 'sarif');
    assert.equal(options.config, 'a.yaml');
    assert.equal(options.fix, true);
    assert.equal(options.maxWarnings, 0);
    assert.equal(options.quiet, true);
    assert.deepEqual(options.patterns, ['a.md', 'b/']);
    assert.equal(parseCommandLine(['--format=github', 'x']).format, 'github');
    const cached = parseCommandLine(['--cache', '--cache-location', '.ci/foi-cache', 'a.md']);
    assert.equal(cached.cache, true);
    assert.equal(cached.cacheLocation, '.ci/foi-cache');
    assert.equal(parseCommandLine(['--concurrency', '2', 'a.md']).concurrency, 2);
    assert.equal(parseCommandLine(['--concurrency=auto', 'a.md']).concurrency, 'auto');
  });

  const mistakes: [string[], RegExp][] = [
    [['--format', 'xml', 'a.md'], /Unknown format 'xml': use one of stylish, json, sarif, github/],
    [['--max-warnings', 'ten', 'a.md'], /--max-warnings takes a whole number of 0 or more, not 'ten'/],
    [['--max-warnings', '-1', 'a.md'], /--max-warnings/],
    [['--fxi', 'a.md'], /--fxi/],
    [['--format'], /--format/],
    [[], /No files given/],
    [['--cache-location', 'x', 'a.md'], /--cache-location is used with --cache/],
    [['--cache', '--cache-location', ' ', 'a.md'], /--cache-location needs a file or folder name/],
    [['--concurrency', '0', 'a.md'], /--concurrency takes a number of threads from 1 to 999, or auto, not '0'/],
    [['--concurrency', 'two', 'a.md'], /--concurrency takes a number .* not 'two'/],
    [['--concurrency', '1.5', 'a.md'], /--concurrency takes a number .* not '1.5'/],
    [['--concurrency', 'a.md'], /--concurrency takes a number .* not 'a.md'/],
  ];
  for (const [argv, message] of mistakes) {
    it(`rejects ${JSON.stringify(argv)} with a message that says what to change`, () => {
      assert.throws(() => parseCommandLine(argv), (error: unknown) => error instanceof UsageError && message.test(error.message));
    });
  }

  it('needs no files for --help, --version or --list-rules', () => {
    assert.equal(parseCommandLine(['--help']).help, true);
    assert.equal(parseCommandLine(['-v']).version, true);
    assert.equal(parseCommandLine(['--list-rules']).listRules, true);
  });
});
