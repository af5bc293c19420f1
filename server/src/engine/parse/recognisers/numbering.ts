import type { LayoutSpec } from '../../schema/types';
import { BARE, matchAtStart } from './labels';

// Question numbers and answer labels at the start of a block: "Question 1 –", "Q4 & Q5 -", "(a)",
// "Request 2", "Answer 1", "Answer To Question 3:". The styles are data (schema.layout.questionNumber
// and fields.response); this reads the numbers out of whatever a style matched.

export interface ItemMarker {
  /** The marker as written, trimmed: "Q4 & Q5", "1)", "(a)", "Answer 1". */
  written: string;
  /** The numbers it names, lower case, without brackets or words: ["4", "5"], ["1"], ["a"]; [] for a bare answer label. */
  numbers: string[];
  /** 'answer': it labels an answer ("Answer 1", "Response:"); 'question': it numbers a question. */
  role: 'question' | 'answer';
  /** Characters it takes at the start of the text, with the punctuation and space after it. */
  length: number;
}

const TRAILER = /^(?:\s*[.:)\-–—])*\s*/;
const NUMBER_TOKEN = /\d{1,3}[a-z]?\b|\(([a-z]|[ivx]{1,4})\)|^([a-z]|[ivx]{1,4})(?=[.)])/gi;
const RANGE = /^(\d{1,3})\s*(?:-|–|to)\s*(?:q\.?\s*)?(\d{1,3})$/i;
/** Past this many, "Questions 1-500" is not a range of questions. */
const MAX_RANGE = 50;

/** The numbers a matched marker names: "Q4 & Q5" -> 4, 5; "Questions 1-3" -> 1, 2, 3; "(iv)" -> iv. */
export function numbersOf(written: string): string[] {
  const body = written.replace(/^[^\d(]*?(?=\d|\(|$)/, '');
  const range = RANGE.exec(body.replace(/[\s.:)\-–—]+$/, '').trim());
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to > from && to - from <= MAX_RANGE) return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
  const out: string[] = [];
  NUMBER_TOKEN.lastIndex = 0;
  const source = /\d/.test(written) ? written : written.trim();
  for (let m = NUMBER_TOKEN.exec(source); m; m = NUMBER_TOKEN.exec(source)) out.push((m[1] ?? m[2] ?? m[0]).toLowerCase());
  return out;
}

// After an answer label: "to question 3", "3", "to Q2 and Q3", or nothing (a bare label).
const ANSWER_NUMBERS = /^\s*(?:to\s+)?(?:(?:questions?|q|requests?|parts?)\.?\s*)?(?:number|no\.?)?\s*(\d{1,3}[a-z]?\b(?:\s*(?:&|and|to|-|–|,)\s*(?:q\.?\s*)?\d{1,3}[a-z]?\b)*)/i;
/** After the numbers of an answer label: the end, or punctuation before the answer ("Answer 1: Yes"). */
const STANDS_APART = /^(?:\s*$|\s*[.:)\-–—])/;
/** A date after a label ("Response 05-07-2022") leaves the label bare. */
const DATE_AFTER = /^\s*[.:\-–—]?\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/;

/** A question number or an answer label at the start of `text`, by the layout's styles. */
export function readMarker(text: string, layout: LayoutSpec): ItemMarker | undefined {
  const answer = matchAtStart(layout.fields.response, text);
  if (answer !== undefined) {
    const rest = text.slice(answer);
    if (DATE_AFTER.test(rest)) return { written: text.slice(0, answer).trim(), numbers: [], role: 'answer', length: text.length };
    const numbered = ANSWER_NUMBERS.exec(rest);
    if (numbered && STANDS_APART.test(rest.slice(numbered[0].length))) {
      const end = answer + numbered[0].length;
      const length = end + (TRAILER.exec(text.slice(end))?.[0].length ?? 0);
      return { written: text.slice(0, end).trim(), numbers: numbersOf(numbered[1]), role: 'answer', length };
    }
    if (BARE.test(rest) || DATE_AFTER.test(rest)) return { written: text.slice(0, answer).trim(), numbers: [], role: 'answer', length: text.length };
  }
  // "A. Requester": a capital and a dot is an initial; lettered parts are written "a.", "(a)" or "a)".
  if (/^[A-Z]\.\s/.test(text)) return undefined;
  const question = matchAtStart(layout.questionNumber, text);
  if (question === undefined) return undefined;
  const written = text.slice(0, question);
  const numbers = numbersOf(written);
  if (!numbers.length) return undefined;
  // "Question 2 and 3", "Request 1 –", "Q1 How many": a worded number ends its line, is punctuated or
  // starts a sentence; "Request 2 was refused" is prose.
  if (/^[a-z]{2,}/i.test(written) && !/[.:)\-–—]\s*$/.test(written) && !/^(?:\s*[.:)\-–—]|\s*$|\s+[A-Z“"'(])/.test(text.slice(question))) return undefined;
  const length = question + (TRAILER.exec(text.slice(question))?.[0].length ?? 0);
  return { written: written.trim(), numbers, role: 'question', length };
}
