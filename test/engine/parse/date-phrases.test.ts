import * as assert from 'node:assert/strict';
import { readRequestDate } from '../../../server/src/engine/parse/recognisers/date-phrases';

// [opening words of a reply, the request's date as written ("several" for more than one, undefined for none)]
const PHRASES: [string, string | undefined][] = [
  ['Thank you for your request for information received on 18 July 2011 as clarified on 7 August 2011', '18 July 2011'],
  ['Thank you for your information request received 7 December 2017. This request has', '7 December 2017'],
  ['Thank you for your FOI request received onMonday 5th January 2015.', 'Monday 5th January 2015'],
  ['Thank you for your request for information, which was received on 25 September 2017. You requested', '25 September 2017'],
  ['Thank you for your request under the Freedom of Information Act 2000 about Christmas Lights received on 22^nd October 2010.', '22^nd October 2010'],
  ['In your email which was received by the Council on 19/9/2013, you asked', '19/9/2013'],
  ['Thank you for your request for an internal review, dated 13 July 2016, in respect of', '13 July 2016'],
  ['Thank you for your email of 12 May in which you requested the following information:', '12 May'],
  ['I am writing regarding your four requests of the 20 May for the following information:', '20 May'],
  ['Copy of letter sent in response to a request made on 30th October 2023 asking for', '30th October 2023'],
  ['Thank you for your email dated 19 February 2020 requesting, under the', '19 February 2020'],
  ['Further to our acknowledgement of 5 July 2013 we are now in a position to respond to your request for information dated 1 July 2013.', '1 July 2013'],
  ['your information request of 28 September for which you provided further clarification on 4 October 2016', '28 September'],
  ['I am writing in response to your e-mail dated 25 October 2010 in which you asked for an internal review', '25 October 2010'],
  ['We received your request for information on 15 May 2023.', '15 May 2023'],
  ['Thank you for your recent request, received by 19 May 2019.', '19 May 2019'],
  ['Thank you for your request to the BBC of 26 October 2012 seeking the following information', '26 October 2012'],
  ['Thank you for your Freedom of Information Act e-mail sent on 22 February 2010 to the Cabinet Office', '22 February 2010'],
  ['I write in connection with your request for information received by the Police Service on the 5th of June 2023.', '5th of June 2023'],
  ['Thank you for your requests of 3 May and 5 June 2020.', 'several'],
  // Not the date this reply's request was received.
  ['On 2 July 2010, we responded to your request, which we received on 4 June 2010, for', undefined],
  ['I wrote to you on 24 January regarding your request for information.', undefined],
  ['We have received a letter dated 16.12.14.', undefined],
  ['Please provide figures for complaints received by the council for the period 1 April 2025 to date', undefined],
  ['Requests received 01/01/17 – 01/02/18', undefined],
  ['1. How many complaints were received on 1 April 2020?', undefined],
  ['Thank you for your request received on the same day.', undefined],
];

describe('request dates in the acknowledgement', () => {
  for (const [text, want] of PHRASES) {
    it(`reads “${text.slice(0, 70)}”`, () => {
      const got = readRequestDate(text);
      assert.equal(got === 'several' || got === undefined ? got : got.date.text, want);
    });
  }
});
