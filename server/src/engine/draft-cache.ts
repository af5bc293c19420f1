import type { Schema } from './schema/types';
import type { Draft } from './types';

// Analyses several rules share (the reply's own words, the regime, the refusal, the deadline) are
// computed once per draft and settings. One weak map entry per draft holds them all: weak map
// entries cost the garbage collector more than the objects they point to.

interface Entry {
  schema?: Schema;
  values: Map<string, unknown>;
}

const entries = new WeakMap<Draft, Entry>();

/** The value of `compute` for this draft, computed once; `schema` (when given) must be the same settings. */
export function perDraft<T>(draft: Draft, name: string, schema: Schema | undefined, compute: () => T): T {
  let entry = entries.get(draft);
  if (!entry) {
    entry = { schema, values: new Map() };
    entries.set(draft, entry);
  } else if (schema && entry.schema !== schema) {
    // Other settings: everything that depends on them is stale.
    if (entry.schema) entry.values.clear();
    entry.schema = schema;
  }
  if (entry.values.has(name)) return entry.values.get(name) as T;
  const value = compute();
  entry.values.set(name, value);
  return value;
}
