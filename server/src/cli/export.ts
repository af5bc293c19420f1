import * as fs from 'node:fs';
import { converters } from '../convert/lazy';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createFoiService } from '../engine';
import { describeFsError } from './discover';
import { readDraft } from './read';
import type { CliIo } from './run';

// `foi-lint export <draft> --to docx [--template letterhead.docx] -o reply.docx`: the finished reply as
// a Word document. A draft with errors is not exported unless --force: the letter would go out wrong.

export const exportUsage = `Usage: foi-lint export <draft.foi.md> --to docx [--template letterhead.docx] -o reply.docx

Writes the reply as a Word document: headings, numbered lists with their numbers, tables, and the
front matter's reference and date in the page header. A draft with errors is not exported.

Options:
      --to <format>       The format to write: docx
  -o, --output <file>     Where to write it
      --template <file>   The authority's letterhead (.docx): its styles, page setup, header and
                          footer are kept; {{reply}} marks where the letter goes, {{reference}} and
                          {{date}} are filled in where they appear
      --force             Export even when the draft has errors
  -c, --config <file>     Use this .foi.yaml instead of looking for one beside the draft
  -h, --help              Show this help
`;

export async function runExport(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string, code = 2): number => {
    io.stderr.write(`foi-lint export: ${message}\n`);
    return code;
  };
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        template: { type: 'string' },
        force: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error)}\nRun 'foi-lint export --help' for the options.`);
  }
  if (values.help) {
    io.stdout.write(exportUsage);
    return 0;
  }
  if (positionals.length !== 1) return fail(`name one draft to export (given ${positionals.length}): foi-lint export reply.foi.md --to docx -o reply.docx`);
  if (values.to !== 'docx') return fail(values.to === undefined ? '--to docx is required (the only format export writes)' : `cannot export to '${values.to}': the only format is docx`);
  if (!values.output) return fail('-o <file> is required: where to write the Word document (e.g. -o reply.docx)');
  if (!/\.docx$/i.test(values.output)) return fail(`-o ${values.output}: name the Word document with .docx at the end`);

  const draftPath = path.resolve(io.cwd, positionals[0]);
  const outputPath = path.resolve(io.cwd, values.output);
  if (/\.docx$/i.test(draftPath)) return fail(`${positionals[0]}: already a Word document; export reads a Markdown draft`);
  const draft = await readDraft(draftPath);
  if (!draft.ok) return fail(`${positionals[0]}: ${draft.reason}`);

  let template: Buffer | undefined;
  if (values.template !== undefined) {
    try {
      template = fs.readFileSync(path.resolve(io.cwd, values.template));
    } catch (error) {
      return fail(`--template ${values.template}: ${describeFsError(error)}`);
    }
  }

  const configPath = values.config === undefined ? undefined : path.resolve(io.cwd, values.config);
  const foi = createFoiService({ trusted: true, snapshot: true });
  const resolved = foi.schemas.forDraft(draftPath, configPath);
  if (resolved.problems.length > 0) {
    for (const p of resolved.problems) io.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
    return fail('not exported: the configuration has errors (listed above)');
  }
  const errors = foi.lint(draft.text, resolved.schema).findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.message}  ${f.ruleId}\n`).join('');
    if (!values.force) {
      io.stderr.write(`foi-lint export: ${positionals[0]}: not exported: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} to fix first (or export anyway with --force):\n${list}`);
      return 1;
    }
    io.stderr.write(`foi-lint export: ${positionals[0]}: exported with ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} (--force):\n${list}`);
  }

  const { draftToDocx, TemplateError } = converters();
  let bytes: Buffer;
  try {
    bytes = await draftToDocx(draft.text, template);
  } catch (error) {
    if (error instanceof TemplateError) return fail(`--template ${values.template}: ${error.message}`);
    throw error;
  }
  const temp = `${outputPath}.foi-lint-${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, outputPath);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    return fail(`-o ${values.output}: ${describeFsError(error)}`);
  }
  io.stdout.write(`Exported ${path.relative(io.cwd, outputPath) || outputPath}\n`);
  return 0;
}
