import { ordinal, type DeadlineInfo } from '../analysis/deadline';
import { formatDate } from '../parse/dates';
import type { RegimeId } from '../types';
import type { Rule, RuleContext } from './rule';

const TIME_LIMIT: Record<RegimeId, string> = {
  foia: 'FOIA section 10(1)',
  eir: 'EIR regulation 5(2)',
  foisa: 'FOISA section 10(1)',
  eisr: 'EISR regulation 5(2)',
};

const REGIME_SHORT: Record<RegimeId, string> = { foia: 'FOIA', eir: 'The EIR', foisa: 'FOISA', eisr: 'The EISR' };

export const lateResponse: Rule<'deadline' | 'refusal'> = {
  meta: {
    id: 'late-response',
    description: 'The letter is dated after the statutory deadline (20 working days, or a lawful extension), or claims an extension the law does not allow.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `An authority must reply promptly and in any event by the 20th working day following the date of
receipt (FOIA section 10(1); EIR regulation 5(2); FOISA section 10(1)). Day 1 is the first working day
after the day the request arrived. Late replies are the finding the ICO makes most often.

**Working days.** Saturdays, Sundays, Christmas Day, Good Friday and bank holidays are not working days.
For FOIA and the EIR that means bank holidays in *any* part of the UK (FOIA section 10(6)), so a London
council skips 2 January and St Andrew's Day (Scotland) and St Patrick's Day and 12 July (Northern Ireland).
For FOISA and the EISR only Scottish bank holidays count (FOISA section 73). The regime is the one the
letter is answered under (see \`wrong-regime\`). Days listed under \`holidays:\` in \`.foi.yaml\` are
also skipped; an office's own closure days are not (they are still working days in law).

**Receipt on a non-working day.** The ICO counts from the calendar day of receipt; the 2018 section 45 Code
of Practice is reported to treat such a request as received on the next working day, which gives one more
day. A letter after the later date is an error; between the two it is a warning. (The Code's exact wording
is not verified [U].)

**The clock restarts or pauses** when the letter says so:
- a clarification (FOIA section 1(3)): "we received your clarification on 3 March 2025" restarts the
  count from that date (that the restart runs through section 10(6)(b) is not verified [U]);
- a fees notice (section 10(2)): the working days from the date of the fees notice to the date the
  payment was received are left out.

**Extensions.**
- FOIA section 10(3), to consider the public interest: the holding notice must be sent within 20 working
  days, name the exemption relied on (a qualified one) and give an estimate of the date by which a decision
  is expected (section 17(2)); a letter without them is an error. An estimate more than 20 working days
  beyond the normal deadline is a warning: the ICO and the Code expect at most 20 more (the Code text is
  not verified [U]). The reply that follows is late only if it is dated after the estimate.
- EIR regulation 7: up to 40 working days when a request is both complex and voluminous; the requester
  must be told within 20 working days (the timing in regulation 7(3) is not verified [U]). The EIR have no
  public interest extension: an EIR letter claiming one is reported, and the 20 days still apply.
- FOISA has no public interest or complexity extension, as far as foi-lint knows [U]; the EISR's
  regulation 7 is taken to work like the EIR's [U].

**Fix:** send the reply by the date shown (hover the letter date for the count); if it is already late,
acknowledge the delay and apologise.`,
  },
  // The deadline applies to every refusal notice.
  checksGround: () => true,
  reads: ['deadline', 'refusal'],
  check(ctx) {
    const info = ctx.facts.deadline;
    const sentValue = ctx.draft.meta.sent;
    if (!info || !sentValue?.iso || !info.sent || info.sent < info.received) return;
    if (!info.due) {
      ctx.report({
        severity: 'info',
        message: `The deadline cannot be checked: ${info.problem ?? 'the dates could not be counted'}`,
        range: sentValue.range,
      });
      return;
    }
    checkExtension(ctx, info);
    const law = TIME_LIMIT[info.regime];
    const from = info.clarification
      ? `the clarification received on ${formatDate(info.clockFrom)}`
      : `the request was received on ${formatDate(info.received)}`;
    const used = info.workingDaysUsed !== undefined ? `, the ${ordinal(info.workingDaysUsed)} working day after ${from}` : '';
    const data = { due: info.due, sent: info.sent, workingDaysUsed: info.workingDaysUsed, regime: info.regime };
    if (info.late) {
      const extended = info.extension?.kind === 'public-interest' && info.extendedTo && !info.extension.holdingNotice;
      const limit = extended
        ? `the public interest decision was promised by ${formatDate(info.extendedTo!)}`
        : `the deadline was ${formatDate(info.dueCodeReading ?? info.due)} (${ordinal(info.days)} working day, ${info.days === 40 ? 'regulation 7' : law})`;
      ctx.report({
        message: `Late: the letter is dated ${formatDate(info.sent)}${used}; ${limit}. Acknowledge the delay and apologise.`,
        range: sentValue.range,
        data,
      });
    } else if (info.lateOnlyStrictly) {
      ctx.report({
        severity: 'warning',
        message:
          `The request arrived on a non-working day (${(info.receivedOnNonWorkingDay ?? []).join(', ')}): counted from that day, ` +
          `the deadline was ${formatDate(info.due)} (${law}), and the letter is dated ${formatDate(info.sent)}. It is in time only ` +
          `under the s.45 Code reading (deadline ${formatDate(info.dueCodeReading ?? info.due)}), which the ICO may not accept.`,
        range: sentValue.range,
        data,
      });
    }
  },
};

function checkExtension(ctx: RuleContext<'refusal'>, info: DeadlineInfo): void {
  const ext = info.extension;
  if (!ext) return;
  const regime = info.regime;
  const name = REGIME_SHORT[regime];
  if (ext.kind === 'public-interest' && regime !== 'foia') {
    ctx.report({
      severity: 'warning',
      message:
        regime === 'foisa'
          ? 'FOISA has no extension to consider the public interest: the reply is due within 20 working days.'
          : `${name} have no public interest extension: the only extension is to 40 working days for a complex and voluminous request (regulation 7). The reply is due within 20 working days.`,
      range: ext.range,
    });
    return;
  }
  if (ext.kind === 'complex-and-voluminous' && !ext.allowed) {
    ctx.report({
      severity: 'warning',
      message:
        regime === 'eir' || regime === 'eisr'
          ? 'An extension for a complex request must rely on regulation 7 and say the request is complex and voluminous (up to 40 working days).'
          : `${name} allows no extra time because a request is complex or large${regime === 'foia' ? ' (only to consider the public interest, section 10(3))' : ''}: the reply is due within 20 working days, or refuse it under section 12 if it would exceed the cost limit.`,
      range: ext.range,
    });
    return;
  }
  if (ext.kind !== 'public-interest') return;
  const qualified = ctx.facts.refusal.grounds.filter((g) => g.ground.publicInterestTest !== 'not-required');
  if (!qualified.length) {
    ctx.report({
      message:
        'A public interest extension must name the exemption relied on, and it must be one subject to the public interest test (FOIA sections 10(3), 17(1) and 17(2)).',
      range: ext.range,
    });
  }
  if (!ext.estimate) {
    if (ext.holdingNotice) {
      ctx.report({
        message: 'The holding notice must give an estimate of the date by which the public interest decision will be made (FOIA section 17(2)).',
        range: ext.range,
      });
    }
    return;
  }
  if (ext.estimateWorkingDays !== undefined && ext.estimateWorkingDays > 40) {
    ctx.report({
      severity: 'warning',
      message: `The estimated date, ${formatDate(ext.estimate.date)}, is working day ${ext.estimateWorkingDays}: more than 20 working days beyond the normal deadline, which the ICO expects only in exceptional cases.`,
      range: ext.estimate.range,
    });
  }
}
