import * as assert from 'node:assert/strict';
import { decode, encode } from '../../server/src/cli/encoding';

function decodeOk(bytes: Buffer) {
  const decoded = decode(bytes);
  if (!decoded.ok) throw new Error(`expected text, got: ${decoded.reason}`);
  return decoded;
}

describe('cli/encoding: reading and writing back a draft\'s bytes', () => {
  it('strips a UTF-8 byte-order mark and writes it back', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Dear Ms Smith,\r\n£25\r\n', 'utf8')]);
    const decoded = decodeOk(bytes);
    assert.equal(decoded.text, 'Dear Ms Smith,\r\n£25\r\n');
    assert.deepEqual(decoded.encoding, { name: 'utf-8', bom: true });
    assert.ok(encode(decoded.text, decoded.encoding)?.equals(bytes));
  });

  it('reads UTF-8 without a mark and writes none', () => {
    const bytes = Buffer.from('Our ref: 123\n', 'utf8');
    const decoded = decodeOk(bytes);
    assert.deepEqual(decoded.encoding, { name: 'utf-8', bom: false });
    assert.ok(encode(decoded.text, decoded.encoding)?.equals(bytes));
  });

  for (const name of ['utf-16le', 'utf-16be'] as const) {
    it(`decodes ${name} with its byte-order mark and writes the same bytes back`, () => {
      const le = Buffer.from('Your rights\r\nWycliffe House – £0\r\n', 'utf16le');
      const body = name === 'utf-16le' ? le : Buffer.from(le).swap16();
      const bytes = Buffer.concat([Buffer.from(name === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
      const decoded = decodeOk(bytes);
      assert.equal(decoded.text, 'Your rights\r\nWycliffe House – £0\r\n');
      assert.deepEqual(decoded.encoding, { name, bom: true });
      assert.ok(encode(decoded.text, decoded.encoding)?.equals(bytes));
    });
  }

  it('rejects a file with NUL bytes as binary', () => {
    const decoded = decode(Buffer.from('PK\x03\x04\x00\x00word/document.xml', 'latin1'));
    assert.deepEqual(decoded, { ok: false, reason: 'cannot lint a binary file' });
  });

  it('rejects bytes that are mostly not text as binary, even without NUL', () => {
    // Deterministic noise: a linear congruential generator, NUL bytes replaced.
    const bytes = Buffer.alloc(4096);
    let seed = 12345;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = (seed >> 16) % 255 + 1;
    }
    assert.deepEqual(decode(bytes), { ok: false, reason: 'cannot lint a binary file' });
  });

  it('reads a legacy Windows file with stray bytes as Windows-1252 and writes it back the same', () => {
    const bytes = Buffer.from([...Buffer.from('The fee is '), 0xa3, ...Buffer.from('25, see '), 0x93, ...Buffer.from('charges'), 0x94, 0x0a]);
    const decoded = decodeOk(bytes);
    assert.equal(decoded.encoding.name, 'windows-1252');
    assert.equal(decoded.text, 'The fee is £25, see “charges”\n');
    assert.ok(encode(decoded.text, decoded.encoding)?.equals(bytes));
    assert.deepEqual([...(encode('€ é', decoded.encoding) ?? [])], [0x80, 0x20, 0xe9]);
    assert.equal(encode('Cymraeg: ŵ', decoded.encoding), undefined, 'a character Windows-1252 cannot hold');
  });

  it('rejects invalid UTF-8 behind a UTF-8 byte-order mark with a clear reason', () => {
    const decoded = decode(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('The fee is '), 0xa3, ...Buffer.from('25.\n')]));
    assert.equal(decoded.ok, false);
    assert.match(!decoded.ok ? decoded.reason : '', /not valid UTF-8.*byte-order mark/);
  });

  it('reads an empty file as empty text', () => {
    const decoded = decodeOk(Buffer.alloc(0));
    assert.equal(decoded.text, '');
  });
});
