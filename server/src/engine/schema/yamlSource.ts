import { isMap, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { fileProblem, offsetProblem, pathProblem, type SourceDoc } from './positions';
import type { RawSchema } from './raw';
import type { SchemaProblem } from './types';

// YAML text to plain data, with the document kept for positions. Syntax errors, unknown tags, a
// top level that is not a mapping and alias bombs become problems; keys such as __proto__ stay
// ordinary own properties (the yaml package defines them rather than assigning them).

/** yaml's alias budget: enough for ordinary anchors, far too little for an expansion bomb. */
const MAX_ALIAS_COUNT = 50;

export interface ParsedYaml {
  src: SourceDoc;
  raw?: RawSchema;
  problems: SchemaProblem[];
}

export function parseYaml(input: string, file: string): ParsedYaml {
  // Editors do not count a byte-order mark as a column, so neither do we.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const src: SourceDoc = { file, text, doc, lineCounter };
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) =>
    offsetProblem(src, e.pos[0], e.pos[1], `YAML: ${e.message.replace(/^Unresolved tag: /, 'unknown tag ')}${hint(e.code)}`),
  );
  if (yamlProblems.length) return { src, problems: yamlProblems };
  if (doc.contents === null) return { src, raw: {}, problems: [] };
  if (!isMap(doc.contents)) {
    return {
      src,
      problems: [pathProblem(src, [], 'the settings must be a mapping of names to values (extends:, authority:, sections:, ...), not a list or a single value')],
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return { src, problems: [aliasProblem(src, doc)] };
    }
    throw error;
  }
  return { src, raw: raw as RawSchema, problems: [] };
}

function aliasProblem(src: SourceDoc, doc: Document.Parsed): SchemaProblem {
  const message = `YAML aliases (*name) expand to too much data: write the values out instead`;
  let range: [number, number] | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range ? offsetProblem(src, range[0], range[1], message) : fileProblem(src.file, message);
}

function hint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return ' (a name is given twice in the same mapping: keep one)';
    case 'TAG_RESOLVE_FAILED':
      return ' (remove the tag: settings are plain text, numbers, true/false, lists and mappings)';
    case 'MULTIPLE_DOCS':
      return ' (keep one document: remove the "---" line)';
    default:
      return '';
  }
}
