import type { DisableDirective } from '../types';

// Inline comments that the engine, the CLI and the language server all honour:
//   <!-- foi-lint-disable-next-line unanswered-question -->
//   <!-- foi-lint-disable missing-direct-marketing -->   (to the end, or to foi-lint-enable)
//   <!-- foi-lint-enable -->
//   <!-- foi-lint-not-applicable -->                     (on a question's line)
const directive = /<!--\s*foi-lint-(disable-next-line|disable|enable|not-applicable)\b([^>]*?)-->/g;

export function readDirectives(lines: readonly string[]): DisableDirective[] {
  const out: DisableDirective[] = [];
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    if (!text.includes('foi-lint-')) continue;
    directive.lastIndex = 0;
    for (let m = directive.exec(text); m; m = directive.exec(text)) {
      const names = m[2]
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s && s !== '--');
      out.push({ kind: m[1] as DisableDirective['kind'], rules: names.length ? names : 'all', line });
    }
  }
  return out;
}

const covers = (d: DisableDirective, ruleId: string) => d.rules === 'all' || d.rules.includes(ruleId);

/** Whether a finding of `ruleId` on `line` is switched off by a comment. Directives are in line order. */
export function isDisabled(directives: readonly DisableDirective[], ruleId: string, line: number): boolean {
  let off = false;
  for (const d of directives) {
    if (d.kind === 'not-applicable' || !covers(d, ruleId)) continue;
    if (d.kind === 'disable-next-line') {
      if (d.line + 1 === line) return true;
      continue;
    }
    if (d.line > line) break;
    off = d.kind === 'disable';
  }
  return off;
}

/** Lines marked "not applicable" for questions. */
export function notApplicableLines(directives: readonly DisableDirective[]): Set<number> {
  return new Set(directives.filter((d) => d.kind === 'not-applicable').map((d) => d.line));
}
