import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bankHolidayData } from '../../../server/src/engine/law/bank-holidays';
import {
  DIVISIONS,
  PROCLAMATIONS,
  TABLE_FIRST_YEAR,
  TABLE_LAST_YEAR,
  easterSunday,
  formatBankHolidays,
  generateBankHolidays,
  type Division,
} from '../../../server/src/engine/law/holiday-rules';
import { formatIsoDate, isWeekend, parseIsoDate } from '../../../server/src/engine/law/iso-date';
import { GOVUK_EW_2014_2017, RULES_9_4, RULES_9_5 } from './rules-md-tables';

const MONTHS: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
};

/** "08 May†" in year 2020 -> "2020-05-08". */
function isoFromCell(year: string, cell: string): string {
  const m = /^(\d{2}) ([A-Z][a-z]{2})/.exec(cell.trim());
  assert.ok(m, `unreadable date "${cell}"`);
  return `${year}-${MONTHS[m[2]]}-${m[1]}`;
}

function tableRows(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()));
}

function datesIn(division: Division, year: number): string[] {
  return bankHolidayData[division].events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => e.date);
}

describe('law/bank-holidays.json', () => {
  it('is exactly what the generator produces for the table years', () => {
    assert.deepEqual(bankHolidayData, generateBankHolidays(TABLE_FIRST_YEAR, TABLE_LAST_YEAR));
  });

  it('regenerates byte for byte with the generate-holidays script', function () {
    this.timeout(10_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'foi-holidays-'));
    try {
      const out = path.join(dir, 'bank-holidays.json');
      execFileSync(process.execPath, [path.resolve(__dirname, '../../../../scripts/generate-holidays.js'), '--out', out]);
      const shipped = readFileSync(path.resolve(__dirname, '../../../../server/src/engine/law/bank-holidays.json'), 'utf8');
      assert.equal(readFileSync(out, 'utf8'), shipped);
      assert.equal(shipped, formatBankHolidays(generateBankHolidays()));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has the gov.uk shape and covers 2014 to 2030 in every division', () => {
    assert.deepEqual(Object.keys(bankHolidayData).sort(), [...DIVISIONS].sort());
    for (const division of DIVISIONS) {
      const { events } = bankHolidayData[division];
      assert.equal(bankHolidayData[division].division, division);
      for (let year = 2014; year <= 2030; year++) assert.ok(datesIn(division, year).length >= 8, `${division} ${year}`);
      for (const [i, e] of events.entries()) {
        assert.deepEqual(Object.keys(e), ['title', 'date', 'notes', 'bunting']);
        assert.ok(parseIsoDate(e.date) !== undefined, e.date);
        assert.ok(!isWeekend(parseIsoDate(e.date)!), `${division} ${e.date} ${e.title} falls at a weekend`);
        assert.ok(e.notes === '' || e.notes === 'Substitute day', e.notes);
        if (i > 0) assert.ok(events[i - 1].date < e.date, `${division}: ${events[i - 1].date} then ${e.date}`);
      }
    }
  });

  it('equals RULES.md §9.4 for 2018-2027 in every division, † days being the proclamations', () => {
    const rows = tableRows(RULES_9_4);
    assert.equal(rows.length, 10);
    const daggers = new Set<string>();
    for (const [year, ew, scot, ni] of rows) {
      for (const [division, cell] of [
        ['england-and-wales', ew],
        ['scotland', scot],
        ['northern-ireland', ni],
      ] as const) {
        const expected = cell.split(',').map((d) => isoFromCell(year, d));
        for (const d of cell.split(',')) if (d.includes('†')) daggers.add(isoFromCell(year, d));
        assert.deepEqual(datesIn(division, Number(year)), expected, `${division} ${year}`);
      }
    }
    assert.deepEqual([...daggers].sort(), PROCLAMATIONS.map((p) => p.date).sort());
  });

  it('gives the FOIA union of weekdays in RULES.md §9.5, with the (Scot)/(NI) marks right', () => {
    for (const [year, cell] of tableRows(RULES_9_5)) {
      const expected = cell.split(',').map((d) => ({ date: isoFromCell(year, d), mark: /\((\w+)\)/.exec(d)?.[1] }));
      const union = [...new Set(DIVISIONS.flatMap((d) => datesIn(d, Number(year))))].sort();
      assert.deepEqual(union, expected.map((e) => e.date), year);
      for (const { date, mark } of expected) {
        const holders = DIVISIONS.filter((d) => bankHolidayData[d].events.some((e) => e.date === date));
        const want = mark === 'Scot' ? ['scotland'] : mark === 'NI' ? ['northern-ireland'] : undefined;
        if (want) assert.deepEqual(holders, want, `${date} (${mark})`);
        else assert.ok(holders.includes('england-and-wales'), `${date} should be an E&W holiday`);
      }
    }
  });

  it('matches the gov.uk England and Wales data for the rule-derived years 2014-2017', () => {
    const actual = bankHolidayData['england-and-wales'].events
      .filter((e) => e.date >= '2014' && e.date < '2018')
      .map(({ title, date, notes }) => ({ title, date, notes }));
    assert.deepEqual(actual, GOVUK_EW_2014_2017);
  });

  it('applies the substitute-day rules for Scotland and Northern Ireland in rule-derived years', () => {
    // 2014: 12 Jul was a Saturday (NI holiday on Mon 14 Jul); Scotland's summer holiday was Mon 4 Aug
    // (the days an ICO count missed, RULES.md §10, Monitor FTT 2015).
    assert.ok(datesIn('northern-ireland', 2014).includes('2014-07-14'));
    assert.ok(datesIn('scotland', 2014).includes('2014-08-04'));
    // St Andrew's Day on a Sunday (2014) or Saturday (2030) moves to Monday.
    assert.ok(datesIn('scotland', 2014).includes('2014-12-01'));
    assert.ok(datesIn('scotland', 2030).includes('2030-12-02'));
    // New Year's Day on Saturday 2028: Mon 3 Jan; 2nd January (Sunday): Tue 4 Jan.
    assert.deepEqual(datesIn('scotland', 2028).slice(0, 2), ['2028-01-03', '2028-01-04']);
    // St Patrick's Day on Saturday 2029 -> Monday 19 March.
    assert.ok(datesIn('northern-ireland', 2029).includes('2029-03-19'));
    // Easter Monday is not a Scottish bank holiday.
    assert.ok(!datesIn('scotland', 2030).includes('2030-04-22'));
    assert.ok(datesIn('england-and-wales', 2030).includes('2030-04-22'));
  });

  it('names and marks substitute days as gov.uk does', () => {
    const scot2023 = bankHolidayData.scotland.events.filter((e) => e.date.startsWith('2023-01'));
    assert.deepEqual(
      scot2023.map(({ title, date, notes }) => [title, date, notes]),
      [
        ['New Year’s Day', '2023-01-02', 'Substitute day'],
        ['2nd January', '2023-01-03', 'Substitute day'],
      ],
    );
    const ew2022 = bankHolidayData['england-and-wales'].events.filter((e) => e.date.startsWith('2022-12'));
    assert.deepEqual(
      ew2022.map(({ title, date, notes }) => [title, date, notes]),
      [
        ['Boxing Day', '2022-12-26', ''],
        ['Christmas Day', '2022-12-27', 'Substitute day'],
      ],
    );
    const funeral = bankHolidayData['northern-ireland'].events.find((e) => e.date === '2022-09-19');
    assert.equal(funeral?.title, 'Bank Holiday for the State Funeral of Queen Elizabeth II');
    // The 2020 Early May holiday moved to VE Day: Mon 4 May 2020 is not a holiday.
    assert.ok(!datesIn('england-and-wales', 2020).includes('2020-05-04'));
  });

  it('computes Easter with a correct Computus', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // earliest possible date
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2014: '2014-04-20',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2038: '2038-04-25', // latest possible date
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) assert.equal(formatIsoDate(easterSunday(Number(year))), date, year);
  });

  it('refuses years whose one-off proclamations it does not know', () => {
    assert.throws(() => generateBankHolidays(2012, 2014), /from 2013/);
    assert.throws(() => generateBankHolidays(2020, 2019), RangeError);
  });
});
