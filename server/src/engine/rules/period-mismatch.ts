import type { Block, Draft } from '../types';
import type { Rule, RuleContext } from './rule';
import { askedMonths, monthName, rowMonths } from './period-months';
import { ownBlocks, rangeInBlock } from './text-spans';

/** A financial or academic year written as a span: "2016/17", "2017-18", "2019/2020". */
const SPLIT_YEAR = /(?<![\d/£$.,])((?:19|20)\d\d)\s?[/–-]\s?(\d\d(?:\d\d)?)(?![\d/])/g;
/** The request itself asks for a year that is not a calendar year. */
const NON_CALENDAR = /\b(?:financial|fiscal|academic|school|tax|budget|accounting)\s+years?\b|\byears?[-\s]end(?:ing|s)?\b|\b31(?:st)?\s+march\b|\bmarch\s+31(?:st)?\b|\bapril\s+(?:to|-|–)\s+march\b|\bFY\s?\d/i;
/** A year the request names: "2017", "in 2018", "2019 to 2023". */
const YEAR = /(?<![\d/£$.,-])((?:19|20)\d\d)(?![\d/])/g;
/** The answer says why it gives another period. */
const EXPLAINED =
  /\b(?:held|recorded|kept|collated|reported|compiled|available|maintained|produced|published|organised|structured)\s+(?:only\s+)?(?:by|in|on\s+an?|per|as|for)\s+(?:the\s+)?(?:financial|academic|fiscal|school)\s+years?\b|\b(?:financial|academic|fiscal)\s+years?\b[^.]{0,80}\b(?:rather\s+than|instead\s+of|not\s+(?:by\s+)?calendar)|\bcalendar\s+years?\b[^.]{0,80}\b(?:not\s+(?:held|recorded|available|possible)|cannot|unable)|\b(?:because|as)\b[^.]{0,60}\b(?:financial|academic|fiscal)\s+years?\b/i;

const MONTH = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?`;
/** A range of years asked for: "between 2015 and 2020", "from January 2016 to December 2019", "2015-2020". */
const RANGE = new RegExp(
  String.raw`\b(?:between|from)\s+${MONTH}((?:19|20)\d\d)\s+(?:and|to|until|till|-|–)\s+${MONTH}((?:19|20)\d\d)\b|(?<![\d/])((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)(?![\d/])`,
  'gi',
);
/** A year at the start of a row, followed by its figure: "2019: 12", "| 2019 | 12 |", "2019 – £1,200". */
const ROW_YEAR = /^\s*\|?\s*(?:[-*•]\s*)?(?:in\s+)?((?:19|20)\d\d)(?!\s*[/–-]\s*\d)\s*(?:[:|–—-]|\s{2,}|\t)\s*[£$]?\d/i;
/** The answer says why its years differ from those asked for. */
const RANGE_EXPLAINED =
  /\b(?:records?|data|information|figures|system)\b[^.]{0,60}\b(?:only\s+)?(?:go(?:es)?\s+back|start(?:s|ed)?|begin(?:s|ning)?|available|held|kept|retained|recorded)\s+(?:from|since|to|until|for|after|before)\b|\bretention\b|\bdestroyed\b|\bnot\s+(?:yet\s+)?(?:held|available|recorded|complete|published|finalised)\b|\b(?:introduced|implemented|began|started|created)\s+in\b|\bprior\s+to\b|\bto\s+date\b|\bso\s+far\b/i;

/** The first and last year of an explicit range in the request. */
function askedRange(asked: string): { from: number; to: number } | undefined {
  let best: { from: number; to: number } | undefined;
  for (const m of asked.matchAll(RANGE)) {
    const from = Number(m[1] ?? m[3]);
    const to = Number(m[2] ?? m[4]);
    // "2019-2020" may be one financial year written in full.
    if (to - from < (m[1] ? 1 : 2) || to - from > 30) continue;
    if (!best) best = { from, to };
  }
  return best;
}

/** The years an answer's rows of figures are for. */
function rowYears(draft: Draft, blocks: readonly Block[]): { years: number[]; block: Block; text: string }[] {
  const out: { years: number[]; block: Block; text: string }[] = [];
  for (const block of blocks) {
    for (let l = block.startLine; l <= block.endLine; l++) {
      const m = ROW_YEAR.exec(draft.lines[l] ?? '');
      if (m) out.push({ years: [Number(m[1])], block, text: m[1] });
    }
  }
  return out;
}

interface SplitYear {
  text: string;
  block: Block;
}

/** Spans like "2016/17" whose second year follows the first: financial or academic years. */
function splitYears(blocks: readonly Block[]): SplitYear[] {
  const out: SplitYear[] = [];
  for (const block of blocks) {
    for (const m of block.text.matchAll(SPLIT_YEAR)) {
      const first = Number(m[1]);
      const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (second === first + 1 || (second === first + 1 - 100 && m[2] === '00')) out.push({ text: m[0], block });
    }
  }
  return out;
}

/** The request's words: its questions and the paragraphs of the request that are not answers. */
function requestText(draft: Draft, own: ReadonlySet<Block>): string {
  const parts: string[] = [];
  const visit = (qs: Draft['questions']) => {
    for (const q of qs) {
      parts.push(q.text);
      visit(q.children);
    }
  };
  visit(draft.questions);
  if (draft.request) for (const b of draft.blocks.slice(draft.request.start, draft.request.end)) if (!own.has(b)) parts.push(b.text);
  return parts.join('\n');
}

export const periodMismatch: Rule<'reply'> = {
  meta: {
    id: 'period-mismatch',
    description: 'The answer gives figures for another period than the one asked for (financial years for calendar years, a shorter range), without saying why.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A request for figures "for 2017 and 2018" is a request for those calendar years. An answer that gives
2016/17 and 2017/18 instead answers a different question: the requester may not notice, and the figures
cannot be compared with others for the calendar years. The authority must communicate the information
requested (FOIA section 1(1)(b); EIR regulation 5(1); FOISA section 1(1)), and where it holds the
figures only by financial year it should say so and explain what it can give instead (the duty to advise
and assist: FOIA section 16; EIR regulation 9; FOISA section 15).

Reported (as a warning: the authority may hold the figures only by financial year, and may have agreed
the period with the requester): a request that names calendar years and does not itself ask for
financial, academic or school years, answered with years written as spans ("2016/17", "2017-18"), when
the answer does not say why ("the figures are recorded by financial year", "we do not hold them by
calendar year").

Also reported: a request for an explicit range of years ("between 2015 and 2020", "from January 2016 to
December 2019", "2015-2020") answered with rows of figures by year (a year at the start of a line or
table row, then its figure) that start later or stop earlier, when the answer gives no reason (records
kept only from a date, a retention schedule, a year not yet complete). A last year that is not over
when the reply is sent (or received, when the reply has no date) is not expected, and without either
date a range that stops earlier is not reported.

Relative periods are read too, against the year the request was received: "since January 2019" (or
"from 2019 to date") expects figures from 2019; "the last five years" expects five years ending with the
year received or the one before, so figures that start later than that (four years or fewer) are
reported. Without the date of receipt a relative period is not checked. A range of months ("between
January and June 2023", "from April 2022 to March 2023") is checked the same way against rows of figures
by month ("January 2023: 12", "| Feb | 4 |").

Not checked: figures for years given in running prose: the reader cannot yet tell the years an answer's
figures are for from other years it mentions.

**Fix:** give the figures for the period asked for, or say that they are held only by financial (or
academic) year and which months each year covers.`,
  },
  reads: ['reply'],
  check(ctx) {
    const { draft } = ctx;
    if (!draft.request) return;
    const own = ownBlocks(draft, ctx.facts.reply);
    const ownSet = new Set(own);
    const asked = requestText(draft, ownSet);
    // A request naming no year asks for no period: tested first, as it is the cheap test.
    const years = [...new Set([...asked.matchAll(YEAR)].map((m) => m[1]))];
    if (!years.length && !LAST_YEARS.test(asked)) return;
    if (NON_CALENDAR.test(asked) || splitYears([{ text: asked } as Block]).length) return;
    const firstLine = draft.request.range.start.line;
    const closing = new Set(draft.sections.flatMap((s) => (s.id === 'response' ? [] : s.id === 'regime' ? [s.anchor] : [s.anchor, ...s.blocks])));
    const answer = own.filter((b) => b.startLine >= firstLine && !closing.has(b));
    const given = splitYears(answer);
    if (!given.length) {
      if (!checkRange(ctx, asked, answer)) checkMonths(ctx, asked, answer);
      return;
    }
    if (!years.length) return;
    if (answer.some((b) => EXPLAINED.test(b.text))) return;
    const spans = [...new Set(given.map((g) => g.text))];
    ctx.report({
      message: `The request asks for ${list(years)} (calendar years) but the answer gives ${list(spans)}: give the figures for the years asked for, or say that they are held only by financial or academic year (the duty to advise and assist).`,
      range: rangeInBlock(draft, given[0].block, given[0].text),
      data: { asked: years, given: spans },
    });
  },
};

/** A table of figures by year that starts later or stops earlier than the range asked for, without a reason. */
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "the last five years", "the past 3 calendar years", "the previous ten years". */
const LAST_YEARS = /\b(?:the\s+)?(?:last|past|previous)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:full\s+)?calendar\s+)?years\b/i;
/** "since January 2019", "since 2019", "from 2019 to date", "from April 2016 to the present". */
const SINCE = new RegExp(String.raw`\b(?:since\s+${MONTH}((?:19|20)\d\d)\b|from\s+${MONTH}((?:19|20)\d\d)\s+(?:to\s+(?:date|the\s+present(?:\s+day)?|now|today)|onwards))`, 'i');

interface AskedPeriod {
  from: number;
  /** The last year asked for; none for "since 2019", which runs to the date of the request. */
  to?: number;
  /** The period as the message names it. */
  words: string;
}

/** The period the request asks for: an explicit range, or one relative to the year it was received. */
function askedPeriod(asked: string, received: number | undefined): AskedPeriod | undefined {
  const range = askedRange(asked);
  if (range) return { ...range, words: `${range.from} to ${range.to}` };
  if (received === undefined) return undefined;
  const since = SINCE.exec(asked);
  if (since) {
    const from = Number(since[1] ?? since[2]);
    if (from < received) return { from, words: `figures since ${from}` };
  }
  const last = LAST_YEARS.exec(asked);
  if (last) {
    const count = COUNTS[last[1].toLowerCase()] ?? Number(last[1]);
    // The last N years end with the year received or the one before: either way, they start by this year.
    if (count >= 2 && count <= 30) return { from: received - count + 1, words: `${last[0].replace(/^the\s+/i, 'the ')} (from ${received - count} or ${received - count + 1})` };
  }
  return undefined;
}

function checkRange(ctx: RuleContext<'reply'>, asked: string, answer: readonly Block[]): boolean {
  const { draft } = ctx;
  const received = draft.meta.received?.iso;
  const range = askedPeriod(asked, received ? Number(received.slice(0, 4)) : undefined);
  if (!range) return false;
  const rows = rowYears(draft, answer);
  const years = [...new Set(rows.flatMap((r) => r.years))].sort();
  if (years.length < 2) return false;
  // The last year asked for may not be over when the reply is sent (or, without its date, received).
  const dated = draft.meta.sent?.iso ?? draft.meta.received?.iso;
  const year = dated ? Number(dated.slice(0, 4)) : undefined;
  const startsLater = years[0] > range.from;
  const stopsEarlier = range.to !== undefined && years[years.length - 1] < range.to && year !== undefined && range.to < year;
  if (!startsLater && !stopsEarlier) return false;
  if (answer.some((b) => RANGE_EXPLAINED.test(b.text))) return true;
  const first = rows[0];
  ctx.report({
    message: `The request asks for ${range.words} but the figures given are for ${years[0]} to ${years[years.length - 1]}: give the missing years, or say why they cannot be given (not held, or not yet complete).`,
    range: rangeInBlock(draft, first.block, first.text),
    data: { asked: [range.from, range.to ?? null], given: [years[0], years[years.length - 1]] },
  });
  return true;
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, 4);
  const more = items.length > 4 ? ', …' : '';
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}${more}` : shown[0];
}

/** Rows of figures by month that start later or stop earlier than the months asked for, without a reason. */
function checkMonths(ctx: RuleContext<'reply'>, asked: string, answer: readonly Block[]): void {
  const { draft } = ctx;
  const range = askedMonths(asked);
  if (!range) return;
  const rows = rowMonths(draft, answer, range);
  if (rows.length < 2) return;
  const months = rows.map((r) => r.month).sort((a, b) => a - b);
  const [first, last] = [months[0], months[months.length - 1]];
  // The last month asked for may not be over when the reply is sent (or received).
  const dated = draft.meta.sent?.iso ?? draft.meta.received?.iso;
  const now = dated ? Number(dated.slice(0, 4)) * 12 + Number(dated.slice(5, 7)) - 1 : undefined;
  const startsLater = first > range.from;
  const stopsEarlier = last < range.to && now !== undefined && range.to < now;
  if ((!startsLater && !stopsEarlier) || answer.some((b) => RANGE_EXPLAINED.test(b.text))) return;
  ctx.report({
    message: `The request asks for ${range.words} but the figures given are for ${monthName(first)} to ${monthName(last)}: give the missing months, or say why they cannot be given (not held, or not yet complete).`,
    range: rangeInBlock(draft, rows[0].block, rows[0].text),
    data: { asked: [monthName(range.from), monthName(range.to)], given: [monthName(first), monthName(last)] },
  });
}
