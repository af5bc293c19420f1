import type { ErrorObject, ValidateFunction } from 'ajv';
import { pathProblem, type SourceDoc, type YamlPath } from './positions';
import { didYouMean } from './suggest';
import { validate as generatedValidator } from './shapeValidator.generated';
import type { SchemaProblem } from './types';

// Structural checks with the JSON Schema that editors also use (server/schema/foi-lint.schema.json),
// turned into messages an officer can act on. The schema sits outside src/, so it is loaded with a
// plain require (three levels up from both src/engine/schema and out/engine/schema); bundlers inline it.
// The check itself is compiled from it ahead of time (scripts/gen-validator.js): compiling it at the
// first settings file read cost a noticeable part of every start.

const validator = generatedValidator as unknown as ValidateFunction;

/** The JSON Schema of .foi.yaml, as a plain object. */
export function foiJsonSchema(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../../schema/foi-lint.schema.json') as Record<string, unknown>;
}

/** Check `data` (the file as plain JS) against the JSON Schema. */
export function validateShape(data: unknown, src: SourceDoc, baseIds: readonly string[]): SchemaProblem[] {
  if (validator(data)) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of selectErrors(validator.errors ?? [])) {
    const problem = describe(error, data, src, baseIds);
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

/**
 * ajv reports every failed branch of an `anyOf`. Keep the errors that explain the value as written
 * (a list's bad item), and the `anyOf` error only when no branch came close.
 */
function selectErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const out: ErrorObject[] = [];
  for (const error of errors) {
    const under = [...anyOfPaths].find((p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`));
    if (under === undefined) {
      out.push(error);
      continue;
    }
    // `extends` gets one message of its own (see describe).
    if (under === '/extends') {
      if (error.keyword === 'anyOf') out.push(error);
      continue;
    }
    if (error.keyword === 'type' && error.instancePath === under) continue;
    if (error.keyword === 'anyOf') {
      const explained = errors.some(
        (e) => e !== error && e.keyword !== 'anyOf' && (e.instancePath.startsWith(`${under}/`) || (e.instancePath === under && e.keyword !== 'type')),
      );
      if (explained) continue;
    }
    out.push(error);
  }
  return out;
}

function describe(error: ErrorObject, data: unknown, src: SourceDoc, baseIds: readonly string[]): SchemaProblem {
  const path = decodePath(error.instancePath, data);
  const value = error.data;
  const last = path[path.length - 1];
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return pathProblem(
        src,
        [...path, name],
        `unknown setting${didYouMean(name, allowed)}; expected one of ${allowed.join(', ')}`,
        'key',
      );
    }
    case 'required':
      return pathProblem(src, path, `missing '${String(error.params.missingProperty)}'`);
    case 'propertyNames':
      return pathProblem(src, [...path, String(error.params.propertyName)], `'${String(error.params.propertyName)}' is not a valid ${last === 'rules' ? 'rule id' : 'id'}: use lower-case letters, digits and hyphens, starting with a letter`, 'key');
    case 'type':
      return pathProblem(src, path, typeMessage(String(error.params.type), value));
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const written = typeof value === 'string' ? `, not '${value}'${didYouMean(value, allowed)}` : '';
      return pathProblem(src, path, `must be one of ${allowed.join(', ')}${written}`);
    }
    case 'anyOf':
      if (error.instancePath === '/extends') return pathProblem(src, path, unknownBaseMessage(value, baseIds));
      return pathProblem(src, path, 'must be a regular expression or a list of them');
    case 'pattern':
      if (error.propertyName !== undefined) return pathProblem(src, [...path, error.propertyName], `'${error.propertyName}' is not a valid ${last === 'rules' ? 'rule id' : 'id'}: use lower-case letters, digits and hyphens, starting with a letter`, 'key');
      if (String(error.params.pattern).includes('{4}')) return pathProblem(src, path, `'${String(value)}' is not a date written YYYY-MM-DD`);
      return pathProblem(src, path, `'${String(value)}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter`);
    case 'minLength':
      return pathProblem(src, path, 'must not be empty');
    case 'maxLength':
      return pathProblem(src, path, `is too long (at most ${String(error.params.limit)} characters)`);
    case 'minItems':
      return pathProblem(src, path, `must list at least ${String(error.params.limit)}`);
    default:
      return pathProblem(src, path, error.message ?? 'is not valid');
  }
}

export function unknownBaseMessage(value: unknown, baseIds: readonly string[]): string {
  const expected = `${baseIds.join(', ')} or a path to a .foi.yaml file`;
  if (typeof value !== 'string') return `must be a base (${expected})`;
  return `unknown base '${value}' (expected ${expected})`;
}

function typeMessage(type: string, value: unknown): string {
  const found = value === null ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value === 'string' ? `'${value}'` : String(value);
  switch (type) {
    case 'string':
      return `must be text, not ${found}`;
    case 'boolean':
      return `must be true or false, not ${found}`;
    case 'array':
      return `must be a list (lines starting with "- "), not ${found}`;
    case 'object':
      return `must be a mapping of names to values, not ${found}`;
    default:
      return `must be ${type}, not ${found}`;
  }
}

/** JSON pointer to YAML path: numeric steps into lists become numbers. */
function decodePath(pointer: string, data: unknown): YamlPath {
  if (!pointer) return [];
  const path: (string | number)[] = [];
  let here: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(here)) {
      path.push(Number(step));
      here = here[Number(step)];
    } else {
      path.push(step);
      here = here !== null && typeof here === 'object' && Object.prototype.hasOwnProperty.call(here, step) ? (here as Record<string, unknown>)[step] : undefined;
    }
  }
  return path;
}
