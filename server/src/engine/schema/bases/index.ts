import type { RawSchema } from '../raw';
import { eir } from './eir';
import { eisr } from './eisr';
import { foia } from './foia';
import { foisa } from './foisa';

// Built-in bases by id. A base is written like a user's .foi.yaml and compiled the same way.
const bases: Record<string, RawSchema> = { foia, eir, foisa, eisr };

export const baseIds: string[] = Object.keys(bases);

export function getBase(id: string): RawSchema | undefined {
  return Object.prototype.hasOwnProperty.call(bases, id) ? bases[id] : undefined;
}
