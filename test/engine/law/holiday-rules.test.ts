import * as assert from 'node:assert/strict';
import { formatIsoDate } from '../../../server/src/engine/law/iso-date';
import { easterSunday, generateBankHolidays, PROCLAMATIONS } from '../../../server/src/engine/law/holiday-rules';

// The statutory rules behind the bank-holiday table: Easter, substitute days, proclamations.
describe('law holiday-rules', () => {
  it('computes Easter Sunday', () => {
    const known: Record<number, string> = { 2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2038: '2038-04-25' };
    for (const [year, date] of Object.entries(known)) assert.equal(formatIsoDate(easterSunday(Number(year))), date);
  });

  it('moves Christmas on a weekend to the next working days, and keeps Scotland’s own days', () => {
    const data = generateBankHolidays(2022, 2022);
    const ew = data['england-and-wales'].events.map((e) => e.date);
    // 25 December 2022 was a Sunday: Boxing Day on the Monday, Christmas substitute on the Tuesday.
    assert.ok(ew.includes('2022-12-26') && ew.includes('2022-12-27'), ew.join(', '));
    const scotland = data.scotland.events.map((e) => e.title);
    assert.ok(scotland.some((t) => /St Andrew/.test(t)), scotland.join(', '));
    assert.ok(!data['england-and-wales'].events.some((e) => /St Andrew/.test(e.title)));
  });

  it('includes the proclaimed one-off days', () => {
    const funeral = PROCLAMATIONS.find((p) => /funeral/i.test(p.title));
    assert.ok(funeral, 'the State Funeral of Queen Elizabeth II');
    const ew = generateBankHolidays(2022, 2022)['england-and-wales'].events.map((e) => e.date);
    assert.ok(ew.includes('2022-09-19'));
  });
});
