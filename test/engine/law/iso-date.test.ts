import * as assert from 'node:assert/strict';
import { dayOf, formatIsoDate, isWeekend, parseIsoDate, weekdayName, yearOf } from '../../../server/src/engine/law/iso-date';

// Calendar dates as day numbers in UTC: the one check that a YYYY-MM-DD date is real.
describe('law iso-date', () => {
  it('reads real dates only', () => {
    assert.equal(parseIsoDate('1970-01-01'), 0);
    assert.equal(parseIsoDate('2024-02-29'), dayOf(2024, 2, 29));
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-1-5', '5 March 2025', '']) {
      assert.equal(parseIsoDate(bad), undefined, bad);
    }
  });

  it('round-trips and names the day', () => {
    const day = parseIsoDate('2026-11-29')!;
    assert.equal(formatIsoDate(day), '2026-11-29');
    assert.equal(weekdayName(day), 'Sunday');
    assert.equal(isWeekend(day), true);
    assert.equal(isWeekend(day + 1), false);
    assert.equal(yearOf(day), 2026);
    assert.equal(weekdayName(parseIsoDate('1969-12-31')!), 'Wednesday', 'days before 1970 too');
  });

  it('gives the year of every day from 1800 to 2200, year ends and leap days included', () => {
    for (let day = dayOf(1800, 1, 1); day <= dayOf(2200, 12, 31); day++) {
      const expected = new Date(day * 86_400_000).getUTCFullYear();
      if (yearOf(day) !== expected) assert.fail(`${formatIsoDate(day)}: ${yearOf(day)}`);
    }
    assert.equal(yearOf(dayOf(2024, 2, 29)), 2024);
    assert.equal(yearOf(dayOf(1969, 12, 31)), 1969);
  });
});
