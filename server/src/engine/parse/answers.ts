import type { Answer, Block, Question, SharedAnswer } from '../types';
import { BRANCH_MARKER, COVERS_SEVERAL, SIGN_OFF, isFormatWish, polarityOf } from './conditions';
import { normalise, sameNumber } from './markup';
import { onlyPointer } from './pointers';
import { numbersOf } from './recognisers/numbering';

// Matching the response to the request. Officers restate each question (often with stray markup,
// sometimes split over two paragraphs) and write the answer under it; some answer by number only
// ("1. No"); some let one paragraph answer several questions. Blocks of the response are read in
// order as restatements, number-only answers, branch markers ("If yes:") or answer text.

const MIN_ECHO_CHARS = 12;
/** Past this many questions sharing three words, look only near the question expected next. */
const MAX_CANDIDATES = 64;
/** Up to this many questions (and request blocks), a plain scan is cheaper than building the index. */
const SMALL = 32;

const trigrams = (words: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
};

/** The first three words of a normalised text (words one space apart), without splitting a long text. */
function firstThreeWords(text: string): string | undefined {
  const second = text.indexOf(' ', text.indexOf(' ') + 1);
  if (text.indexOf(' ') < 0 || second < 0) return undefined;
  const third = text.indexOf(' ', second + 1);
  return third < 0 ? text : text.slice(0, third);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The request, indexed so that each response block is matched in time proportional to its own
 * length: by word trigrams (a restatement contains three consecutive words of its question, and its
 * first three among them) and by written number.
 */
class RequestIndex {
  readonly position = new Map<Question, number>();
  private readonly texts: string[];
  private readonly containing = new Map<string, number[]>(); // trigram -> questions containing it
  private readonly startingWith = new Map<string, number[]>(); // first trigram -> questions
  private readonly byNumber = new Map<string, number[]>();
  private readonly requestTexts: string[];
  private readonly requestContaining = new Map<string, number[]>();

  private readonly small: boolean;
  /** Texts normalised so far: a question's text is most often its block's, and restated in the response. */
  private readonly normalisedTexts = new Map<string, string>();

  constructor(readonly questions: readonly Question[], requestBlocks: readonly Block[]) {
    this.small = questions.length <= SMALL && requestBlocks.length <= SMALL;
    this.texts = questions.map((q) => this.normalise(q.text));
    this.texts.forEach((t, i) => {
      this.position.set(questions[i], i);
      const q = questions[i];
      for (const n of new Set([q.number, q.label])) if (n !== undefined) push(this.byNumber, n.toLowerCase(), i);
      if (this.small) return;
      const grams = trigrams(t.split(' '));
      for (const g of new Set(grams)) push(this.containing, g, i);
      if (grams.length) push(this.startingWith, grams[0], i);
    });
    this.requestTexts = requestBlocks.map((b) => this.normalise(b.text));
    if (!this.small) {
      this.requestTexts.forEach((t, i) => {
        for (const g of new Set(trigrams(t.split(' ')))) push(this.requestContaining, g, i);
      });
    }
  }

  /** `normalise(text)`, once for each text. */
  normalise(text: string): string {
    let n = this.normalisedTexts.get(text);
    if (n === undefined) this.normalisedTexts.set(text, (n = normalise(text)));
    return n;
  }

  private near(list: number[], passed: number): number[] {
    return list.length <= MAX_CANDIDATES ? list : list.filter((i) => Math.abs(i - passed) <= MAX_CANDIDATES / 2);
  }

  /** The question a response block (its normalised text) restates, if it restates one. */
  restated(block: Block, text: string, passed: number): Question | undefined {
    if (text.length < MIN_ECHO_CHARS || firstThreeWords(text) === undefined) return undefined;
    let candidates: Iterable<number> = this.texts.keys();
    if (!this.small) {
      const grams = trigrams(text.split(' '));
      const found = new Set<number>(this.near(this.containing.get(grams[0]) ?? [], passed));
      for (const g of grams) for (const i of this.near(this.startingWith.get(g) ?? [], passed)) found.add(i);
      candidates = found;
    }
    const matches = [...candidates]
      .filter((i) => {
        const qt = this.texts[i];
        return qt.includes(text) || (qt.length >= MIN_ECHO_CHARS && text.includes(qt));
      })
      .sort((a, b) => a - b);
    if (!matches.length) return undefined;
    // Prefer the question with the same number, then the first one not passed yet.
    const numbered = matches.find((i) => block.marker !== undefined && sameNumber(block.marker, this.questions[i].number));
    const next = matches.find((i) => i >= passed);
    return this.questions[numbered ?? next ?? matches[0]];
  }

  /** The block's words are mostly the question's own (a restatement, not an answer quoting it). */
  covers(q: Question, text: string): boolean {
    const qt = this.texts[this.position.get(q)!];
    return qt.includes(text) || qt.length * 4 >= text.length * 3;
  }

  /** Words after the restated question on the same block ("System name – N/A"): its answer, inline. */
  answerAfter(q: Question, text: string): boolean {
    const qt = this.texts[this.position.get(q)!];
    return text.startsWith(qt) && text.slice(qt.length).trim().split(' ').length >= 1 && text.length > qt.length + 1;
  }

  /** Request text that is not a question (a greeting, "please respond within 20 working days"), restated. */
  echoesRequest(text: string): boolean {
    const first = text.length < MIN_ECHO_CHARS ? undefined : firstThreeWords(text);
    if (first === undefined) return false;
    if (this.small) return this.requestTexts.some((t) => t.includes(text));
    return (this.requestContaining.get(first) ?? []).some((i) => this.requestTexts[i].includes(text));
  }

  /** The question a written number names; "(a)" after question 2 is question 2's part (a). */
  byWrittenNumber(marker: string | undefined, passed: number): Question | undefined {
    if (marker === undefined || marker === '-') return undefined;
    const list = this.byNumber.get(marker.toLowerCase());
    if (!list) return undefined;
    return this.questions[list.find((i) => i >= passed - 1) ?? list[0]];
  }
}

function makeAnswer(blocks: Block[], via: Answer['via']): Answer {
  const text = blocks.map((b) => b.text).join('\n');
  return {
    blocks,
    text,
    range: { start: blocks[0].range.start, end: blocks[blocks.length - 1].range.end },
    polarity: polarityOf(blocks[0].text),
    shared: [],
    via,
  };
}

const dependsOn = (q: Question, root: Question): boolean => {
  for (let c = q.condition?.on ?? q.parent; c; c = c.condition?.on ?? c.parent) if (c === root) return true;
  return false;
};

/** Questions restated one after another above a single answer, the last one included (see settleRun). */
export const sharedRun = new WeakSet<Question>();
/**
 * Questions answered under their number and named again by another answer ("1. No." and later "the
 * information requested in questions 1-5 is exempt"): the reply's numbers may not be the request's.
 */
export const namedTwice = new WeakSet<Question>();

/**
 * A run of restated questions followed by one answer. The answer belongs to the last of them,
 * unless it says it covers several, or it is a "no" to the first that makes all the others moot
 * (the published facial-recognition letter answers question 1 after question 5 this way).
 */
function settleRun(run: Question[], answer: Answer, notes: SharedAnswer[]): void {
  // The others restated above one answer may be answered by it too (see certainty.ts).
  for (const q of run.slice(0, -1)) sharedRun.add(q);
  if (run.length > 1) sharedRun.add(run[run.length - 1]);
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
  const index = new RequestIndex(questions, requestBlocks);
  // Restated questions waiting for their answer, in order (a set for lookups on long requests).
  let pending: Question[] = [];
  const queued = new Set<Question>();
  let current: Block[] | undefined; // answer text being collected
  let currentRun: Question[] = [];
  let currentNamed = false; // the run was named by one label ("Q4 & Q5"): the answer is each one's
  let currentVia: Answer['via'] = 'restated';
  let pendingVia: Answer['via'] = 'restated';
  let passed = 0;
  let sawStructure = false;
  const preamble: Block[] = [];

  const close = () => {
    if (current && currentRun.length) {
      const answer = makeAnswer(current, currentVia);
      if (currentNamed && currentRun.length > 1) {
        answer.shared = currentRun.slice(0, -1);
        for (const q of currentRun) q.answer = answer;
        notes.push({ after: currentRun[currentRun.length - 1], covers: currentRun, kind: 'explicit', answer });
      } else {
        settleRun(currentRun, answer, notes);
      }
    }
    current = undefined;
    currentRun = [];
    currentNamed = false;
  };

  let quotingLaw = false;
  for (const block of responseBlocks) {
    if (skip.has(block) || block.kind === 'html' || block.kind === 'code') continue;
    if (block.kind !== 'table' && BRANCH_MARKER.test(block.text) && block.marker === undefined) {
      close();
      continue;
    }
    const normalised = index.normalise(block.text); // compared with the request twice below
    let restated = block.kind === 'table' ? undefined : index.restated(block, normalised, passed);
    // "a) System type – Ambient Voice Technology": a numbered line that only quotes another question's
    // words is an answer under its own number.
    if (restated && block.item?.role === 'question' && !block.item.numbers.some((n) => sameNumber(n, restated!.number)) && !index.covers(restated, normalised)) {
      restated = undefined;
    }
    if (restated) {
      close();
      sawStructure = true;
      if (!restated.restated) restated.restated = block;
      // "Supplier name – N/A, no system installed": the question restated with its answer after it.
      const extra = index.answerAfter(restated, normalised);
      if (extra && !restated.answer) {
        current = [block];
        currentRun = [restated];
        currentVia = 'restated';
        passed = Math.max(passed, index.position.get(restated)! + 1);
        continue;
      }
      if (!restated.answer && !queued.has(restated)) {
        queued.add(restated);
        pending.push(restated);
        pendingVia = 'restated';
      }
      passed = Math.max(passed, index.position.get(restated)! + 1);
      continue;
    }
    if (index.echoesRequest(normalised)) continue; // the request's greeting or sign-off, restated
    if (isBareLabel(block)) continue; // "Answer:", "Our response": the answer follows
    // "Section 17 of the Act provides: 1. A public authority which ...": the law's numbers, not answers.
    if (block.marker === undefined && block.kind !== 'list-item') quotingLaw = block.text.trimEnd().endsWith(':') && QUOTES_LAW.test(block.text);
    const named = quotingLaw ? [] : namedQuestions(block, index, passed);
    if (named.length) {
      close();
      sawStructure = true;
      for (const q of named) if (queued.delete(q)) pending = pending.filter((p) => p !== q);
      if (block.text.trim()) {
        current = [block];
        currentRun = named;
        currentNamed = named.length > 1;
        currentVia = 'number';
      } else {
        for (const q of named) {
          queued.add(q);
          pending.push(q); // "Question 3" on its own line: the answer follows
        }
        pendingVia = 'number';
      }
      passed = Math.max(passed, ...named.map((q) => index.position.get(q)! + 1));
      continue;
    }
    if (!block.text.trim() || SIGN_OFF.test(block.text) || isFormatWish(block.text)) continue;
    if (pending.length) {
      close();
      current = [block];
      currentVia = pendingVia;
      currentRun = pending;
      pending = [];
      queued.clear();
    } else if (current) {
      current.push(block);
    } else {
      preamble.push(block);
    }
  }
  close();

  // "We do not hold information re: questions 1 and 2": a reply that names questions by number addresses them.
  for (const block of responseBlocks) {
    if (skip.has(block) || !MENTIONS.test(block.text)) continue;
    MENTIONS_ALL.lastIndex = 0;
    for (let m = MENTIONS_ALL.exec(block.text); m; m = MENTIONS_ALL.exec(block.text)) {
      for (const n of numbersOf(m[1])) {
        const q = index.byWrittenNumber(n, 0);
        if (q && !q.answer) {
          q.answer = makeAnswer([block], 'number');
          sawStructure = true;
        } else if (q?.answer?.via === 'number' && !q.answer.blocks.includes(block)) {
          namedTwice.add(q);
        }
      }
    }
  }

  // A response with no restated questions and no numbers answers the request in prose: a one-question
  // request is answered by it; several questions are answered together, which cannot be checked one
  // by one (the shared-answer note says so once, instead of an error per question).
  if (!sawStructure && preamble.length) {
    // A reply that only points to earlier responses answers nothing.
    const pointer = onlyPointer(preamble);
    if (pointer) {
      for (const q of questions) if (!q.answer) q.pointedElsewhere = pointer;
      return notes;
    }
    const answer = makeAnswer(preamble, questions.length === 1 ? 'prose' : 'whole');
    if (questions.length === 1) questions[0].answer = answer;
    else {
      const open = questions.filter((q) => !q.answer);
      if (open.length) {
        answer.shared = open.slice(0, -1);
        for (const q of open) q.answer = answer;
        notes.push({ after: open[open.length - 1], covers: open, kind: 'whole', answer });
      }
    }
  }
  return notes;
}

/** "question 3", "questions 1 and 2", "Q4 & Q5", "request number 2" inside an answer. */
const MENTION_SOURCE = String.raw`\b(?:questions?|requests?(?: number)?|parts?|points?|q)\s*(?:no\.?\s*)?(\d{1,3}[a-z]?\b(?:\s*(?:,|&|and|to|-|–)\s*(?:q\s*)?\d{1,3}[a-z]?\b)*)`;
const MENTIONS = new RegExp(MENTION_SOURCE, 'i');
export const MENTIONS_ALL = new RegExp(MENTION_SOURCE, 'gi');

/**
 * A paragraph that introduces the words of the law: "Section 17 of the Act provides:", "Regulation 12 states:".
 * It ends in a colon: callers test that first (most paragraphs do not), as the search is slow to fail.
 */
const QUOTES_LAW = /\b(?:section|regulation|article|the act|the regulations)\b[^.]{0,80}\b(?:provides|states|says|reads)\b[^.]{0,30}:\s*$/i;

/** A label with nothing after it ("Answer:", "Our response"): what follows is the answer. */
export const isBareLabel = (b: Block): boolean => b.item?.role === 'answer' && b.item.numbers.length === 0;

/** The questions a block names by number: "2.", "Q4 & Q5 -", "Answer 3", "Questions 1-6". */
function namedQuestions(block: Block, index: RequestIndex, passed: number): Question[] {
  const numbers = block.item?.numbers ?? (block.marker !== undefined ? [block.marker] : []);
  const out: Question[] = [];
  for (const n of numbers) {
    const q = index.byWrittenNumber(n, passed);
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}

const before = (a: Block['range']['start'], b: Block['range']['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * Answers written inside the request's own span, each under its question (disclosure logs: "Q1) ...",
 * then the answer; "Request 1" / the question / "Answer 1" / the answer). The text between one question
 * and the next is the first one's answer when most questions have text under them, so a request that
 * merely explains itself between questions is not read as answered. Returns whether the request is laid
 * out so; then the text after the last question answers it.
 */
export function matchInterleaved(questions: readonly Question[], requestBlocks: readonly Block[], skip: ReadonlySet<Block>): boolean {
  if (questions.length < 2) return false;
  // One pass: blocks and questions are both in document order.
  const gaps: Block[][] = questions.map(() => []);
  let qi = -1;
  for (const b of requestBlocks) {
    while (qi + 1 < questions.length && !before(b.range.start, questions[qi + 1].range.start)) qi++;
    if (qi >= 0 && before(questions[qi].range.end, b.range.start) && answerText(b, skip)) gaps[qi].push(b);
  }
  const inner = gaps.slice(0, -1);
  const filled = inner.filter((g) => g.length > 0).length;
  if (filled === 0 || filled * 2 < inner.length) return false;
  questions.forEach((q, i) => {
    if (gaps[i].length && !q.answer) q.answer = makeAnswer(gaps[i], 'under');
  });
  return true;
}

/** Request blocks after the last question: where a letter with no response heading answers. */
export function afterQuestions(questions: readonly Question[], requestBlocks: readonly Block[]): Block[] {
  const last = questions[questions.length - 1];
  return last ? requestBlocks.filter((b) => before(last.range.end, b.range.start)) : [];
}

/** A block that can be answer text: words, not a question, label, heading or branch marker. */
function answerText(b: Block, skip: ReadonlySet<Block>): boolean {
  return (
    !skip.has(b) &&
    b.text.trim() !== '' &&
    b.kind !== 'html' &&
    b.kind !== 'code' &&
    b.kind !== 'heading' &&
    !isBareLabel(b) &&
    !(b.marker !== undefined && b.item?.role !== 'answer') &&
    !BRANCH_MARKER.test(b.text) &&
    !isFormatWish(b.text)
  );
}
