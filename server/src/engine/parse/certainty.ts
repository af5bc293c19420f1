import { withoutCitationNumbers } from '../law/citations';
import type { Block, Position, Question } from '../types';
import { MENTIONS_ALL, namedTwice, sharedRun } from './answers';
import { findDateForms } from './recognisers/date-forms';
import { sentencesOf } from './sentences';
import { numbersOf } from './recognisers/numbering';

// Precision first: a question is reported unanswered only when the reading is certain. It is when
// nothing at all follows the question (the letter stops, or goes straight to its closing paragraphs),
// or when the letter pairs its other questions with answers (restated, numbered or answered under each)
// and this one has none. Otherwise the reader could not tell, and the rule says so once.

/** Words of a reply, not of a request: text before the quoted request that already answers it. */
export const RESPONDS =
  /\b(?:section \d|regulation \d|exempt(?:ion)?|refus|withh[oe]ld|will not (?:release|disclose|provide)|(?:do|does|did) not hold|not held|can confirm|neither confirm|cost (?:limit|of compliance)|appropriate limit|vexatious)/i;

/** A request item written as one: a question, or a request for something ("Please provide", "Copies of"). */
const ASKS =
  /\?|\b(?:please|kindly)\b|^(?:(?:and\s+)?if (?:yes|so|not|no)\b[,:;]?\s*)?(?:how|what|when|where|which|who|whom|whose|why|whether|is|are|was|were|do|does|did|has|have|had|can|could|would|will|please|provide|list|copies|copy|details|a breakdown|the (?:number|total|amount|names?|cost|date)|any|all|number of|i (?:would|wish|want|request)|can you|could you)\b/i;

export function looksAsked(text: string): boolean {
  return ASKS.test(text.trim());
}

/** A paragraph that asks for information: a question, or "I would like", "please provide", "request". */
export function asksFor(text: string): boolean {
  return looksAsked(text) || /\b(?:i would like|please|could you|can you|i (?:am|was) (?:requesting|writing to request)|i (?:wish|want) to (?:request|know|ask))\b/i.test(text);
}

const DIGIT = /\d/;

/**
 * A question followed in its own paragraph by a sentence that states a figure ("... between 01/01/2018
 * and 07/03/2018. 690 FOI requests were received"): the answer may be run on after it.
 */
function statesFigure(text: string): boolean {
  // No digit at all: no sentence of it states a figure (most questions), without cutting it up.
  if (!DIGIT.test(text)) return false;
  return sentencesOf(text)
    .slice(1)
    .some(({ text: s }) => /\d/.test(s) && !s.includes('?') && !asksFor(s));
}

/** The question numbers the reply's words name, with the number of each lettered part ("3b" names 3). */
function namedNumbers(blocks: readonly Block[]): Set<string> {
  const named = new Set<string>();
  for (const b of blocks) {
    // "1a 2020: 16,966": an answer labelled with a part of question 1 that the request did not letter.
    const part = /^\s*(\d{1,3})[a-z]\b/i.exec(b.text);
    if (part) named.add(part[1]);
    MENTIONS_ALL.lastIndex = 0;
    for (let m = MENTIONS_ALL.exec(b.text); m; m = MENTIONS_ALL.exec(b.text)) {
      for (const n of numbersOf(m[1])) {
        named.add(n);
        named.add(n.replace(/[a-z]+$/, ''));
      }
    }
  }
  return named;
}

/**
 * A question whose paragraph goes on to give counts or amounts ("... each year? Financial Year 2010/2011
 * 18 18,518.11"), not only dates, years and section numbers (advice after a question cites those too).
 */
function statesAmount(text: string): boolean {
  if (!DIGIT.test(text)) return false;
  const rest = sentencesOf(text).slice(1).map((s) => s.text).join(' ');
  if (!/\d/.test(rest)) return false;
  let plain = rest;
  for (const d of findDateForms(rest).reverse()) plain = plain.slice(0, d.index) + ' ' + plain.slice(d.index + d.length);
  return /\d/.test(withoutCitationNumbers(plain).replace(/\b(?:19|20)\d\d\b/g, ' '));
}

const PAIRED: ReadonlySet<string> = new Set(['restated', 'number', 'under']);

/** Block `b` starts at or after position `end` (ranges end after their last character). */
const startsAfter = (end: Position, b: Block) => b.range.start.line > end.line || (b.range.start.line === end.line && b.range.start.character >= end.character);

/** Decide `sure` for every unanswered question. */
export function settleCertainty(
  questions: readonly Question[],
  candidates: readonly Block[],
  before: readonly Block[],
  requestFoundBy: 'label' | 'acknowledgement' | 'list',
): void {
  // Questions restated in the response, or answered one by one: the letter pairs questions with answers.
  const paired = questions.some((q) => q.restated !== undefined || (q.answer && PAIRED.has(q.answer.via)));
  const answeredBefore = before.some((b) => RESPONDS.test(b.text));
  // Questions restated one after another above one answer (the whole request quoted again, then the
  // reply) may all be answered by it, unless the letter answers its other questions one by one.
  const oneByOne = questions.some((q) => q.answer && PAIRED.has(q.answer.via) && !sharedRun.has(q));
  // The last block of words that could answer anything: a question with none after it has nothing after it.
  // A question whose block runs on into the reply's words ("... each year? Financial Year 2010/11 18")
  // carries words that may answer the questions before it.
  const carriesReply = new Set(questions.filter((q) => statesAmount(q.text)).map((q) => q.block));
  let lastWords: Block | undefined;
  for (const b of candidates) {
    const words = (b.item?.role !== 'question' && b.marker === undefined) || carriesReply.has(b);
    if (words && b.text.trim() !== '' && b.kind !== 'html' && b.kind !== 'code') {
      if (!lastWords || startsAfter(lastWords.range.start, b)) lastWords = b;
    }
  }
  // "1a" beside an answered "1": an answer to 1 may well cover its lettered part.
  const answeredNumbers = new Set(questions.filter((q) => q.answer && q.number !== undefined).map((q) => q.number!.toLowerCase()));
  const partOfAnswered = (q: Question) => q.number !== undefined && /^\d+[a-z]$/i.test(q.number) && answeredNumbers.has(q.number.slice(0, -1));
  // A question the reply names by number ("For question 2 and 3, ...") may be answered there.
  const questionBlocks = new Set(questions.map((q) => q.block));
  const named = namedNumbers(candidates.filter((b) => !questionBlocks.has(b) && b.item?.role !== 'question'));
  const namedInReply = (q: Question) =>
    q.number !== undefined && (named.has(q.number.toLowerCase()) || (q.parent?.number !== undefined && named.has(`${q.parent.number}${q.number}`.toLowerCase())));
  // Answers numbered otherwise than the request (a question both answered by number and named by
  // another answer): which question a number answers cannot be told.
  const misnumbered = questions.some((q) => namedTwice.has(q));
  const pairedParents = new Set(
    questions.filter((q) => q.number !== undefined && q.answer && (q.answer.via === 'number' || q.answer.via === 'restated')).map((q) => q.parent),
  );
  for (const q of questions) {
    if (q.status !== 'unanswered' || q.answer || q.pointedElsewhere) {
      q.sure = true;
      continue;
    }
    // A request in prose is one question whose end cannot be told from the reply's start; a question
    // that has swallowed words of the reply ("... As I mentioned, it is exempt") cannot be read either.
    const prose = q.number === undefined && q.block.marker === undefined;
    if (prose || RESPONDS.test(q.text) || statesFigure(q.text) || (sharedRun.has(q) && !oneByOne) || partOfAnswered(q) || namedInReply(q) || misnumbered) {
      q.sure = false;
      continue;
    }
    // Items under a label that names the request are the request's; elsewhere they must read as asked.
    // So are the items of a list whose other items the reply answers by number or restates.
    const asked = requestFoundBy === 'label' || looksAsked(q.text) || (q.number !== undefined && pairedParents.has(q.parent));
    const nothingAfter = !answeredBefore && !(lastWords && startsAfter(q.range.end, lastWords));
    q.sure = asked && (nothingAfter || q.restated !== undefined || paired);
  }
}
