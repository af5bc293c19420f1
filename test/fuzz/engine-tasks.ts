import { decode, encode } from '../../server/src/cli/encoding';
import { baseIds } from '../../server/src/engine/schema/bases';
import { baseSchema } from '../../server/src/engine/schema/load';
import type { Schema } from '../../server/src/engine/schema/types';
import { anyStringArb, decodedBytesArb, markdownSoupArb, mutatedDraftArb, splicedBytesArb } from './corpus';
import { checkFixes, lintChecked } from './invariants';
import { checkProperty } from './property';
import type { Task } from './task';
import fc from 'fast-check';

// Properties of lint and --fix over damaged and random drafts. A letter-sized input takes tens of
// milliseconds; the bound per input is far above that so only a real blow-up fails it.

const budgetMs = 3000;

/** A draft with the built-in base it is checked against (every regime's rules get the same inputs). */
const withBase = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<[T, string]> => fc.tuple(arb, fc.constantFrom(...baseIds));
const schemaOf = (id: string): Schema => baseSchema(id);
const show = ([text, base]: [string, string]) => `${text}\n<!-- checked against the ${base} base -->`;

export const engineTasks: Record<string, Task> = {
  'mutated-letters': (ctx) => checkProperty(ctx, 'mutated-letters', withBase(mutatedDraftArb), ([t, b]) => void lintChecked(t, schemaOf(b), budgetMs), show),
  'mutated-letters-fix': (ctx) => checkProperty(ctx, 'mutated-letters-fix', withBase(mutatedDraftArb), ([t, b]) => void checkFixes(t, schemaOf(b), budgetMs), show),
  'markdown-soup': (ctx) => checkProperty(ctx, 'markdown-soup', withBase(markdownSoupArb), ([t, b]) => void checkFixes(t, schemaOf(b), budgetMs), show),
  'random-bytes': (ctx) => checkProperty(ctx, 'random-bytes', withBase(decodedBytesArb), ([t, b]) => void checkFixes(t, schemaOf(b), budgetMs), show),
  'spliced-bytes': (ctx) => checkProperty(ctx, 'spliced-bytes', withBase(splicedBytesArb), ([t, b]) => void checkFixes(t, schemaOf(b), budgetMs), show),
  'any-string': (ctx) => checkProperty(ctx, 'any-string', withBase(anyStringArb), ([t, b]) => void checkFixes(t, schemaOf(b), budgetMs), show),
  // The CLI's reading of a file's bytes: any bytes give text or a reason, and text that was read
  // goes back to the same bytes (so --fix never re-encodes what it did not change).
  'cli-decode': (ctx) =>
    checkProperty(
      ctx,
      'cli-decode',
      fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.string({ unit: 'binary', maxLength: 500 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8')))),
      (bytes) => {
        const decoded = decode(bytes);
        if (!decoded.ok) {
          if (!decoded.reason.trim()) throw new Error('a refusal without a reason');
          return;
        }
        const back = encode(decoded.text, decoded.encoding);
        if (!back || !Buffer.from(bytes).equals(back)) throw new Error(`read as ${decoded.encoding.name}, written back as other bytes`);
      },
      (bytes) => Buffer.from(bytes).toString('latin1'),
    ),
};
