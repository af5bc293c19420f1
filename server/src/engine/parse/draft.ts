import type { Schema } from '../schema/types';
import type { Block, Draft } from '../types';
import { matchAnswers } from './answers';
import { readBlocks } from './blocks';
import { readDirectives, notApplicableLines } from './directives';
import { readFrontMatter } from './frontmatter';
import { readMeta } from './meta';
import { readQuestions } from './questions';
import { readLayout, spanRange } from './sections';
import { settleStatuses } from './status';
import { prepareText } from './text';

/** Parse a draft reply into the model every rule reads. Never throws for any text. */
export function parseDraft(input: string, schema: Schema): Draft {
  const { text, lines, lineStarts, eol } = prepareText(input);
  const frontMatter = readFrontMatter(lines);
  const bodyStart = frontMatter ? frontMatter.endLine + 1 : 0;
  const body = bodyStart ? lines.slice(bodyStart).join('\n') : text;
  const blocks = readBlocks(body, lines, bodyStart);
  const layout = readLayout(blocks, schema);
  const directives = readDirectives(lines);

  const requestBlocks = layout.request ? blocks.slice(layout.request.start, layout.request.end) : [];
  const responseBlocks = layout.response ? blocks.slice(layout.response.start, layout.response.end) : [];
  const questions = readQuestions(requestBlocks);
  const anchors = new Set<Block>(layout.sections.map((s) => s.anchor));
  const sharedAnswers = matchAnswers(questions, requestBlocks, responseBlocks, anchors);
  settleStatuses(questions, notApplicableLines(directives));

  const regime = layout.sections.find((s) => s.id === 'regime');
  const meta = readMeta(
    lines,
    bodyStart,
    frontMatter,
    layout.ack !== undefined ? blocks[layout.ack] : undefined,
    regime?.anchor,
    schema.layout,
  );
  return {
    text,
    lines,
    lineStarts,
    eol,
    frontMatter,
    blocks,
    meta,
    request: layout.request && { ...layout.request, range: spanRange(blocks, layout.request.start, layout.request.end) },
    response:
      layout.response && { ...layout.response, range: spanRange(blocks, layout.response.start, layout.response.end) },
    questions,
    sharedAnswers,
    sections: layout.sections,
    directives,
  };
}
