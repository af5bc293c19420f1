// The schema loader's public surface.
export { compilePattern, PatternError } from './pattern';
export {
  SCHEMA_FILE_NAMES,
  MAX_SCHEMA_BYTES,
  MAX_EXTENDS_DEPTH,
  findSchemaFile,
  parseSchemaText,
  loadSchemaFile,
  readSchemaFile,
  baseSchema,
  type LoadOptions,
  type ParseResult,
  type LoadDetails,
} from './load';
export { SchemaResolver, type ResolvedSchema } from './resolver';
export { foiJsonSchema } from './validate';
export { SchemaError, type Schema, type SchemaProblem, type SectionSpec, type StandardParagraph, type TextPattern, type Mention } from './types';
