import type { Answer, Block, Question, SharedAnswer } from '../types';
import { BRANCH_MARKER, COVERS_SEVERAL, polarityOf } from './conditions';
import { normalise, sameNumber } from './markup';

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

  constructor(readonly questions: readonly Question[], requestBlocks: readonly Block[]) {
    this.small = questions.length <= SMALL && requestBlocks.length <= SMALL;
    this.texts = questions.map((q) => normalise(q.text));
    this.texts.forEach((t, i) => {
      this.position.set(questions[i], i);
      const q = questions[i];
      for (const n of new Set([q.number, q.label])) if (n !== undefined) push(this.byNumber, n.toLowerCase(), i);
      if (this.small) return;
      const grams = trigrams(t.split(' '));
      for (const g of new Set(grams)) push(this.containing, g, i);
      if (grams.length) push(this.startingWith, grams[0], i);
    });
    this.requestTexts = requestBlocks.map((b) => normalise(b.text));
    if (!this.small) {
      this.requestTexts.forEach((t, i) => {
        for (const g of new Set(trigrams(t.split(' ')))) push(this.requestContaining, g, i);
      });
    }
  }

  private near(list: number[], passed: number): number[] {
    return list.length <= MAX_CANDIDATES ? list : list.filter((i) => Math.abs(i - passed) <= MAX_CANDIDATES / 2);
  }

  /** The question a response block (its normalised text) restates, if it restates one. */
  restated(block: Block, text: string, passed: number): Question | undefined {
    const words = text.split(' ');
    if (text.length < MIN_ECHO_CHARS || words.length < 3) return undefined;
    let candidates: Iterable<number> = this.texts.keys();
    if (!this.small) {
      const grams = trigrams(words);
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

  /** Request text that is not a question (a greeting, "please respond within 20 working days"), restated. */
  echoesRequest(text: string): boolean {
    const words = text.split(' ');
    if (text.length < MIN_ECHO_CHARS || words.length < 3) return false;
    if (this.small) return this.requestTexts.some((t) => t.includes(text));
    const first = `${words[0]} ${words[1]} ${words[2]}`;
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
  const index = new RequestIndex(questions, requestBlocks);
  // Restated questions waiting for their answer, in order (a set for lookups on long requests).
  let pending: Question[] = [];
  const queued = new Set<Question>();
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
    const normalised = normalise(block.text); // compared with the request twice below
    const restated = block.kind === 'table' ? undefined : index.restated(block, normalised, passed);
    if (restated) {
      close();
      sawStructure = true;
      if (!restated.restated) restated.restated = block;
      if (!restated.answer && !queued.has(restated)) {
        queued.add(restated);
        pending.push(restated);
      }
      passed = Math.max(passed, index.position.get(restated)! + 1);
      continue;
    }
    if (index.echoesRequest(normalised)) continue; // the request's greeting or sign-off, restated
    const byNumber = index.byWrittenNumber(block.marker, passed);
    if (byNumber) {
      close();
      sawStructure = true;
      if (queued.delete(byNumber)) pending = pending.filter((q) => q !== byNumber);
      if (block.text.trim()) {
        current = [block];
        currentRun = [byNumber];
      } else {
        queued.add(byNumber);
        pending.push(byNumber); // "Question 3" on its own line: the answer follows
      }
      passed = Math.max(passed, index.position.get(byNumber)! + 1);
      continue;
    }
    if (!block.text.trim()) continue;
    if (pending.length) {
      close();
      current = [block];
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

  // A response with no restated questions and no numbers answers a one-question request in prose.
  if (!sawStructure && questions.length === 1 && preamble.length) questions[0].answer = makeAnswer(preamble);
  return notes;
}
