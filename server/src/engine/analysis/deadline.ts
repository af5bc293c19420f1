import { cachedDeadline, cachedIsWorkingDay, cachedWorkingDaysBetween } from './calendar-cache';
import type { CalendarProblem, DeadlineResult } from '../law/calendar';
import { DATE_SOURCE, formatDate, readDateAt } from '../parse/dates';
import type { RefusalAnalysis } from './refusal';
import type { Block, Draft, Range, RegimeId } from '../types';

// The statutory deadline of a draft, as the late-response rule and the front ends (hover, code lens,
// status bar) show it. Working days follow the regime in effect (FOIA/EIR: bank holidays anywhere in
// the UK; FOISA/EISR: Scotland only) plus the settings' own `holidays`. The clock runs from the date
// of receipt, or from a clarification the letter says was received (FOIA s.1(3), s.10(6)(b)); the
// working days between a fees notice and the payment are left out (s.10(2)). Extensions: FOIA s.10(3)
// for the public interest (to the date the holding notice estimated) and EIR/EISR regulation 7 (40
// working days for complex and voluminous requests).

export interface DatedMention {
  date: string;
  range: Range;
}

export interface Extension {
  kind: 'public-interest' | 'complex-and-voluminous';
  /** The paragraph that claims it. */
  block: Block;
  range: Range;
  /** FOIA s.10(3) (public interest) or EIR/EISR regulation 7 (complex and voluminous). */
  allowed: boolean;
  /** The letter is the notice that claims the extension, not the reply sent after it. */
  holdingNotice: boolean;
  /** The date given for the public interest decision. */
  estimate?: DatedMention;
  /** In a later reply: when the extension was notified ("On 28 February 2025 we wrote ..."). */
  notified?: DatedMention;
  /** The extension was notified after the 20th working day, too late to extend anything. */
  notifiedLate?: boolean;
  /** Working days from the start of the clock to the estimate. */
  estimateWorkingDays?: number;
}

export interface DeadlineInfo {
  regime: RegimeId;
  /** YYYY-MM-DD: the date of receipt the letter gives. */
  received: string;
  /** The day the clock runs from: the receipt, or a clarification received later. */
  clockFrom: string;
  /** The clarification that restarted the clock. */
  clarification?: DatedMention;
  /** A fees notice and the payment: the working days between them do not count. */
  feesPause?: { notice: DatedMention; payment: DatedMention; workingDays: number };
  /** Working days allowed for this letter: 20, or 40 after a regulation 7 extension. */
  days: number;
  /** The last day under the statutory reading (day 1 = the first working day after the receipt). */
  due?: string;
  /** Working day 1. */
  dayOne?: string;
  /** When the receipt fell on a non-working day: the later deadline under the s.45 Code reading. */
  dueCodeReading?: string;
  /** Why the day of receipt is not a working day (e.g. "Saturday"). */
  receivedOnNonWorkingDay?: string[];
  extension?: Extension;
  /** The deadline as extended: the public interest estimate, or the 40th working day under regulation 7. */
  extendedTo?: string;
  /** YYYY-MM-DD: the letter's date. */
  sent?: string;
  /** The working day the letter is dated on (0 if on or before the start of the clock). */
  workingDaysUsed?: number;
  /** After every deadline that could apply. */
  late: boolean;
  /** After the statutory deadline but within the Code reading (receipt on a non-working day). */
  lateOnlyStrictly: boolean;
  /** One sentence for hovers and the status bar. */
  reason: string;
  /** Why the deadline could not be worked out (a date outside the bank-holiday table, say). */
  problem?: string;
}

const DATE_ANYWHERE = new RegExp(`(?<![\\w/.-])${DATE_SOURCE}`, 'gi');

/** Every readable date in a text, with its position. */
export function datesIn(text: string): { iso: string; index: number; length: number }[] {
  const out: { iso: string; index: number; length: number }[] = [];
  DATE_ANYWHERE.lastIndex = 0;
  for (let m = DATE_ANYWHERE.exec(text); m; m = DATE_ANYWHERE.exec(text)) {
    const d = readDateAt(text.slice(m.index, m.index + m[0].length));
    if (d?.iso) out.push({ iso: d.iso, index: m.index, length: m[0].length });
  }
  return out;
}

const CLARIFICATION = /\bclarif(?:ication|ied|y)\b/gi;
const ASKED_FOR = /\b(?:ask(?:ed|ing)?|sought|seek(?:ing)?|request(?:ed|ing)?|wrote|writing|contacted)\b[^.;]{0,40}$/i;
const FEES_NOTICE = /\bfees?\s+notice\b/gi;
const PAYMENT = /\b(?:payment|fee)\b[^.;]{0,40}?\breceived\b|\breceived\b[^.;]{0,40}?\b(?:payment|fee)\b|\bpaid\b/gi;
const PUBLIC_INTEREST = /\bpublic\s+interest\b/i;
const MORE_TIME =
  /\bextend|\bextension\b|\b(?:more|further|additional|extra)\s+time\b|\bnot\s+yet\s+(?:reached|made|been\s+able|able)\b|\bno\s+decision\s+has\s+(?:yet\s+)?been\b|\bs(?:ection|\.)?\s*10\s*\(3\)|\bs(?:ection|\.)?\s*17\s*\(2\)/i;
const REGULATION_7 = /\breg(?:ulation|\.)?\s*7\b(?!\s*\()|\bcomplex\s+and\s+voluminous\b|\bcomplexity\s+and\s+(?:the\s+)?volume\b/i;
/** Words without which no paragraph claims an extension: checked once on the whole response. */
const MAY_EXTEND = /\bpublic\s+interest\b|\breg(?:ulation|\.)?\s*7\b|\bcomplex|\bvoluminous\b|\bvolume\b/i;
const COMPLEX = /\bcomplex(?:ity)?\b|\bvoluminous\b|\bvolume\s+of\b/i;
const FORTY = /\b(?:40|forty)\s+working\s+days\b/i;
// "We wrote to tell you", "we have now reached a decision": the reply that follows a holding notice.
const LATER_REPLY =
  /\b(?:we|i)\s+(?:wrote|told|informed|notified|explained|extended|said|let\s+you\s+know)\b|\bhave\s+now\s+(?:reached|made|completed|concluded|considered)\b|\bour\s+(?:letter|e-?mail|notice)\s+(?:of|dated|sent)\b/i;
const HOLDING =
  /\bnot\s+yet\s+(?:reached|made|been\s+able|able)\b|\bneed(?:s|ed)?\s+(?:more|further|additional|extra)\s+time\b|\b(?:will|shall)\s+(?:need|require)\b|\bare\s+(?:extending|claiming)\b|\b(?:we|i)\s+(?:will|shall|aim\s+to|expect\s+to|hope\s+to|intend\s+to|anticipate)\b/i;


interface Located {
  iso: string;
  block: Block;
  index: number;
  length: number;
}

/** The range of a date found in a block's text, found again in the block's source lines. */
function rangeIn(draft: Draft, block: Block, text: string): Range {
  for (let line = block.startLine; line <= block.endLine; line++) {
    const at = draft.lines[line].indexOf(text);
    if (at >= 0) return { start: { line, character: at }, end: { line, character: at + text.length } };
  }
  return block.range;
}

const mention = (draft: Draft, l: Located): DatedMention => ({
  date: l.iso,
  range: rangeIn(draft, l.block, l.block.text.slice(l.index, l.index + l.length)),
});

/** Dates per block, read once: several searches look at the same paragraphs. */
type DateIndex = (block: Block) => { iso: string; index: number; length: number }[];

function dateIndex(): DateIndex {
  const byBlock = new Map<Block, { iso: string; index: number; length: number }[]>();
  return (block) => {
    let dates = byBlock.get(block);
    if (!dates) {
      dates = datesIn(block.text);
      byBlock.set(block, dates);
    }
    return dates;
  };
}

/** How far from its keyword a date may be, within the same sentence. */
const NEAR = 160;
const SENTENCE_END = /[.;](?:\s|$)/;

/** The date a keyword introduces: the first after it in the same sentence, else the last before it. */
function dateNear(block: Block, dates: DateIndex, keywordAt: number, keywordEnd: number): Located | undefined {
  const text = block.text;
  for (const d of dates(block)) {
    if (d.index < keywordEnd) continue;
    if (d.index - keywordEnd > NEAR || SENTENCE_END.test(text.slice(keywordEnd, d.index))) break;
    return { ...d, block };
  }
  let before: Located | undefined;
  for (const d of dates(block)) {
    const end = d.index + d.length;
    if (end > keywordAt) break;
    if (keywordAt - end <= NEAR && !SENTENCE_END.test(text.slice(end, keywordAt))) before = { ...d, block };
  }
  return before;
}

/** Occurrences of a keyword examined per paragraph: enough for any letter, bounded for any text. */
const MAX_MENTIONS = 20;

function findClarification(blocks: readonly Block[], dates: DateIndex): Located | undefined {
  for (const b of blocks) {
    CLARIFICATION.lastIndex = 0;
    let seen = 0;
    for (let m = CLARIFICATION.exec(b.text); m && seen < MAX_MENTIONS; m = CLARIFICATION.exec(b.text), seen++) {
      // "We asked you to clarify ... on 10 March" dates the question, not the answer.
      if (ASKED_FOR.test(b.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const d = dateNear(b, dates, m.index, m.index + m[0].length);
      if (d) return d;
    }
  }
  return undefined;
}

function findFirst(blocks: readonly Block[], re: RegExp, dates: DateIndex): Located | undefined {
  for (const b of blocks) {
    re.lastIndex = 0;
    let seen = 0;
    for (let m = re.exec(b.text); m && seen < MAX_MENTIONS; m = re.exec(b.text), seen++) {
      const d = dateNear(b, dates, m.index, m.index + m[0].length);
      if (d) return d;
    }
  }
  return undefined;
}

function findExtension(blocks: readonly Block[]): { kind: Extension['kind']; block: Block; next?: Block } | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i].text;
    if (PUBLIC_INTEREST.test(t) && MORE_TIME.test(t)) return { kind: 'public-interest', block: blocks[i], next: blocks[i + 1] };
    const reg7 = REGULATION_7.test(t) && (FORTY.test(t) || /\bextend|\bextension\b/i.test(t));
    // FOIA and FOISA have no complexity extension; a letter that claims one is still reported.
    const complexClaim = COMPLEX.test(t) && MORE_TIME.test(t);
    if (reg7 || complexClaim) return { kind: 'complex-and-voluminous', block: blocks[i], next: blocks[i + 1] };
  }
  return undefined;
}

/** What the parts of the computation share: the draft, the calendar and the problems met. */
interface Clock {
  draft: Draft;
  regime: RegimeId;
  extraHolidays: readonly string[];
  sent?: string;
  blocks: readonly Block[];
  /** The response's text, searched whole before block by block. */
  text: string;
  dates: DateIndex;
  /** A calendar result, or undefined with its problem noted. */
  ok<T extends { ok: true }>(r: T | CalendarProblem): T | undefined;
}

/**
 * The deadline for a draft and where its letter date stands against it; undefined when the letter
 * gives no readable date of receipt. Reads the regime in effect and the refusal (for the response's
 * paragraphs and the grounds a public interest extension needs).
 */
export function computeDeadline(
  draft: Draft,
  regime: RegimeId,
  extraHolidays: readonly string[],
  refusal: RefusalAnalysis,
): DeadlineInfo | undefined {
  const received = draft.meta.received?.iso;
  if (!received) return undefined;
  const problems: string[] = [];
  const clock: Clock = {
    draft,
    regime,
    extraHolidays,
    sent: draft.meta.sent?.iso,
    blocks: refusal.responseBlocks,
    text: refusal.responseText,
    dates: dateIndex(),
    ok(r) {
      if (r.ok) return r;
      problems.push(r.message);
      return undefined;
    },
  };
  const { sent, ok } = clock;
  const { clockFrom, clarification } = clockStart(clock, received);
  const feesPause = feesPauseOf(clock, clockFrom);
  const paused = feesPause?.workingDays ?? 0;
  const extension = extensionOf(clock, clockFrom, paused);

  const reg7 = extension?.kind === 'complex-and-voluminous' && extension.allowed;
  const days = reg7 && !extension?.holdingNotice ? 40 : 20;
  const strict = ok(cachedDeadline(clockFrom, regime, { days: days + paused, extraHolidays }));
  const dayCheck = ok(cachedIsWorkingDay(clockFrom, regime, extraHolidays));
  let code: DeadlineResult | undefined;
  if (dayCheck && !dayCheck.working) code = ok(cachedDeadline(clockFrom, regime, { days: days + paused, extraHolidays, codeReading: true }));

  let extendedTo: string | undefined;
  if (extension?.allowed && !extension.notifiedLate) {
    if (extension.kind === 'public-interest') extendedTo = extension.estimate?.date;
    else extendedTo = ok(cachedDeadline(clockFrom, regime, { days: 40 + paused, extraHolidays }))?.date;
  }
  const pitValid =
    extension?.kind === 'public-interest' &&
    extension.allowed &&
    extendedTo !== undefined &&
    refusal.grounds.some((g) => g.ground.publicInterestTest !== 'not-required');

  let workingDaysUsed: number | undefined;
  if (sent && sent >= clockFrom) {
    const used = ok(cachedWorkingDaysBetween(clockFrom, sent, regime, extraHolidays));
    if (used) workingDaysUsed = Math.max(0, used.days - (feesPause && feesPause.payment.date <= sent ? paused : 0));
  }

  const due = strict?.date;
  const latest = code?.date ?? due;
  let late = false;
  let lateOnlyStrictly = false;
  if (sent && due && latest && sent >= received) {
    if (pitValid && !extension?.holdingNotice && extendedTo && extendedTo > latest) late = sent > extendedTo;
    else {
      late = sent > latest;
      lateOnlyStrictly = !late && sent > due;
    }
  }

  const info: DeadlineInfo = {
    regime,
    received,
    clockFrom,
    ...(clarification && { clarification }),
    ...(feesPause && { feesPause }),
    days,
    ...(due && { due }),
    ...(strict && { dayOne: strict.dayOne }),
    ...(code && code.date !== due && { dueCodeReading: code.date }),
    ...(dayCheck && !dayCheck.working && { receivedOnNonWorkingDay: dayCheck.reasons }),
    ...(extension && { extension }),
    ...(extendedTo && { extendedTo }),
    ...(sent && { sent }),
    ...(workingDaysUsed !== undefined && { workingDaysUsed }),
    late,
    lateOnlyStrictly,
    reason: '',
    ...(problems.length && { problem: problems[0] }),
  };
  info.reason = describe(info);
  return info;
}

/** FOIA s.1(3): the clock restarts when the clarification arrives. */
function clockStart(clock: Clock, received: string): { clockFrom: string; clarification?: DatedMention } {
  const clarified = /clarif/i.test(clock.text) ? findClarification(clock.blocks, clock.dates) : undefined;
  if (clarified && clarified.iso > received && (!clock.sent || clarified.iso <= clock.sent)) {
    return { clockFrom: clarified.iso, clarification: mention(clock.draft, clarified) };
  }
  return { clockFrom: received };
}

/** FOIA s.10(2): the working days from the fees notice to the payment do not count. */
function feesPauseOf(clock: Clock, clockFrom: string): DeadlineInfo['feesPause'] {
  const notice = /\bfees?\s+notice\b/i.test(clock.text) ? findFirst(clock.blocks, FEES_NOTICE, clock.dates) : undefined;
  const payment = notice && findFirst(clock.blocks, PAYMENT, clock.dates);
  if (!notice || !payment || notice.iso < clockFrom || payment.iso < notice.iso) return undefined;
  const between = clock.ok(cachedWorkingDaysBetween(notice.iso, payment.iso, clock.regime, clock.extraHolidays));
  return between && { notice: mention(clock.draft, notice), payment: mention(clock.draft, payment), workingDays: between.days };
}

/** The extension the letter claims, whether the law allows it, and the dates it gives. */
function extensionOf(clock: Clock, clockFrom: string, paused: number): Extension | undefined {
  const { draft, regime, extraHolidays, sent, dates } = clock;
  const found = MAY_EXTEND.test(clock.text) ? findExtension(clock.blocks) : undefined;
  if (!found) return undefined;
  const twentieth = clock.ok(cachedDeadline(clockFrom, regime, { days: 20 + paused, extraHolidays }))?.date;
  const scan = [found.block, ...(found.next && !dates(found.block).some((d) => d.iso > clockFrom) ? [found.next] : [])];
  const given = scan.flatMap((b) => dates(b).map((d) => ({ ...d, block: b }))).filter((d) => d.iso >= clockFrom);
  const claim = found.block.text;
  const allowed = found.kind === 'public-interest' ? regime === 'foia' : (regime === 'eir' || regime === 'eisr') && REGULATION_7.test(claim);
  const laterReply = LATER_REPLY.test(claim);
  const byDate = [...given].sort((x, y) => (x.iso < y.iso ? -1 : x.iso > y.iso ? 1 : 0));
  const holdingNotice = !laterReply && (HOLDING.test(claim) || (sent !== undefined && byDate.some((d) => d.iso > sent)));
  const extension: Extension = { kind: found.kind, block: found.block, range: found.block.range, allowed, holdingNotice };
  // A holding notice gives the estimate; a later reply dates the notice (its earliest date) and
  // repeats the estimate (its latest).
  const notified = laterReply && byDate.length ? byDate[0] : undefined;
  const last = byDate[byDate.length - 1];
  const estimate = found.kind === 'public-interest' && last && last !== notified ? last : undefined;
  if (estimate) {
    extension.estimate = mention(draft, estimate);
    const n = clock.ok(cachedWorkingDaysBetween(clockFrom, estimate.iso, regime, extraHolidays));
    if (n) extension.estimateWorkingDays = n.days;
  }
  if (notified) {
    extension.notified = mention(draft, notified);
    extension.notifiedLate = twentieth !== undefined && notified.iso > twentieth;
  }
  return extension;
}

const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

function describe(i: DeadlineInfo): string {
  if (!i.due) return `The deadline cannot be worked out: ${i.problem ?? 'the dates could not be read'}`;
  const from = i.clarification ? `the clarification received on ${formatDate(i.clockFrom)}` : `receipt on ${formatDate(i.received)}`;
  const dueText = `due by ${formatDate(i.due)}, the ${ordinal(i.days)} working day after ${from}`;
  const extra = i.extendedTo ? `; extended to ${formatDate(i.extendedTo)}` : '';
  if (!i.sent || i.workingDaysUsed === undefined) return `Reply ${dueText}${extra}.`;
  const used = `Dated ${formatDate(i.sent)}, working day ${i.workingDaysUsed}`;
  if (i.late) return `${used}: late (${dueText}${extra}).`;
  if (i.lateOnlyStrictly) {
    return `${used}: after the statutory deadline (${formatDate(i.due)}) but within the s.45 Code reading (${formatDate(i.dueCodeReading ?? i.due)}), because the request arrived on a non-working day.`;
  }
  return `${used}: in time (${dueText}${extra}).`;
}

export { ordinal };
