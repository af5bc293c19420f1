import * as assert from 'node:assert/strict';
import { readFootDate, readLetterDate } from '../../../server/src/engine/parse/recognisers/letter-date';

// [letterhead as extracted, the letter's date, or undefined]
const HEADERS: [string, string | undefined][] = [
  ['Copies of the Annual report.\n\n7 June 2022\nRequest for Information - ATISN 16301\nThank you for your request', '2022-06-07'],
  ['Our Ref\nFOIR 1640/09\n 27 August 2009\nDear Mr Baker', '2009-08-27'],
  ['Via whatdotheyknow.com\n10 June, 2020\nxxxxxxxx@xxxxxxx.xxx Dear Dr Briant,', '2020-06-10'],
  ['Mr G A Burman\nVia e-mail to : 29 October 2010\nDear Mr Burman', '2010-10-29'],
  ['SW1P 4DF www.gov.uk 14 December 2015 Dear Mr Donovan, Thank you for your e-mail of 15 November 2015', '2015-12-14'],
  ['Ref: Army/Sec/17/3/80405/FOI2018/05500 xxxxxxxxxxxx 22 May 2018 xxxxxxxxxxxxxxxx Dear xxxxxxx, Thank you', '2018-05-22'],
  // Dates a page gives for something else.
  ['Publication date: \nTuesday 20 June 2023\nRequest:', undefined],
  ['- Published\n- 4 February 2021', undefined],
  ['FOI 2289 - E-bike fires\n\n2 Dec 2024 08:47\n\nPublished date: 15/01/2024', undefined],
  ['Please provide a full breakdown of how much responding to the protests cost the force over the period.\nFull Refusal\n02 November 2021', undefined],
  ['On 2 May 2020 you asked for Dear Sirs', undefined],
];

describe('the letter date of a header', () => {
  for (const [text, want] of HEADERS) {
    it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
      const lines = text.split('\n');
      assert.equal(readLetterDate(lines, 0, lines.length)?.date.iso, want);
    });
  }

  it('leaves a line that holds a labelled date to its label', () => {
    const lines = ['Request Date', 'January 2, 2019', 'Subject'];
    assert.equal(readLetterDate(lines, 0, lines.length, new Set([1]))?.date.iso, undefined);
  });
});

describe('the letter date at its foot', () => {
  const FEET: [string, string | undefined][] = [
    ['Thank you.\n\nYours sincerely\n\nA Officer\nInformation Governance\n\n24 January 2024\n', '2024-01-24'],
    ['Kind regards\nA Officer\n3 March 2025', '2025-03-03'],
    ['Yours faithfully\nA Officer\nEnclosure: minutes\nMeeting date:\n12 May 2024', undefined],
    ['Yours sincerely\nA Officer\n2 Dec 2024 08:47', undefined],
    ['The figures for 1 April 2023 are attached.', undefined],
  ];
  for (const [text, want] of FEET) {
    it(`reads ${JSON.stringify(text.slice(0, 50))}`, () => {
      assert.equal(readFootDate(text.split('\n'), 0)?.date.iso, want);
    });
  }
});
