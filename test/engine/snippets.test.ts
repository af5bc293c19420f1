import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baseSchema } from '../../server/src/engine/schema/load';

// The snippets are generated from the built-in base's standard paragraphs (scripts/gen-snippets.js,
// through the conversion the "Insert standard paragraph" command uses too). The committed file must
// be what the generator makes now, and each snippet must insert exactly its paragraph.

const root = path.resolve(__dirname, '../../..');

interface Generator {
  generateSnippets(): string;
  snippetsPath: string;
}
interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const generator = require(path.join(root, 'scripts/gen-snippets.js')) as Generator;
const { toSnippet, blanksOf } = require(path.join(root, 'client/out/snippetText.js')) as {
  toSnippet(text: string): string;
  blanksOf(text: string): string[];
};

/** What VS Code inserts for a snippet when every tab stop keeps its default: the inverse of toSnippet. */
function expand(snippet: string): string {
  const labels = new Map<string, string>();
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\') {
      out += snippet[++i];
    } else if (c === '$') {
      const placeholder = /^\$\{(\d+):((?:\\.|[^\\}])*)\}/.exec(snippet.slice(i));
      const mirror = /^\$(\d+)/.exec(snippet.slice(i));
      if (placeholder) {
        const label = placeholder[2].replace(/\\(.)/g, '$1');
        labels.set(placeholder[1], label);
        out += `[${label}]`;
        i += placeholder[0].length - 1;
      } else if (mirror) {
        if (mirror[1] !== '0') out += `[${labels.get(mirror[1])}]`;
        i += mirror[0].length - 1;
      } else assert.fail(`unescaped $ at ${i} in ${snippet}`);
    } else out += c;
  }
  return out;
}

function committed(): Record<string, Snippet> {
  const text = fs.readFileSync(generator.snippetsPath, 'utf8');
  return JSON.parse(text.replace(/^\/\/.*$/gm, '')) as Record<string, Snippet>;
}

describe('snippets generated from the standard paragraphs', () => {
  it('snippets/foi-paragraphs.code-snippets is up to date (run `npm run snippets` when this fails)', () => {
    assert.equal(fs.readFileSync(generator.snippetsPath, 'utf8'), generator.generateSnippets());
  });

  it('has one snippet per standard paragraph of the base, each inserting that paragraph', () => {
    const schema = baseSchema('foia');
    const snippets = committed();
    const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));
    for (const paragraph of schema.paragraphs.values()) {
      const snippet = byPrefix.get(`foi-${paragraph.id}`);
      assert.ok(snippet, `a snippet for ${paragraph.id}`);
      assert.equal(snippet.description, paragraph.description);
      const inserted = expand(snippet.body.join('\n'));
      assert.ok(inserted.endsWith(paragraph.text), `${paragraph.id} inserts its paragraph text:\n${inserted}`);
    }
    assert.equal(byPrefix.size, schema.paragraphs.size);
  });

  it('covers the standard paragraphs officers need', () => {
    const prefixes = Object.values(committed()).map((s) => s.prefix);
    for (const id of ['acknowledgement', 'regime-foia', 'regime-eir', 'not-held', 'section-12', 'section-21', 'section-40', 'section-43', 'ncnd', 'further-information', 'direct-marketing', 'rights']) {
      assert.ok(prefixes.includes(`foi-${id}`), `foi-${id}`);
    }
  });

  it('gives sections found by their heading that heading', () => {
    const rights = Object.values(committed()).find((s) => s.prefix === 'foi-rights');
    assert.equal(rights?.body[0], '## Your rights');
    const regime = Object.values(committed()).find((s) => s.prefix === 'foi-regime-foia');
    assert.match(regime?.body[0] ?? '', /^We have processed this request/);
  });
});

describe('toSnippet', () => {
  it('turns each bracketed blank into a tab stop, the same blank twice into a mirror', () => {
    assert.equal(toSnippet('Received on [date]; sent [date] to [name].'), 'Received on ${1:date}; sent $1 to ${2:name}.$0');
    assert.deepEqual(blanksOf('Received on [date]; sent [date] to [name].'), ['date', 'name']);
  });

  it('escapes what is syntax in snippets', () => {
    assert.equal(toSnippet('Costs $450 {approx} \\ more'), 'Costs \\$450 {approx\\} \\\\ more$0');
    assert.equal(toSnippet('Pay [$ amount}]'), 'Pay ${1:\\$ amount\\}}$0');
  });

  it('leaves Markdown links and £ amounts alone', () => {
    assert.equal(toSnippet('See [the ICO](https://ico.org.uk) and [ref][1]; £450.'), 'See [the ICO](https://ico.org.uk) and [ref][1]; £450.$0');
  });

  it('round-trips every base paragraph', () => {
    for (const p of baseSchema('foia').paragraphs.values()) assert.equal(expand(toSnippet(p.text)), p.text, p.id);
  });
});
