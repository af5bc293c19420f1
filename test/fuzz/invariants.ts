import { applyEdits, detectEol, fixEdits } from '../../server/src/engine/fix';
import { lint, type LintResult } from '../../server/src/engine/lint';
import { allRules } from '../../server/src/engine/rules/registry';
import type { Schema } from '../../server/src/engine/schema/types';
import type { Range, TextEdit } from '../../server/src/engine/types';

// What must hold for every input, however broken: the checks the properties and the extreme cases
// share. Each throws an Error naming the first thing that does not hold.

const ruleIds = new Set(allRules.map((r) => r.meta.id));
const severities = new Set(['error', 'warning', 'info']);

/** The lines an editor shows for the text the engine analyses (BOM dropped; LF, CRLF or lone CR). */
export function linesOf(input: string): string[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return text.split(/\r\n|\n|\r/);
}

function rangeProblem(lines: readonly string[], r: Range): string | undefined {
  for (const p of [r.start, r.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return 'a position is not a whole number';
    if (p.line < 0 || p.line >= lines.length) return `line ${p.line} is outside the document (${lines.length} lines)`;
    if (p.character < 0 || p.character > lines[p.line].length) {
      return `character ${p.character} is outside line ${p.line} (length ${lines[p.line].length})`;
    }
  }
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return 'start is after end';
  return undefined;
}

const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Lint, time it, and check the result is well formed: no rule failed, every range in the document. */
export function lintChecked(input: string, schema: Schema, budgetMs: number): LintResult {
  const started = performance.now();
  const result = lint(input, schema);
  const ms = performance.now() - started;
  if (ms > budgetMs) throw new Error(`lint took ${Math.round(ms)} ms, over the ${budgetMs} ms bound (${input.length} chars)`);
  checkResult(input, result);
  return result;
}

export function checkResult(input: string, result: LintResult): void {
  if (result.failures.length) {
    const f = result.failures[0];
    const e = f.error instanceof Error ? (f.error.stack ?? f.error.message) : String(f.error);
    throw new Error(`rule ${f.ruleId} threw: ${e}`);
  }
  const lines = linesOf(input);
  if (result.draft.lines.length !== lines.length) {
    throw new Error(`the draft has ${result.draft.lines.length} lines; an editor shows ${lines.length}`);
  }
  for (const f of result.findings) {
    const where = `${f.ruleId} finding at ${show(f.range)}`;
    if (!ruleIds.has(f.ruleId)) throw new Error(`unknown rule id ${f.ruleId}`);
    if (!severities.has(f.severity)) throw new Error(`${where}: severity ${String(f.severity)}`);
    if (typeof f.message !== 'string' || !f.message.trim()) throw new Error(`${where}: empty message`);
    const bad = rangeProblem(lines, f.range);
    if (bad) throw new Error(`${where}: ${bad}`);
    const edits: TextEdit[] = [...(f.fix?.edits ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)];
    for (const e of edits) {
      const badEdit = rangeProblem(lines, e.range);
      if (badEdit) throw new Error(`${where}: an edit at ${show(e.range)}: ${badEdit}`);
      if (typeof e.newText !== 'string') throw new Error(`${where}: an edit without text`);
    }
  }
}

/** Whether `needles` appear in `haystack` in order (not necessarily next to each other). */
export function isSubsequence(needles: readonly string[], haystack: readonly string[]): number {
  let j = 0;
  for (let i = 0; i < needles.length; i++) {
    while (j < haystack.length && haystack[j] !== needles[i]) j++;
    if (j === haystack.length) return i;
    j++;
  }
  return -1;
}

interface Terminators {
  crlf: number;
  lf: number;
  cr: number;
}

export function terminators(text: string): Terminators {
  const t = { crlf: 0, lf: 0, cr: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        t.crlf++;
        i++;
      } else t.cr++;
    } else if (c === 10) t.lf++;
  }
  return t;
}

/** An edit that replaces words within one line and brings in no line break. */
function isInLineCorrection(e: TextEdit): boolean {
  const { start, end } = e.range;
  return start.line === end.line && start.character < end.character && !/[\r\n]/.test(e.newText);
}

/** How many passes `--fix` may take to settle; the CLI stops at the same bound. */
export const maxFixPasses = 10;

/**
 * Apply every safe fix the way `--fix` does and check: each original line is kept, in order (but for
 * corrections of words within a line); only
 * the text's own line ending is introduced; and fixing the fixed text changes nothing more. Returns
 * the fixed text.
 */
export function checkFixes(input: string, schema: Schema, budgetMs: number, first?: LintResult): string {
  const start = first ?? lintChecked(input, schema, budgetMs);
  const text = start.draft.text;
  const originalLines = linesOf(text);
  const before = terminators(text);
  const eol = detectEol(text);
  let current = text;
  let result = start;
  for (let pass = 1; ; pass++) {
    const edits = fixEdits(result.findings);
    const applied = applyEdits(current, edits);
    if (applied.text === current) break;
    if (pass > maxFixPasses) throw new Error(`fixes still change the text after ${maxFixPasses} passes`);
    // A correction within a line ("section 43 2" -> "section 43(2)") may change that line's words, never
    // a line break; every other line of the text, original or inserted by an earlier pass, is kept.
    const inLine = edits.filter(isInLineCorrection);
    const kept = pass === 1 && inLine.length === 0 ? originalLines : linesOf(applyEdits(current, inLine).text);
    const missing = isSubsequence(kept, linesOf(applied.text));
    if (missing !== -1) {
      throw new Error(`pass ${pass}: ${pass === 1 ? 'original ' : ''}line ${missing} (${JSON.stringify(kept[missing].slice(0, 80))}) is not kept in order`);
    }
    const after = terminators(applied.text);
    const onlyCr = before.lf === 0 && before.crlf === 0 && before.cr > 0;
    const foreign =
      eol === '\r\n'
        ? after.lf > before.lf || after.cr > before.cr
        : onlyCr
          ? after.lf > before.lf || after.crlf > before.crlf
          : after.crlf > before.crlf || after.cr > before.cr;
    if (foreign) {
      throw new Error(`pass ${pass}: a fix brought in another line ending (before ${JSON.stringify(before)}, after ${JSON.stringify(after)})`);
    }
    // One pass is all it should take when no edit had to wait for an overlapping one. A
    // disable-next-line directive is the exception: an insertion can move a finding off its line.
    const skipped = applied.applied < edits.length || /foi-lint-disable-next-line/.test(text);
    current = applied.text;
    result = lintChecked(current, schema, budgetMs);
    if (!skipped) {
      const again = applyEdits(current, fixEdits(result.findings));
      if (again.text !== current) {
        const ids = result.findings.filter((f) => f.fix).map((f) => f.ruleId);
        throw new Error(`not idempotent: fixing the fixed text changes it again (fixable: ${ids.join(', ')})`);
      }
      break;
    }
  }
  return current;
}
