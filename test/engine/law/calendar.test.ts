import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { bankHolidayData } from '../../../server/src/engine/law/bank-holidays';
import {
  addWorkingDays,
  calendarYears,
  deadline,
  isWorkingDay,
  regimeDivisions,
  workingDaysBetween,
  type CalendarProblem,
} from '../../../server/src/engine/law/calendar';
import { formatIsoDate, isWeekend, parseIsoDate, weekdayName } from '../../../server/src/engine/law/iso-date';
import type { RegimeId } from '../../../server/src/engine/types';
import { RULES_2_2 } from './rules-md-tables';

const MONTHS: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
};

/** "Mon 01 Dec 2025 (Scot BH)" -> "2025-12-01", checking the weekday written in the table. */
function cellDate(cell: string): string {
  const m = /^(\w{3}) (\d{2}) (\w{3}) (\d{4})/.exec(cell.trim());
  assert.ok(m, `unreadable cell "${cell}"`);
  const iso = `${m[4]}-${MONTHS[m[3]]}-${m[2]}`;
  assert.equal(weekdayName(parseIsoDate(iso)!).slice(0, 3), m[1], `weekday in "${cell}"`);
  return iso;
}

interface Vector {
  received: string;
  strict: string;
  code: string;
  naive: string;
  foisa: string;
  forty: string;
}

const vectors: Vector[] = RULES_2_2.trim()
  .split('\n')
  .slice(2)
  .map((line) => {
    const [received, strict, code, naive, foisa, forty] = line.split('|').slice(1, -1).map(cellDate);
    return { received, strict, code, naive, foisa, forty };
  });

function ok<T extends { ok: boolean }>(r: T | CalendarProblem): T {
  if (!r.ok) assert.fail(`unexpected problem: ${(r as CalendarProblem).message}`);
  return r as T;
}

/** The wrong count the table warns about: England and Wales bank holidays only. */
function naiveEnglandAndWales(received: string, days: number): string {
  const holidays = new Set(bankHolidayData['england-and-wales'].events.map((e) => e.date));
  let day = parseIsoDate(received)!;
  for (let n = 0; n < days; ) {
    day++;
    if (!isWeekend(day) && !holidays.has(formatIsoDate(day))) n++;
  }
  return formatIsoDate(day);
}

describe('law/calendar', () => {
  it('reads all seven worked vectors of RULES.md §2.2', () => {
    assert.equal(vectors.length, 7);
  });

  describe('RULES.md §2.2 worked vectors', () => {
    for (const v of vectors) {
      it(`received ${v.received}`, () => {
        for (const regime of ['foia', 'eir'] as const) {
          assert.equal(ok(deadline(v.received, regime)).date, v.strict, `${regime} strict`);
          assert.equal(ok(deadline(v.received, regime, { codeReading: true })).date, v.code, `${regime} Code reading`);
          assert.equal(ok(deadline(v.received, regime, { days: 40 })).date, v.forty, `${regime} 40th`);
        }
        for (const regime of ['foisa', 'eisr'] as const) {
          assert.equal(ok(deadline(v.received, regime)).date, v.foisa, regime);
        }
        // The naive column is what an England-and-Wales-only count gives, and the FOIA answer must differ
        // from it whenever the two columns differ.
        assert.equal(naiveEnglandAndWales(v.received, 20), v.naive);
        if (v.naive !== v.strict) assert.notEqual(ok(deadline(v.received, 'foia')).date, v.naive);
        assert.equal(ok(workingDaysBetween(v.received, v.strict, 'foia')).days, 20);
      });
    }
  });

  it('counts 16 Mar 2014 -> 14 Apr 2014 as exactly 20 working days (St Patrick’s Day excluded)', () => {
    assert.equal(ok(workingDaysBetween('2014-03-16', '2014-04-14', 'foia')).days, 20);
    assert.equal(ok(deadline('2014-03-16', 'foia')).date, '2014-04-14');
    const patrick = ok(isWorkingDay('2014-03-17', 'foia'));
    assert.equal(patrick.working, false);
    assert.deepEqual(patrick.reasons, ['St Patrick’s Day (Northern Ireland)']);
    // The ICO's count, which missed the NI holiday, made it the 21st.
    assert.equal(naiveEnglandAndWales('2014-03-16', 20), '2014-04-11');
    assert.equal(ok(isWorkingDay('2014-03-17', 'foisa')).working, true);
  });

  it('excludes the 2014 NI and Scottish holidays an ICO count missed (RULES.md §10)', () => {
    assert.equal(ok(isWorkingDay('2014-07-14', 'foia')).working, false);
    assert.equal(ok(isWorkingDay('2014-08-04', 'foia')).working, false);
    assert.equal(ok(isWorkingDay('2014-08-04', 'foisa')).working, false);
    assert.equal(ok(isWorkingDay('2014-07-14', 'foisa')).working, true);
  });

  it('explains why a day is not a working day', () => {
    assert.deepEqual(ok(isWorkingDay('2025-12-20', 'foia')).reasons, ['Saturday']);
    assert.deepEqual(ok(isWorkingDay('2025-12-25', 'foia')).reasons, ['Christmas Day']);
    assert.deepEqual(ok(isWorkingDay('2026-04-03', 'foisa')).reasons, ['Good Friday']);
    assert.deepEqual(ok(isWorkingDay('2025-12-01', 'foia')).reasons, ['St Andrew’s Day (Scotland)']);
    assert.deepEqual(ok(isWorkingDay('2026-04-06', 'eir')).reasons, ['Easter Monday (England and Wales, Northern Ireland)']);
    assert.deepEqual(ok(isWorkingDay('2026-04-06', 'eisr')), { ok: true, date: '2026-04-06', working: true, reasons: [] });
    assert.deepEqual(ok(isWorkingDay('2026-07-01', 'foia', ['2026-07-01'])).reasons, ['an extra holiday in the configuration']);
    // Christmas Day on a Saturday: both reasons.
    assert.deepEqual(ok(isWorkingDay('2027-12-25', 'foia')).reasons, ['Saturday', 'Christmas Day']);
  });

  it('uses every division for FOIA/EIR and Scotland only for FOISA/EISR', () => {
    assert.deepEqual(regimeDivisions('foia'), ['england-and-wales', 'scotland', 'northern-ireland']);
    assert.deepEqual(regimeDivisions('eir'), ['england-and-wales', 'scotland', 'northern-ireland']);
    assert.deepEqual(regimeDivisions('foisa'), ['scotland']);
    assert.deepEqual(regimeDivisions('eisr'), ['scotland']);
  });

  it('starts counting on the first working day after receipt, whatever day receipt was', () => {
    const fromFriday = ok(deadline('2025-06-06', 'foia'));
    assert.equal(fromFriday.receipt, '2025-06-06');
    assert.equal(fromFriday.dayOne, '2025-06-09');
    const fromSaturday = ok(deadline('2025-12-20', 'foia'));
    assert.equal(fromSaturday.dayOne, '2025-12-22');
    const codeReading = ok(deadline('2025-12-20', 'foia', { codeReading: true }));
    assert.deepEqual(
      { receipt: codeReading.receipt, dayOne: codeReading.dayOne, days: codeReading.days, codeReading: codeReading.codeReading },
      { receipt: '2025-12-22', dayOne: '2025-12-23', days: 20, codeReading: true },
    );
    // The Code reading changes nothing for a receipt on a working day.
    assert.equal(ok(deadline('2025-06-06', 'foia', { codeReading: true })).date, fromFriday.date);
  });

  it('numbers the working day a reply is sent on', () => {
    // The published Barnet letter: received Tue 8 Sep 2020, dated Mon 5 Oct 2020 = 19th working day.
    assert.equal(ok(workingDaysBetween('2020-09-08', '2020-10-05', 'foia')).days, 19);
    assert.equal(ok(workingDaysBetween('2020-09-08', '2020-09-08', 'foia')).days, 0);
    assert.equal(ok(workingDaysBetween('2020-09-08', '2020-09-01', 'foia')).days, 0);
    // Sent on Saturday 12 Sep: Wed 9 to Fri 11 were working days 1-3.
    assert.equal(ok(workingDaysBetween('2020-09-08', '2020-09-12', 'foia')).days, 3);
    assert.equal(ok(workingDaysBetween('2025-12-20', '2026-01-22', 'foia')).days, 20);
    assert.equal(ok(workingDaysBetween('2025-12-20', '2026-01-22', 'foia', { codeReading: true })).days, 19);
  });

  it('adds working days, including zero', () => {
    assert.equal(ok(addWorkingDays('2025-12-20', 0, 'foia')).date, '2025-12-20');
    assert.equal(ok(addWorkingDays('2025-12-20', 0, 'foia', { codeReading: true })).date, '2025-12-22');
    assert.equal(ok(addWorkingDays('2025-12-20', 1, 'foia')).date, '2025-12-22');
    assert.equal(ok(addWorkingDays('2025-12-24', 1, 'foia')).date, '2025-12-29');
    assert.equal(ok(addWorkingDays('2025-12-31', 1, 'foia')).date, '2026-01-05');
    assert.equal(ok(addWorkingDays('2025-12-31', 1, 'foisa')).date, '2026-01-05');
    assert.equal(ok(addWorkingDays('2026-01-01', 1, 'foia')).date, '2026-01-05');
  });

  it('adds extra holidays from the schema', () => {
    const base = ok(deadline('2026-06-01', 'foia')).date;
    const withExtra = ok(deadline('2026-06-01', 'foia', { extraHolidays: ['2026-06-10'] })).date;
    assert.equal(base, '2026-06-29');
    assert.equal(withExtra, '2026-06-30');
    // An extra day at a weekend or after the deadline changes nothing.
    assert.equal(ok(deadline('2026-06-01', 'foia', { extraHolidays: ['2026-06-13', '2026-07-30'] })).date, base);
  });

  it('reports dates outside the table instead of guessing', () => {
    assert.deepEqual(calendarYears(), { first: 2014, last: 2030 });
    const late = deadline('2030-12-10', 'foia');
    assert.equal(late.ok, false);
    assert.equal((late as CalendarProblem).code, 'out-of-range');
    assert.equal((late as CalendarProblem).date, '2031-01-01');
    assert.match((late as CalendarProblem).message, /outside the bank-holiday table \(2014-2030\)/);
    assert.equal((isWorkingDay('2013-12-31', 'foia') as CalendarProblem).code, 'out-of-range');
    assert.equal((workingDaysBetween('2013-12-20', '2014-01-10', 'foia') as CalendarProblem).code, 'out-of-range');
    assert.equal((addWorkingDays('2030-12-31', 1, 'foisa') as CalendarProblem).code, 'out-of-range');
    // Nothing outside the table is needed: a reply on the day of receipt is day 0.
    assert.equal(ok(workingDaysBetween('2031-01-05', '2031-01-05', 'foia')).days, 0);
    // The last table days still count.
    assert.equal(ok(deadline('2030-11-01', 'foia')).date, '2030-11-29');
  });

  it('rejects malformed input with a clear message', () => {
    for (const bad of ['2025-02-30', '1/12/2025', '', '2025-1-1', '2025-12-01T00:00']) {
      const r = deadline(bad, 'foia') as CalendarProblem;
      assert.equal(r.ok, false, bad);
      assert.equal(r.code, 'invalid-date');
      assert.match(r.message, /YYYY-MM-DD/);
    }
    assert.equal((isWorkingDay('2025-13-01', 'foia') as CalendarProblem).code, 'invalid-date');
    assert.equal((workingDaysBetween('2025-12-01', 'soon', 'foia') as CalendarProblem).code, 'invalid-date');
    const extra = deadline('2025-12-01', 'foia', { extraHolidays: ['2025-12-32'] }) as CalendarProblem;
    assert.equal(extra.code, 'invalid-date');
    assert.match(extra.message, /extra holiday "2025-12-32"/);
    for (const n of [-1, 1.5, Number.NaN, 10_001]) {
      assert.equal((addWorkingDays('2025-12-01', n, 'foia') as CalendarProblem).code, 'invalid-argument', String(n));
    }
    assert.equal((deadline('2025-12-01', 'foia', { days: 0 }) as CalendarProblem).code, 'invalid-argument');
  });

  it('agrees with itself: the nth working day is working day number n (property)', () => {
    const first = parseIsoDate('2014-01-01')!;
    const last = parseIsoDate('2030-10-01')!;
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom<RegimeId>('foia', 'eir', 'foisa', 'eisr'),
        fc.boolean(),
        (day, n, regime, codeReading) => {
          const received = formatIsoDate(day);
          const nth = ok(addWorkingDays(received, n, regime, { codeReading }));
          assert.equal(ok(workingDaysBetween(received, nth.date, regime, { codeReading })).days, n);
          if (n > 0) {
            assert.equal(ok(isWorkingDay(nth.date, regime)).working, true);
            assert.equal(ok(deadline(received, regime, { days: n, codeReading })).date, nth.date);
          }
        },
      ),
      { numRuns: 300, seed: 20251201 },
    );
  });
});
