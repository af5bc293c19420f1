import JSZip from 'jszip';
import { PackageError } from './errors';
import { maxDocxEntries, maxDocxPartBytes, maxDocxTotalBytes, megabytes } from './limits';

// A .docx is a zip package. JSZip (the library mammoth reads it with) inflates an entry whole, and only
// then compares its size with the size the entry claims: a few kilobytes that inflate to gigabytes would
// exhaust memory first. Here each part is inflated as a stream and abandoned at its limit.

export { PackageError };

export interface SafeZip {
  names: string[];
  /** A part's bytes, inflated within the limits; undefined when there is no such part. */
  read(name: string): Promise<Buffer | undefined>;
}

export async function openZip(bytes: Uint8Array): Promise<SafeZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (error) {
    throw new PackageError(`not a Word document: the file is damaged or is not a .docx package (${reason(error).replace(/\s*:?\s*is this a zip file.*$/i, '')})`);
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  if (names.length > maxDocxEntries) {
    throw new PackageError(`not a Word document: the package holds ${names.length} parts (a .docx holds a few dozen)`);
  }
  let total = 0;
  return {
    names,
    async read(name: string): Promise<Buffer | undefined> {
      const entry = zip.file(name);
      if (!entry) return undefined;
      const data = await inflate(entry, name, maxDocxPartBytes, maxDocxTotalBytes - total);
      total += data.length;
      return data;
    },
  };
}

function inflate(entry: JSZip.JSZipObject, name: string, partLimit: number, totalLeft: number): Promise<Buffer> {
  const limit = Math.min(partLimit, totalLeft);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        stream.removeAllListeners('data');
        const what = limit === partLimit ? `${name} inflates to more than ${megabytes(partLimit)}` : `its parts inflate to more than ${megabytes(maxDocxTotalBytes)}`;
        reject(new PackageError(`refused: ${what}, far more than any letter (a zip bomb?)`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: unknown) => reject(new PackageError(`not a Word document: ${name} is damaged (${reason(error)})`)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
