import * as assert from 'node:assert/strict';
import { ofRule, run } from '../drafts';

const found = (text: string) => ofRule(run(text), 'period-mismatch');

// A hospital trust's published reply: calendar years asked for, financial years given.
const TRUST = (answer: string, ask = 'Please provide figures for 2017 and 2018 broken down into each year.') =>
  [
    'Dear Requester,',
    '',
    'Thank you for your request received on 2 January 2019. You asked:',
    '',
    `1. How many parking fines have been appealed? ${ask}`,
    '',
    'We have processed this request under the Freedom of Information Act 2000.',
    '',
    '## Response',
    '',
    answer,
    '',
  ].join('\n');

describe('rule: period-mismatch', () => {
  it('warns when calendar years are answered with financial years, on the first one', () => {
    const text = TRUST('2016/17 – 76 staff, 18 patients/visitors\n\n2017/18 – 84 staff, 20 patients/visitors');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /asks for 2017 and 2018 \(calendar years\) but the answer gives 2016\/17 and 2017\/18/);
    const line = text.split('\n')[f.range.start.line];
    assert.equal(line.slice(f.range.start.character, f.range.end.character), '2016/17');
  });

  it('accepts an answer that says why, a request for financial or academic years, and matching years', () => {
    assert.deepEqual(found(TRUST('Appeals are recorded by financial year, so the figures are: 2016/17 – 76; 2017/18 – 84.')), []);
    // A council's request by the year ending 31 March, answered by fiscal year.
    assert.deepEqual(found(TRUST('2022/23 fiscal year: zero', 'I would like data for each of the last three years, with a year-end March 31st 2023.')), []);
    assert.deepEqual(found(TRUST('2021-22: 18\n\n2022-23: 23', 'Please give figures for the 2021-22 and 2022-23 academic years.')), []);
    assert.deepEqual(found(TRUST('In 2017 there were 76 appeals and in 2018 there were 84.')), []);
  });

  it('warns when a table of years starts later or stops earlier than the range asked for', () => {
    const ask = 'Please provide the number of appeals for each year between 2014 and 2018.';
    const text = TRUST('2016: 76\n2017: 84\n2018: 90', ask);
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /asks for 2014 to 2018 but the figures given are for 2016 to 2018/);
    assert.equal(f.range.start.line + 1, text.split('\n').indexOf('2016: 76') + 1);
    assert.match(found(TRUST('| Year | Appeals |\n|---|---|\n| 2014 | 70 |\n| 2015 | 76 |', ask))[0]?.message ?? '', /2014 to 2015/);
  });

  it('accepts the whole range, a reason for the missing years, and a last year not yet over', () => {
    const ask = 'Please provide the number of appeals for each year between 2014 and 2018.';
    assert.deepEqual(found(TRUST('2014: 70\n2015: 72\n2016: 76\n2017: 84\n2018: 90', ask)), []);
    assert.deepEqual(found(TRUST('Our records only go back to 2016, when the current system was introduced.\n\n2016: 76\n2017: 84\n2018: 90', ask)), []);
    // The request was received on 2 January 2019 (the reply has no date): 2019 is not over.
    assert.deepEqual(found(TRUST('2017: 84\n2018: 90', 'Please give the figures from 2017 to 2019.')), []);
  });

  it('reads relative periods against the year the request was received (2 January 2019)', () => {
    const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `${from + k}: ${10 + k}`).join('\n\n');
    const [late] = found(TRUST(rows(2016, 2018), 'Please provide figures for each of the last five years.'));
    assert.equal(late.severity, 'warning');
    assert.match(late.message, /asks for the last five years \(from 2014 or 2015\) but the figures given are for 2016 to 2018/);
    // Five years ending with the year received, or with the one before: both are the last five years.
    assert.deepEqual(found(TRUST(rows(2014, 2018), 'Please provide figures for each of the last five years.')), []);
    assert.deepEqual(found(TRUST(rows(2015, 2019), 'Please provide figures for each of the last five years.')), []);
    const [since] = found(TRUST(rows(2017, 2018), 'Please provide figures since January 2015, by year.'));
    assert.match(since.message, /asks for figures since 2015 but the figures given are for 2017 to 2018/);
    assert.deepEqual(found(TRUST(rows(2015, 2018), 'Please provide figures from 2015 to date, by year.')), []);
    // A reason given for the shorter period is enough.
    assert.deepEqual(found(TRUST(`Records are kept for three years only.\n\n${rows(2016, 2018)}`, 'Please provide figures for each of the last five years.')), []);
  });

  it('does not read a relative period without the date the request was received', () => {
    const text = TRUST('2016: 10\n\n2017: 11', 'Please provide figures for each of the last five years.').replace(' received on 2 January 2019', '');
    assert.deepEqual(found(text), []);
  });

  it('checks a range of months against rows of figures by month', () => {
    const ask = 'Please provide monthly figures between January and June 2018.';
    const [f] = found(TRUST('January: 4\n\nFebruary: 6\n\nMarch: 5', ask));
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /asks for January 2018 to June 2018 but the figures given are for January 2018 to March 2018/);
    assert.equal(f.range.start.line, 10);
    assert.deepEqual(found(TRUST('January: 4\n\nFebruary: 6\n\nMarch: 5\n\nApril: 2\n\nMay: 1\n\nJune: 3', ask)), []);
    // Over a new year, with the year on each row.
    const [later] = found(TRUST('June 2017: 4\n\nJuly 2017: 2\n\nAugust 2017: 1', 'Please provide monthly figures from April 2017 to March 2018.'));
    assert.match(later.message, /figures given are for June 2017 to August 2017/);
    assert.deepEqual(found(TRUST('The system was introduced in March 2018.\n\nMarch: 5\n\nApril: 2', ask)), []);
  });
});
