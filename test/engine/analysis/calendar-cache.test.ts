import * as assert from 'node:assert/strict';
import { cachedDeadline, cachedIsWorkingDay, cachedWorkingDaysBetween } from '../../../server/src/engine/analysis/calendar-cache';
import { deadline, workingDaysBetween } from '../../../server/src/engine/law/calendar';

// Calendar counts remembered across keystrokes: the same answers as the calendar, shared.
describe('analysis: calendar-cache', () => {
  it('answers as the calendar does, and the same object for the same question', () => {
    const opts = { days: 20, extraHolidays: ['2024-04-02'] };
    const first = cachedDeadline('2024-03-15', 'foia', opts);
    assert.deepEqual(first, deadline('2024-03-15', 'foia', opts));
    assert.equal(cachedDeadline('2024-03-15', 'foia', { days: 20, extraHolidays: ['2024-04-02'] }), first);
    assert.notEqual(cachedDeadline('2024-03-15', 'foisa', opts), first, 'the regime is part of the question');
    assert.deepEqual(cachedWorkingDaysBetween('2024-03-15', '2024-04-02', 'foia', []), workingDaysBetween('2024-03-15', '2024-04-02', 'foia', { extraHolidays: [] }));
  });

  it('passes problems through', () => {
    const r = cachedIsWorkingDay('2024-02-30', 'foia', []);
    assert.equal(r.ok, false);
  });
});
