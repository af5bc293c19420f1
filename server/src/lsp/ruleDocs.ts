import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// Each rule's documentation ships as docs/rules/<id>.md beside the server. Diagnostics link to it
// (codeDescription.href) so "what does this mean" is one click away, offline.

/**
 * Where the rule documents are: `--rule-docs=<dir>` or FOI_LINT_RULE_DOCS when given, else the first
 * of the candidate folders that exists (the compiled server and the bundled one sit at different depths).
 */
export function findRuleDocsDir(candidates: readonly string[], argv = process.argv, env = process.env): string {
  const arg = argv.find((a) => a.startsWith('--rule-docs='));
  if (arg) return path.resolve(arg.slice('--rule-docs='.length));
  if (env.FOI_LINT_RULE_DOCS) return path.resolve(env.FOI_LINT_RULE_DOCS);
  for (const dir of candidates) {
    try {
      if (fs.statSync(dir).isDirectory()) return dir;
    } catch {
      // Not there: try the next.
    }
  }
  return candidates[candidates.length - 1];
}

export class RuleDocs {
  private readonly hrefs = new Map<string, string>();

  constructor(private readonly dir: string) {}

  /** A file: URI for the rule's page. */
  href(ruleId: string): string {
    let href = this.hrefs.get(ruleId);
    if (!href) {
      // Rule ids are kebab-case; anything else is kept out of the path.
      const safe = ruleId.replace(/[^A-Za-z0-9._-]/g, '_');
      href = pathToFileURL(path.join(this.dir, `${safe}.md`)).href;
      this.hrefs.set(ruleId, href);
    }
    return href;
  }
}
