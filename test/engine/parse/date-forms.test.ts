import * as assert from 'node:assert/strict';
import { completeYear, findDateForms, nearestFullDate, readDateForm } from '../../../server/src/engine/parse/recognisers/date-forms';

// [text as found in a reply, the date read (YYYY-MM-DD, "--MM-DD" without a year, undefined for none), a time after it]
const FORMS: [string, string | undefined, boolean?][] = [
  ['15th November 2024', '2024-11-15'],
  ['Thu 24 October 2019', '2019-10-24'],
  ['Thu 14 November 20191. Do you conduct an audit', '2019-11-14'],
  ['10 June, 2020', '2020-06-10'],
  ['13-Jan-2009', '2009-01-13'],
  ['18, May 2018', '2018-05-18'],
  ['22^nd October 2010.', '2010-10-22'],
  ['29th July 2013', '2013-07-29'],
  ['09 Nov 2012', '2012-11-09'],
  ['January 2, 2019', '2019-01-02'],
  ['June 11, 2018', '2018-06-11'],
  ['22/01/2014', '2014-01-22'],
  ['19/9/2013, you asked', '2013-09-19'],
  ['05/11/25 |', '2025-11-05'],
  ['16.12.14. We are currently', '2014-12-16'],
  ['05-07-2022', '2022-07-05'],
  ['2020-04-27', '2020-04-27'],
  ['07/01/2021 09:08:44', '2021-01-07', true],
  ['2 Dec 2024 08:47', '2024-12-02', true],
  ['23/06/2023 12:00 am', '2023-06-23', true],
  ['Monday 3 March', '--03-03'],
  ['12 May in which you requested', '--05-12'],
  ['31 September 2020', 'invalid'],
  ['1299', undefined],
  ['2018-2019 Trawscymru Annual report', undefined],
  ['Mayor of London', undefined],
  ['12/2020', undefined],
  ['1.4.16 and (ii) 1.4.17', '2016-04-01'],
];

describe('date forms', () => {
  for (const [text, want, timed] of FORMS) {
    it(`reads “${text}”`, () => {
      const d = readDateForm(text, 0);
      if (want === undefined) return assert.equal(d, undefined);
      assert.ok(d, 'a date');
      if (want === 'invalid') return assert.equal(d.iso, undefined);
      if (want.startsWith('--')) {
        assert.equal(d.year, undefined);
        assert.equal(`--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, want);
      } else assert.equal(d.iso, want);
      assert.equal(d.timed, timed ?? false);
    });
  }

  it('reads dates run together by text extraction one after another', () => {
    const row = '1 April 20141 May 201429 April 2014For all of these requests';
    const first = readDateForm(row, 0)!;
    const second = readDateForm(row, first.length)!;
    const third = readDateForm(row, first.length + second.length)!;
    assert.deepEqual([first.iso, second.iso, third.iso], ['2014-04-01', '2014-05-01', '2014-04-29']);
  });

  it('gives a day and month the year that puts it on or before the letter', () => {
    const may12 = readDateForm('12 May', 0)!;
    assert.equal(completeYear(may12, '2020-06-10'), '2020-05-12');
    const dec = readDateForm('18 December', 0)!;
    assert.equal(completeYear(dec, '2021-01-13'), '2020-12-18');
  });

  it('gives a day and month the year that puts it nearest another date close by, not necessarily before it', () => {
    const received = readDateForm('15 September', 0)!;
    assert.equal(completeYear(received, '2021-09-14', true), '2021-09-15');
    const dec = readDateForm('28 December', 0)!;
    assert.equal(completeYear(dec, '2015-01-05', true), '2014-12-28');
  });

  it('finds every date and the full date nearest a point', () => {
    const text = 'acknowledgement of 4 October we can now respond to your request of 28 September, clarified on 4 October 2016';
    assert.deepEqual(findDateForms(text).map((d) => d.text), ['4 October', '28 September', '4 October 2016']);
    assert.equal(nearestFullDate(text, text.indexOf('28 September')), '2016-10-04');
    assert.equal(nearestFullDate('your email of 12 May', 5), undefined);
    // A date pages away says nothing of this one's year.
    const far = `your email of 28 July ${'and more words '.repeat(40)}between 1st April 2012 and 31st March 2013`;
    assert.equal(nearestFullDate(far, far.indexOf('28 July')), undefined);
  });
});
