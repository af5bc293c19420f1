import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { aiExample, facialExample, removeDir, repoRoot, runCli, tempDir, withoutRights } from '../cli/helpers';

// `foi-lint export` as a user runs it: a .docx that Word-compatible readers open (mammoth reads it back
// without complaint; every part and relationship of the package is there), on a letterhead or not, and
// no export of a draft with errors unless forced.

const letterhead = path.join(repoRoot, 'test', 'fixtures', 'docx', 'letterhead.docx');

/** The package's structure holds: well-formed XML, every relationship target and content-type override present. */
async function checkPackage(bytes: Buffer): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string) => {
    const file = zip.file(name);
    assert.ok(file, `the package has ${name}`);
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: (level: string, m: unknown) => void (level !== 'warning' && errors.push(String(m))) }).parseFromString(await file.async('string'), 'text/xml');
    assert.deepEqual(errors, [], `${name} is well-formed`);
    return doc;
  };
  const types = await xml('[Content_Types].xml');
  for (const o of Array.from(types.getElementsByTagName('Override'))) assert.ok(zip.file(o.getAttribute('PartName')!.slice(1)), `content type for a missing part ${o.getAttribute('PartName')}`);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const base = path.posix.dirname(path.posix.dirname(name));
    for (const r of Array.from((await xml(name)).getElementsByTagName('Relationship'))) {
      if (r.getAttribute('TargetMode') === 'External') continue;
      const target = r.getAttribute('Target')!;
      const part = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(base === '.' ? '' : base, target));
      assert.ok(zip.file(part), `${name} points to ${part}, which the package has`);
    }
  }
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) await xml(name);
  return zip;
}

describe('foi-lint export', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = tempDir('export');
    fs.writeFileSync(
      path.join(dir, 'reply.foi.md'),
      '---\nreference: FOI-2024-0317\nreceived: 2024-03-04\nsent: 2024-03-28\nregime: foia\n---\n' +
        fs.readFileSync(aiExample, 'utf8').replace('8 September 2020', '4 March 2024').replace(/^[\s\S]*?(?=Thank you)/, ''),
    );
    fs.writeFileSync(path.join(dir, 'broken.foi.md'), withoutRights(fs.readFileSync(aiExample, 'utf8')).replace('No not aware of any projects in the pipeline.', '[TBC]'));
    fs.writeFileSync(path.join(dir, 'lists.foi.md'), '# Response\n\n3. Do you hold it?\n4. **Yes**, below.\n\n| Year | Spend |\n| --- | --- |\n| 2023 | £12 |\n');
  });
  after(() => removeDir(dir));

  for (const example of [aiExample, facialExample]) {
    it(`${path.basename(example)}: a package mammoth reads without complaint, with the letter's text`, async () => {
      const run = runCli(['export', example, '--to', 'docx', '-o', 'out.docx'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^Exported out\.docx$/m);
      const bytes = fs.readFileSync(path.join(dir, 'out.docx'));
      await checkPackage(bytes);
      const { value, messages } = await mammoth.extractRawText({ buffer: bytes });
      assert.deepEqual(messages, []);
      assert.match(value, /Does your council|facial recognition/);
    });
  }

  it('puts the reference and date in the page header, keeps the front matter as custom properties, and reads back the same', async () => {
    const run = runCli(['export', 'reply.foi.md', '--to', 'docx', '-o', 'reply.docx'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const zip = await checkPackage(fs.readFileSync(path.join(dir, 'reply.docx')));
    const header = await zip.file(/word\/header\d*\.xml/)[0].async('string');
    assert.match(header, /Our ref: FOI-2024-0317/);
    assert.match(header, /28 March 2024/);
    assert.match(await zip.file('docProps/custom.xml')!.async('string'), /FOI received[\s\S]*2024-03-04/);
    const lint = runCli(['--format', 'json', 'reply.foi.md', 'reply.docx'], { cwd: dir });
    const [markdown, word] = JSON.parse(lint.stdout) as { dates: unknown; regime: unknown; questions: { number: string }[] }[];
    assert.deepEqual([word.dates, word.regime, word.questions.map((q) => q.number)], [markdown.dates, markdown.regime, markdown.questions.map((q) => q.number)]);
  });

  it('keeps a list\'s own numbers, bold text and tables', async () => {
    assert.equal(runCli(['export', 'lists.foi.md', '--to', 'docx', '-o', 'lists.docx', '--force'], { cwd: dir }).code, 0);
    const { value } = await mammoth.convertToHtml({ path: path.join(dir, 'lists.docx') });
    assert.match(value, /<h1>Response<\/h1>/);
    assert.match(value, /<table>.*<td><p>2023<\/p><\/td><td><p>£12<\/p><\/td>.*<\/table>/s);
    assert.match(value, /<strong>Yes<\/strong>/);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'lists.docx')));
    assert.match(await zip.file('word/numbering.xml')!.async('string'), /<w:start w:val="3"\/>/);
    const lint = runCli(['--format', 'json', 'lists.docx'], { cwd: dir });
    assert.match(lint.stdout, /"number": "3"/);
  });

  it('on a letterhead: keeps its document defaults, header and footer, and fills in the reference and date', async () => {
    const run = runCli(['export', 'reply.foi.md', '--to', 'docx', '--template', letterhead, '-o', 'letter.docx'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const zip = await checkPackage(fs.readFileSync(path.join(dir, 'letter.docx')));
    const template = await JSZip.loadAsync(fs.readFileSync(letterhead));
    const defaults = async (z: JSZip) => /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(await z.file('word/styles.xml')!.async('string'))?.[0];
    assert.ok(await defaults(template));
    assert.equal(await defaults(zip), await defaults(template));
    const header = (await Promise.all(zip.file(/word\/header\d*\.xml/).map((f) => f.async('string')))).join('');
    assert.match(header, /Riverside District Council/);
    assert.match(header, /FOI-2024-0317/);
    assert.doesNotMatch(header, /\{\{/);
    assert.match((await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async('string')))).join(''), /foi@riverside\.gov\.uk/);
    const { value } = await mammoth.extractRawText({ path: path.join(dir, 'letter.docx') });
    assert.match(value, /Thank you for your request received on 4 March 2024/);
    assert.doesNotMatch(value, /\{\{reply\}\}/);
  });

  it('refuses a draft with errors, naming each, unless --force', () => {
    const refused = runCli(['export', 'broken.foi.md', '--to', 'docx', '-o', 'broken.docx'], { cwd: dir });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^foi-lint export: broken\.foi\.md: not exported: \d+ errors to fix first \(or export anyway with --force\):$/m);
    assert.match(refused.stderr, /^ {2}\d+:\d+ {2}.*Your rights.* {2}missing-rights$/m);
    assert.match(refused.stderr, /placeholder$/m);
    assert.equal(fs.existsSync(path.join(dir, 'broken.docx')), false);
    const forced = runCli(['export', 'broken.foi.md', '--to', 'docx', '-o', 'broken.docx', '--force'], { cwd: dir });
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /exported with \d+ errors \(--force\)/);
    assert.ok(fs.statSync(path.join(dir, 'broken.docx')).size > 2000);
  });

  it('says what is wrong with the command line or the letterhead', () => {
    const cases: [string[], RegExp][] = [
      [['export', 'reply.foi.md', '-o', 'x.docx'], /--to docx is required/],
      [['export', 'reply.foi.md', '--to', 'pdf', '-o', 'x.docx'], /cannot export to 'pdf': the only format is docx/],
      [['export', 'reply.foi.md', '--to', 'docx'], /-o <file> is required/],
      [['export', 'missing.foi.md', '--to', 'docx', '-o', 'x.docx'], /missing\.foi\.md: no such file or folder/],
      [['export', 'reply.foi.md', '--to', 'docx', '-o', 'x.docx', '--template', 'nowhere.docx'], /--template nowhere\.docx: no such file or folder/],
      [['export', 'reply.foi.md', '--to', 'docx', '-o', 'x.docx', '--template', 'reply.foi.md'], /--template reply\.foi\.md: not a Word document/],
      [['export', 'reply.foi.md', '--to', 'docx', '-o', 'x.docx', '--template', path.join(repoRoot, 'test', 'fixtures', 'docx', 'reply-review.docx')], /has no \{\{reply\}\}: type \{\{reply\}\}/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, { cwd: dir });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /at .*\.js:\d+/);
    }
    assert.equal(fs.existsSync(path.join(dir, 'x.docx')), false);
  });
});
