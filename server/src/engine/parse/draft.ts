import type { Schema } from '../schema/types';
import type { Block, Draft } from '../types';
import { settleCertainty } from './certainty';
import { afterQuestions, matchAnswers, matchInterleaved } from './answers';
import { readBlocks } from './blocks';
import { readDirectives, notApplicableLines } from './directives';
import { readFrontMatter } from './frontmatter';
import { readMeta } from './meta';
import { readQuestions } from './questions';
import { readLayout, spanRange } from './sections';
import { sentencesOf } from './sentences';
import { settleStatuses } from './status';
import { markItems, segmentBlocks } from './segment';
import { prepareText } from './text';

/** Longer than a regime statement on its own: the paragraph carries on into the reply. */
const RUN_ON_STATEMENT = 300;

/** A regime statement with more to say ("Thank you for your FOI Act request. I have attached our response."). */
const runsOnFromStatement = (text: string) => text.length > RUN_ON_STATEMENT || sentencesOf(text).length > 1;

/** Parse a draft reply into the model every rule reads. Never throws for any text. */
export function parseDraft(input: string, schema: Schema): Draft {
  const { text, lines, lineStarts, eol } = prepareText(input);
  const frontMatter = readFrontMatter(lines);
  const bodyStart = frontMatter ? frontMatter.endLine + 1 : 0;
  const body = bodyStart ? lines.slice(bodyStart).join('\n') : text;
  const blocks = segmentBlocks(readBlocks(body, lines, bodyStart), lines, schema.layout, schema.sections);
  markItems(blocks, schema.layout);
  let layout = readLayout(blocks, schema);
  let requestBlocks = layout.request ? blocks.slice(layout.request.start, layout.request.end) : [];
  let questions = readQuestions(requestBlocks);
  if (!questions.length && (layout.requestBy === 'acknowledgement' || layout.requestBy === 'label' || (!layout.request && layout.ack !== undefined))) {
    // What looked like an acknowledgement or a request label led to no question (a sentence of the
    // reply that mentions the request, a subject line "Request: Roads compensation"): read the letter
    // for its list or its asking paragraph instead.
    const again = readLayout(blocks, schema, true);
    const blocksAgain = again.request ? blocks.slice(again.request.start, again.request.end) : [];
    const questionsAgain = readQuestions(blocksAgain);
    if (questionsAgain.length) [layout, requestBlocks, questions] = [again, blocksAgain, questionsAgain];
  }
  // One search of the text instead of one per line, for the drafts (nearly all) without a directive.
  const directives = text.includes('foi-lint-') ? readDirectives(lines) : [];
  const responseBlocks = layout.response ? blocks.slice(layout.response.start, layout.response.end) : [];
  // Section openings are not answers, except a paragraph that holds the reply's words as well: a
  // regime statement that runs on into the reply, or closing words deep inside an answer (text
  // extracted from a PDF often holds them in one paragraph).
  const anchors = new Set<Block>(
    layout.sections.filter((s) => !s.runsOn && !(s.id === 'regime' && s.by === 'text' && runsOnFromStatement(s.anchor.text))).map((s) => s.anchor),
  );
  // Letters without a response heading answer under each question, or after the last one.
  const hasText = (list: readonly Block[]) => list.some((b) => !anchors.has(b) && b.text.trim() !== '' && b.kind !== 'html' && b.kind !== 'code');
  const interleaved = matchInterleaved(questions, requestBlocks, anchors);
  const trailing = afterQuestions(questions, requestBlocks);
  const separate = hasText(responseBlocks);
  const answerBlocks = separate ? responseBlocks : trailing;
  const askedBlocks = separate || !trailing.length ? requestBlocks : requestBlocks.slice(0, requestBlocks.length - trailing.length);
  const sharedAnswers = interleaved
    ? matchAnswers(questions, askedBlocks, separate ? responseBlocks : [], anchors)
    : matchAnswers(questions, askedBlocks, answerBlocks, anchors);
  settleStatuses(questions, notApplicableLines(directives));
  settleCertainty(
    questions,
    [...askedBlocks, ...answerBlocks].filter((b) => !anchors.has(b)),
    layout.request ? blocks.slice(0, layout.request.start) : [],
    layout.requestBy ?? 'list',
  );

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
