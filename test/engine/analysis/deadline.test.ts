import * as assert from 'node:assert/strict';
import { draftFacts } from '../../../server/src/engine/analysis/facts';
import { parseDraft } from '../../../server/src/engine/parse/draft';
import { baseSchema } from '../../../server/src/engine/schema/load';
import type { Schema } from '../../../server/src/engine/schema/types';
import { AI_RECRUITMENT, draft, edit, example } from '../drafts';
import { letter, settings } from '../letters';

// The deadline fact the late-response rule, hover, code lens and status bar share.

const info = (text: string, schema: Schema = baseSchema('foia')) => draftFacts(parseDraft(text, schema), schema).deadline;

const FOIA = 'the Freedom of Information Act 2000';
const FOISA = 'the Freedom of Information (Scotland) Act 2002';

describe('analysis: deadline', () => {
  it('gives the due date and the working day of the AI-recruitment letter (19th of 20)', () => {
    const d = info(example(AI_RECRUITMENT))!;
    assert.equal(d.received, '2020-09-08');
    assert.equal(d.due, '2020-10-06');
    assert.equal(d.dayOne, '2020-09-09');
    assert.equal(d.workingDaysUsed, 19);
    assert.equal(d.late, false);
    assert.match(d.reason, /working day 19: in time \(due by 6 October 2020/);
  });

  it('follows the RULES.md test vectors: strict, s.45 Code and FOISA readings', () => {
    // Received, strict 20th working day, Code reading, FOISA (Scottish holidays only).
    const vectors: [string, string, string, string][] = [
      ['1 December 2025', '2025-12-31', '2026-01-05', '2025-12-31'],
      ['19 December 2025', '2026-01-22', '2026-01-22', '2026-01-22'],
      ['20 December 2025', '2026-01-22', '2026-01-23', '2026-01-22'],
      ['13 March 2026', '2026-04-15', '2026-04-15', '2026-04-13'],
      ['3 July 2026', '2026-08-04', '2026-08-04', '2026-07-31'],
      ['20 November 2026', '2026-12-21', '2026-12-21', '2026-12-21'],
      ['15 March 2024', '2024-04-17', '2024-04-17', '2024-04-15'],
    ];
    for (const [received, strict, code, foisa] of vectors) {
      const d = info(letter({ received, sent: received, act: FOIA }))!;
      assert.equal(d.due, strict, `strict, received ${received}`);
      assert.equal(d.dueCodeReading ?? d.due, code, `Code reading, received ${received}`);
      const s = info(letter({ received, sent: received, act: FOISA }))!;
      assert.equal(s.regime, 'foisa');
      assert.equal(s.due, foisa, `FOISA, received ${received}`);
    }
  });

  it('says why the day of receipt is not a working day', () => {
    const d = info(letter({ received: '1 December 2025', sent: '2 December 2025', act: FOIA }))!;
    assert.ok(d.receivedOnNonWorkingDay?.some((r) => /Scotland/.test(r)), String(d.receivedOnNonWorkingDay));
  });

  it("adds the settings' holidays to the non-working days", () => {
    const text = edit(example(AI_RECRUITMENT), '5 October 2020', '7 October 2020');
    assert.equal(info(text)!.late, true);
    const withHoliday = info(text, settings('holidays: [2020-09-21]'))!;
    assert.equal(withHoliday.due, '2020-10-07');
    assert.equal(withHoliday.workingDaysUsed, 20);
    assert.equal(withHoliday.late, false);
  });

  it('restarts the clock on the clarification, not on the date it was asked for', () => {
    const d = info(draft('foia-clarification.md'))!;
    assert.equal(d.clockFrom, '2025-01-15');
    assert.equal(d.clarification?.date, '2025-01-15');
    assert.equal(d.workingDaysUsed, 19);
    assert.equal(d.late, false);
  });

  it('leaves out the working days between a fees notice and the payment', () => {
    const text = letter({
      received: '6 January 2025',
      sent: '7 February 2025',
      act: FOIA,
      response:
        'We sent you a fees notice on 10 January 2025 for the cost of copying. We received your payment on 17 January 2025. The council employed 1,204 staff on 31 March.',
    });
    const d = info(text)!;
    assert.deepEqual([d.feesPause?.notice.date, d.feesPause?.payment.date, d.feesPause?.workingDays], ['2025-01-10', '2025-01-17', 5]);
    // 20 working days plus the 5 paused: 10 February rather than 3 February.
    assert.equal(d.due, '2025-02-10');
    assert.equal(d.workingDaysUsed, 19);
    assert.equal(d.late, false);
  });

  it('counts a FOIA reply after a public interest extension against the estimated date', () => {
    const d = info(draft('foia-s43-pit-extension.md'))!;
    assert.equal(d.extension?.kind, 'public-interest');
    assert.equal(d.extension?.holdingNotice, false);
    assert.equal(d.extension?.estimate?.date, '2025-03-28');
    assert.equal(d.extension?.notified?.date, '2025-02-28');
    assert.equal(d.extendedTo, '2025-03-28');
    assert.equal(d.workingDaysUsed, 36);
    assert.equal(d.late, false);
  });

  it('gives an EIR reply after a regulation 7 extension 40 working days', () => {
    const d = info(draft('eir-reg7-highways.md'))!;
    assert.equal(d.regime, 'eir');
    assert.equal(d.days, 40);
    assert.equal(d.due, '2025-05-01');
    assert.equal(d.late, false);
  });

  it('is undefined without a date of receipt, and explains dates outside the bank-holiday table', () => {
    assert.equal(info(edit(example(AI_RECRUITMENT), ' received on 8 September 2020', '')), undefined);
    const far = info(letter({ received: '3 March 2099', sent: '4 March 2099', act: FOIA }))!;
    assert.equal(far.due, undefined);
    assert.match(far.reason, /cannot be worked out/);
  });
});
