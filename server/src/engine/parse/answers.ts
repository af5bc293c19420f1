import type { Answer, Block, Question, SharedAnswer } from '../types';
import { BRANCH_MARKER, COVERS_SEVERAL, polarityOf } from './conditions';
import { normalise, sameNumber } from './markup';

// Matching the response to the request. Officers restate each question (often with stray markup,
// sometimes split over two paragraphs) and write the answer under it; some answer by number only
// ("1. No"); some let one paragraph answer several questions. Blocks of the response are read in
// order as restatements, number-only answers, branch markers ("If yes:") or answer text.

interface Context {
  questions: Question[];
  /** Normalised request text, to recognise restated request text that is not a question. */
  requestText: string;
  normalisedQuestions: string[];
}

const MIN_ECHO_CHARS = 12;

/** The question a response block restates, if it restates one. */
function restatedQuestion(block: Block, ctx: Context, passed: number): Question | undefined {
  const text = normalise(block.text);
  if (text.length < MIN_ECHO_CHARS || text.split(' ').length < 3) return undefined;
  const matches: number[] = [];
  ctx.normalisedQuestions.forEach((qt, i) => {
    if (qt && (qt.includes(text) || (qt.length >= MIN_ECHO_CHARS && text.includes(qt)))) matches.push(i);
  });
  if (!matches.length) return undefined;
  // Prefer the question with the same number, then the first one not passed yet.
  const numbered = matches.find((i) => block.marker !== undefined && sameNumber(block.marker, ctx.questions[i].number));
  const next = matches.find((i) => i >= passed);
  return ctx.questions[numbered ?? next ?? matches[0]];
}

function isEchoOfRequest(block: Block, ctx: Context): boolean {
  const text = normalise(block.text);
  return text.length >= MIN_ECHO_CHARS && text.split(' ').length >= 3 && ctx.requestText.includes(text);
}

/** The question a written number names; "(a)" after question 2 is question 2's part (a). */
function questionByNumber(ctx: Context, marker: string | undefined, passed: number): Question | undefined {
  if (marker === undefined || marker === '-') return undefined;
  const byNumber = ctx.questions.filter((q) => sameNumber(marker, q.number) || sameNumber(marker, q.label));
  return byNumber.find((q) => ctx.questions.indexOf(q) >= passed - 1) ?? byNumber[0];
}

function makeAnswer(blocks: Block[]): Answer {
  const text = blocks.map((b) => b.text).join('\n');
  return {
    blocks,
    text,
    range: { start: blocks[0].range.start, end: blocks[blocks.length - 1].range.end },
    polarity: polarityOf(blocks[0].text),
    shared: [],
  };
}

const dependsOn = (q: Question, root: Question): boolean => {
  for (let c = q.condition?.on ?? q.parent; c; c = c.condition?.on ?? c.parent) if (c === root) return true;
  return false;
};

/**
 * A run of restated questions followed by one answer. The answer belongs to the last of them,
 * unless it says it covers several, or it is a "no" to the first that makes all the others moot
 * (the published facial-recognition letter answers question 1 after question 5 this way).
 */
function settleRun(run: Question[], answer: Answer, notes: SharedAnswer[]): void {
  const last = run[run.length - 1];
  if (run.length > 1) {
    const [root, ...rest] = run;
    if (
      answer.polarity !== 'unknown' &&
      rest.every((q) => dependsOn(q, root) && q.condition !== undefined && q.condition.when !== answer.polarity)
    ) {
      root.answer = answer;
      notes.push({ after: last, covers: [root], kind: 'conditional', answer });
      return;
    }
    if (COVERS_SEVERAL.test(answer.text.slice(0, 200))) {
      answer.shared = run.slice(0, -1);
      for (const q of run) q.answer = answer;
      notes.push({ after: last, covers: run, kind: 'explicit', answer });
      return;
    }
  }
  last.answer = answer;
}

/** Attach answers to questions from the response blocks. Returns notes on shared answers. */
export function matchAnswers(
  questions: Question[],
  requestBlocks: readonly Block[],
  responseBlocks: readonly Block[],
  skip: ReadonlySet<Block>,
): SharedAnswer[] {
  const notes: SharedAnswer[] = [];
  if (!questions.length) return notes;
  const ctx: Context = {
    questions,
    requestText: requestBlocks.map((b) => normalise(b.text)).join(' | '),
    normalisedQuestions: questions.map((q) => normalise(q.text)),
  };
  let pending: Question[] = [];
  let current: Block[] | undefined; // answer text being collected
  let currentRun: Question[] = [];
  let passed = 0;
  let sawStructure = false;
  const preamble: Block[] = [];

  const close = () => {
    if (current && currentRun.length) settleRun(currentRun, makeAnswer(current), notes);
    current = undefined;
    currentRun = [];
  };

  for (const block of responseBlocks) {
    if (skip.has(block) || block.kind === 'html' || block.kind === 'code') continue;
    if (block.kind !== 'table' && BRANCH_MARKER.test(block.text) && block.marker === undefined) {
      close();
      continue;
    }
    const restated = block.kind === 'table' ? undefined : restatedQuestion(block, ctx, passed);
    if (restated) {
      close();
      sawStructure = true;
      if (!restated.restated) restated.restated = block;
      if (!pending.includes(restated) && !restated.answer) pending.push(restated);
      passed = Math.max(passed, questions.indexOf(restated) + 1);
      continue;
    }
    if (isEchoOfRequest(block, ctx)) continue; // the request's greeting or sign-off, restated
    const byNumber = questionByNumber(ctx, block.marker, passed);
    if (byNumber) {
      close();
      sawStructure = true;
      pending = pending.filter((q) => q !== byNumber);
      if (block.text.trim()) {
        current = [block];
        currentRun = [byNumber];
      } else {
        pending.push(byNumber); // "Question 3" on its own line: the answer follows
      }
      passed = Math.max(passed, questions.indexOf(byNumber) + 1);
      continue;
    }
    if (!block.text.trim()) continue;
    if (pending.length) {
      close();
      current = [block];
      currentRun = pending;
      pending = [];
    } else if (current) {
      current.push(block);
    } else {
      preamble.push(block);
    }
  }
  close();

  // A response with no restated questions and no numbers answers a one-question request in prose.
  if (!sawStructure && questions.length === 1 && preamble.length) questions[0].answer = makeAnswer(preamble);
  return notes;
}
