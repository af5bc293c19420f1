import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { toDocx, toEml } from '../convert/build';
import { writeZip } from '../convert/zipWriter';
import { aiExample, parseJsonReport, removeDir, runCli, tempDir, type CliRun, type JsonReport } from './helpers';

// Word and e-mail files built to hurt: a zip bomb (honest, and lying about its size), a package of
// thousands of parts, corrupt and truncated documents, a 50 MB .docx, an e-mail with a 20 MB
// attachment. Each gets a clear error at once and in bounded memory; the good files beside them are
// still checked. All are generated here: nothing large is committed.

const MB = 1024 * 1024;
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

describe('foi-lint CLI: hostile Word and e-mail files', function () {
  this.timeout(180_000);
  const letter = fs.readFileSync(aiExample, 'utf8');
  let dir: string;
  let run: CliRun;
  let reports: Map<string, JsonReport>;

  before(async () => {
    dir = tempDir('hostile');
    const good = await toDocx(letter);
    const parts = await partsOf(good);
    const write = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(dir, name), bytes);
    write('good.md', letter);
    write('good.docx', good);
    // 64 KB that inflate to 200 MB of XML, once with honest sizes and once claiming 2 KB.
    const bomb = Buffer.concat([Buffer.from(documentXml('<w:p><w:r><w:t>')), Buffer.alloc(200 * MB, 'a'), Buffer.from(documentXml('</w:t></w:r></w:p>').slice(-40))]);
    write('bomb.docx', writeZip([...parts.filter((p) => p.name !== 'word/document.xml'), { name: 'word/document.xml', data: bomb }]));
    write('bomb-lying.docx', writeZip([...parts.filter((p) => p.name !== 'word/document.xml'), { name: 'word/document.xml', data: bomb, claimedSize: 2048 }]));
    write('many-parts.docx', writeZip([...parts, ...Array.from({ length: 6000 }, (_, i) => ({ name: `word/media/p${i}.xml`, data: Buffer.from('<a/>') }))]));
    write('random.docx', randomBytes(40_000));
    write('truncated.docx', good.subarray(0, Math.floor(good.length / 2)));
    write('no-document.docx', writeZip([{ name: 'readme.txt', data: Buffer.from('not a document') }]));
    write('not-xml.docx', writeZip([...parts.filter((p) => p.name !== 'word/document.xml'), { name: 'word/document.xml', data: Buffer.from('<w:document><w:body><w:p>') }]));
    // 50 MB: a real reply with an incompressible 50 MB picture stored in it.
    write('huge.docx', writeZip([...parts, { name: 'word/media/image1.png', data: randomBytes(50 * MB), store: true }]));
    write('attachment-20mb.eml', toEml(letter, { name: 'disclosure.xlsx', bytes: randomBytes(20 * MB) }));
    write('attachment-2mb.eml', toEml(letter, { name: 'disclosure.xlsx', bytes: randomBytes(2 * MB) }));
    run = runCli(['--format', 'json', '.'].concat(fs.readdirSync(dir).filter((f) => f.endsWith('.eml'))), {
      cwd: dir,
      nodeArgs: ['--max-old-space-size=96', '--require', path.join(__dirname, 'rss-probe.js')],
    });
    reports = new Map(parseJsonReport(run.stdout).map((r) => [r.file, r]));
  });
  after(() => process.env.KEEP_HOSTILE ? undefined : removeDir(dir));

  const errors: Record<string, RegExp> = {
    'bomb.docx': /^refused: word\/document\.xml inflates to more than 8\.0 MB, far more than any letter \(a zip bomb\?\)$/,
    'bomb-lying.docx': /^refused: word\/document\.xml inflates to more than 8\.0 MB/,
    'many-parts.docx': /^not a Word document: the package holds 60\d\d parts \(a \.docx holds a few dozen\)$/,
    'random.docx': /^not a Word document: the file is damaged or is not a \.docx package/,
    'truncated.docx': /^not a Word document: the file is damaged or is not a \.docx package/,
    'no-document.docx': /^not a Word document: the package has no word\/document\.xml/,
    'not-xml.docx': /^not a Word document: word\/document\.xml is not well-formed XML/,
    'huge.docx': /^too large to lint \(50\.\d MB; the limit for a Word document is 20\.0 MB\)/,
    'attachment-20mb.eml': /^too large to lint \(27\.\d MB; the limit for an e-mail is 20\.0 MB\): save the reply without its attachments$/,
  };

  for (const [file, reason] of Object.entries(errors)) {
    it(`${file}: a clear error naming the file`, () => {
      assert.match(reports.get(file)?.error ?? '(no error)', reason);
      const line = run.stderr.split('\n').find((l) => l.startsWith(`foi-lint: ${file}: `));
      assert.ok(line, run.stderr);
    });
  }

  it('checks the good files beside them, and an e-mail with a small attachment', () => {
    for (const file of ['good.md', 'good.docx', 'attachment-2mb.eml']) {
      const report = reports.get(file);
      assert.equal(report?.error, undefined, file);
      assert.deepEqual(report?.dates, { received: '2020-09-08', sent: '2020-10-05' }, file);
    }
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, /internal error|at .*\.js:\d+/, 'no crash or stack trace');
  });

  it('takes seconds, not minutes, and bounded memory', () => {
    assert.ok(run.ms < 30_000, `took ${run.ms} ms`);
    const peak = Number(/rss-probe: peak (\d+) MB/.exec(run.stderr)?.[1]);
    // Node itself with the converters loaded is about 100 MB; the 50 MB file is read whole, once.
    assert.ok(peak > 0 && peak < 200, `peak resident memory ${peak} MB`);
    console.log(`      all ${reports.size} files in ${run.ms} ms, peak resident memory ${peak} MB`);
  });
});

async function partsOf(docx: Buffer): Promise<{ name: string; data: Buffer }[]> {
  const zip = await JSZip.loadAsync(docx);
  const out: { name: string; data: Buffer }[] = [];
  for (const name of Object.keys(zip.files)) out.push({ name, data: await zip.files[name].async('nodebuffer') });
  return out;
}
