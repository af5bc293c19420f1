import type { Block, Question } from '../types';
import { RESPONDS, asksFor as asks } from './certainty';
import { MONTH_NAME } from './dates';
import { SIGN_OFF, BRANCH_MARKER, isFormatWish, DISREGARD_REST, OPENS_BRANCH, STARTS_CONDITIONAL, branchOf } from './conditions';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Request lines that are not questions: greetings, sign-offs, "please respond within 20 working days". */
const NOT_A_QUESTION =
  /^(?:dear\b|to whom it may concern|yours\b|kind regards|many thanks|thank you\b|please (?:respond|reply)|i look forward|best wishes|regards\b)/i;



function newQuestion(block: Block, number: string | undefined, label: string): Question {
  return { number, label, text: block.text, range: block.range, block, children: [], status: 'unanswered', sure: true };
}

/**
 * The questions of the quoted request: numbered and bulleted items, nested sub-questions, and the
 * conditional parts ("If yes:", "If no:", "if the answer is no, you may disregard the rest").
 */
export function readQuestions(blocks: readonly Block[]): Question[] {
  const all: Question[] = [];
  const stack: Question[] = []; // open parents by depth
  let lastTop: Question | undefined; // the last top-level question
  let branch: { on: Question; when: 'yes' | 'no'; text: string; childrenOnly: boolean } | undefined;
  let disregard: Question | undefined;
  let topCount = 0;

  const isItemBlock = (b: Block) =>
    b.item?.role !== 'answer' && (b.kind === 'list-item' || ((b.kind === 'paragraph' || b.kind === 'heading') && b.marker !== undefined));
  const candidates = blocks.filter(isItemBlock);
  // Bullets that only list what a request should show ("broken down by year, also showing the
  // following: • the department • the species") belong to the asking paragraph above them.
  const firstCandidate = candidates[0] ? blocks.indexOf(candidates[0]) : -1;
  const stem = firstCandidate > 0 ? blocks[firstCandidate - 1] : undefined;
  const fieldsOnly =
    stem !== undefined &&
    stem.kind === 'paragraph' &&
    stem.marker === undefined &&
    /:\s*$/.test(stem.text) &&
    asks(stem.text) &&
    candidates.every((b) => b.marker === '-' && !asksOutright(b.text));
  const plainRequest = candidates.length === 0 || fieldsOnly;

  for (let bi = 0; bi < (fieldsOnly ? 0 : blocks.length); bi++) {
    let block = blocks[bi];
    // A number on a line of its own ("Request 1", "Question Number 2:", "1)"): the question is the next block.
    if (isItemBlock(block) && !block.text && blocks[bi + 1] && !isItemBlock(blocks[bi + 1]) && blocks[bi + 1].kind === 'paragraph') {
      const next = blocks[++bi];
      block = { ...next, marker: block.marker, item: block.item, range: { start: block.range.start, end: next.range.end }, startLine: block.startLine };
    }
    const text = block.text;
    if (block.kind === 'paragraph' && block.marker === undefined && BRANCH_MARKER.test(text)) {
      const root = lastTop;
      if (root) branch = { on: root, when: branchOf(BRANCH_MARKER.exec(text)![1]), text, childrenOnly: false };
      continue;
    }
    if (!isItemBlock(block) || !text || NOT_A_QUESTION.test(text) || isFormatWish(text) || onlyDates(text) || isNumberedHeading(block, blocks[bi - 1], blocks[bi + 1])) continue;

    const written = block.marker !== undefined && block.marker !== '-' ? block.marker : undefined;
    // An unnumbered bullet after a numbered question is one of its parts.
    const depth = block.depth;
    while (stack.length && stack[stack.length - 1].block.depth >= depth) stack.pop();
    let parent: Question | undefined = stack[stack.length - 1];
    // An unnumbered bullet, or a lettered part "(a)", after a question numbered in digits is one of
    // its parts, however the request indents it.
    const letterOrRoman = written !== undefined && /^(?:[a-z]|[ivx]{1,4})$/i.test(written);
    if (!parent && lastTop?.number !== undefined && (written === undefined || (letterOrRoman && /^\d/.test(lastTop.number)))) {
      parent = lastTop;
    }

    let q: Question;
    if (parent) {
      const label = `${parent.label}(${written ?? LETTERS[parent.children.length % 26]})`;
      q = newQuestion(block, written, label);
      q.parent = parent;
      parent.children.push(q);
    } else {
      topCount++;
      q = newQuestion(block, written, written ?? String(topCount));
    }

    const starts = STARTS_CONDITIONAL.exec(text);
    const previousTop = parent ?? lastTop;
    if (starts && previousTop) {
      q.condition = { on: previousTop, when: starts[1] || /yes/i.test(starts[3] ?? '') ? 'yes' : 'no', text: starts[0] };
    } else if (branch && branch.on !== q && (!branch.childrenOnly || parent === branch.on)) {
      q.condition = { on: branch.on, when: branch.when, text: branch.text };
    } else if (disregard && disregard !== q) {
      q.condition = { on: disregard, when: 'yes', text: 'if the answer is no, disregard the rest' };
    }

    if (!parent) {
      // A new top-level question closes a branch its predecessor opened for its own parts.
      if (branch?.childrenOnly && branch.on !== q) branch = undefined;
      lastTop = q;
    }
    const opens = OPENS_BRANCH.exec(text);
    if (opens) branch = { on: q, when: branchOf(opens[1]), text: opens[0].trim(), childrenOnly: true };
    if (DISREGARD_REST.test(text)) disregard = q;
    stack.push(q);
    all.push(q);
  }

  if (plainRequest) {
    // A request written as prose is one question: the whole of it.
    // Up to the sign-off: what follows "Regards" is a signature.
    const signOff = blocks.findIndex((b) => SIGN_OFF.test(b.text));
    // The asking paragraphs: the reply that follows them in some letters is not part of the question.
    const paragraphs = (signOff >= 0 ? blocks.slice(0, signOff) : blocks).filter(
      (b) => (b.kind === 'paragraph' || (fieldsOnly && b.marker === '-')) && b.text && !NOT_A_QUESTION.test(b.text),
    );
    const firstAsked = paragraphs.findIndex((b) => asks(b.text));
    const prose: Block[] = [];
    for (const b of firstAsked >= 0 ? paragraphs.slice(firstAsked) : []) {
      if (prose.length && !asks(b.text) && RESPONDS.test(b.text)) break;
      prose.push(b);
    }
    if (prose.length) {
      const q = newQuestion(prose[0], undefined, '1');
      q.text = prose.map((b) => b.text).join(' ');
      q.range = { start: prose[0].range.start, end: prose[prose.length - 1].range.end };
      all.push(q);
    }
  }
  return foldFields(dropStems(all));
}

/**
 * "1. Summary", "2. The Request": a numbered heading over a passage of prose, as documents converted
 * from Word number their headings, not a question.
 */
function isNumberedHeading(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  const text = block.text.trim();
  return (
    !continuesList(block, previous) &&
    /^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}$/.test(text) &&
    !asks(text) &&
    next !== undefined &&
    next.kind === 'paragraph' &&
    next.marker === undefined &&
    next.text.split(/\s+/).length >= 12 &&
    !asks(next.text)
  );
}

const DATE_WORDS = new RegExp(`\\b(?:${MONTH_NAME}|to|and|from|until|between|st|nd|rd|th)\\b`, 'gi');

/** "9 June 2019 - 9 June 2020", "2021/22": a period the request covers, listed as a bullet, not a question. */
function onlyDates(text: string): boolean {
  return /\d/.test(text) && !/[a-z]/i.test(text.replace(DATE_WORDS, ''));
}

/** Numbered one on from the item before it: "11." after "10.". */
const continuesList = (block: Block, previous: Block | undefined) =>
  previous?.marker !== undefined && (!/^\d+$/.test(previous.marker) || Number(block.marker) === Number(previous.marker) + 1);

/** A question in its own right, not a field: "?", "please", or an interrogative or imperative first word. */
const asksOutright = (text: string) =>
  /\?|\bplease\b|^(?:and\s+)?(?:how|what|when|where|which|who|why|whether|provide|list|give|send|supply|confirm|state|tell|explain|describe)\b/i.test(text.trim());

/** "I am writing to request the following:" numbered 1, then the questions numbered from 1 again. */
const INTRODUCES = /\bthe following\b|:\s*$/i;

/** Numbered introductions whose questions restart the count are not questions themselves. */
function dropStems(all: Question[]): Question[] {
  const top = all.filter((q) => !q.parent);
  const lastWithNumber = new Map<string, number>();
  top.forEach((q, i) => q.number !== undefined && lastWithNumber.set(q.number, i));
  // So are bullets that end in a colon above the items they introduce ("• In your response, please do
  // the following:" over "1. ... 2. ...").
  const leadIn = (q: Question, i: number) => q.number === undefined && /:\s*$/.test(q.text) && top[i + 1] !== undefined;
  const stems = new Set(
    top.filter(
      (q, i) =>
        !q.text.includes('?') &&
        !q.children.length &&
        (leadIn(q, i) || (q.number !== undefined && INTRODUCES.test(q.text) && lastWithNumber.get(q.number)! > i)),
    ),
  );
  return stems.size ? all.filter((q) => !stems.has(q)) : all;
}

/**
 * Parts that only name what an asking question should be broken down by ("5. How many were
 * overturned? a) Overturned b) Upheld"): fields of one question, not questions of their own. A stem
 * that introduces its parts ("Please provide the following:") keeps them: each is asked.
 */
function foldFields(all: Question[]): Question[] {
  const folded = new Set<Question>();
  for (const q of all) {
    if (!q.children.length || !asks(q.text) || INTRODUCES.test(q.text) || q.children.some((c) => asksOutright(c.text) || c.children.length || c.condition)) continue;
    q.text = [q.text, ...q.children.map((c) => c.text)].join(' ');
    q.range = { start: q.range.start, end: q.children[q.children.length - 1].range.end };
    for (const c of q.children) folded.add(c);
    q.children = [];
  }
  return folded.size ? all.filter((q) => !folded.has(q)) : all;
}
