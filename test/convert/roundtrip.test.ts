import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { convertDraft, type SourceFormat } from '../../server/src/convert';
import { lint } from '../../server/src/engine/lint';
import { SchemaResolver } from '../../server/src/engine/schema/resolver';
import type { Schema } from '../../server/src/engine/schema/types';
import { draftToDocx } from '../../server/src/export';
import { repoRoot } from '../cli/helpers';
import { toEml, toHtml } from './build';

// Every published letter of the shared corpus, exported to Word and read back, sent as an e-mail and
// published as a web page, is checked as its Markdown is: the same regime, dates, questions (number
// and status) and findings (rule and message; their order follows positions, which differ).

// ../shared/corpus when it is there, else the snapshot in test/fixtures/corpus (as npm run score reads).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const corpus = (require(path.join(repoRoot, 'scripts', 'score.js')) as { defaultCorpus(): string }).defaultCorpus();
const letters = fs.readdirSync(corpus).filter((f) => /^[A-Z]\d+-.*\.md$/.test(f));
const md = new MarkdownIt({ html: true });

function essence(text: string, schema: Schema) {
  const { draft, findings } = lint(text, schema);
  return {
    regime: draft.meta.regime?.value,
    dates: [draft.meta.received?.iso, draft.meta.sent?.iso],
    questions: draft.questions.map((q) => `${q.label} ${q.status}`),
    findings: findings.map((f) => `${f.ruleId}: ${f.message}`).sort(),
  };
}

/** Whether a list item's written number differs from the one a web browser shows ("11." then "1." shows 12). */
function renumberedInHtml(markdown: string): boolean {
  let next: number | undefined;
  for (const t of md.parse(markdown, {})) {
    if (t.type === 'ordered_list_open') next = Number(t.attrGet('start') ?? 1);
    else if (t.type === 'list_item_open' && next !== undefined && t.info !== '') {
      if (Number(t.info) !== next) return true;
      next++;
    }
  }
  return false;
}

describe('round trip: the corpus as Word documents, e-mails and web pages', function () {
  this.timeout(180_000);
  const resolver = new SchemaResolver({ trusted: true });

  it('has the corpus to read', () => assert.ok(letters.length >= 50, `${letters.length} letters in ${corpus}`));

  const cases: { format: SourceFormat; build: (markdown: string) => Promise<Uint8Array | string>; frontMatter: boolean }[] = [
    // Export keeps front matter in the document's properties; an e-mail or a web page has none.
    { format: 'docx', build: (m) => draftToDocx(m), frontMatter: true },
    { format: 'eml', build: async (m) => toEml(m), frontMatter: false },
    { format: 'html', build: async (m) => toHtml(m), frontMatter: false },
  ];
  for (const { format, build, frontMatter } of cases) {
    it(`.${format}: every letter gives the same regime, dates, questions and findings`, async () => {
      const different: string[] = [];
      let compared = 0;
      for (const name of letters) {
        const file = path.join(corpus, name);
        const source = fs.readFileSync(file, 'utf8');
        const markdown = frontMatter ? source : source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
        if (format === 'html' && renumberedInHtml(markdown)) continue;
        const back = await convertDraft(format, await build(markdown));
        assert.ok(back.ok, `${name}: ${back.ok ? '' : back.reason}`);
        const schema = resolver.forFile(file).schema;
        compared++;
        try {
          assert.deepEqual(essence(back.text, schema), essence(markdown, schema));
        } catch (error) {
          different.push(`${name}: ${error instanceof Error ? error.message.slice(0, 600) : String(error)}`);
        }
      }
      assert.ok(compared >= letters.length - 5, `${compared} letters compared`);
      assert.deepEqual(different, []);
    });
  }
});
