import * as assert from 'node:assert/strict';
import { readDateFields } from '../../../server/src/engine/parse/recognisers/date-fields';
import { baseSchema } from '../../../server/src/engine/schema/load';

const layout = baseSchema().layout;

// [lines as found on a log page or letter, the fields read: "received 2019-10-24", "sent* 2021-05-31" (* a bare "Date" label)]
const FIELDS: [string, string[]][] = [
  ['Requested Thu 24 October 2019\nResponded Thu 14 November 20191. Do you conduct', ['received 2019-10-24', 'sent 2019-11-14']],
  ['Request Date 22/01/2014\nCompletion Date 27/01/2014', ['received 2014-01-22', 'sent 2014-01-27']],
  ['| Date Requested | 05/11/25 |\n| Date Replied | 20/01/26 |', ['received 2025-11-05', 'sent 2026-01-20']],
  ['| Date received | Date responded |\n| --- | --- |\n| 10/02/2018 | 09/03/2018 |', ['received 2018-02-10', 'sent 2018-03-09']],
  ['Date Request Received: 07/01/2021 09:08:44\n\nDate Request Replied To: 13/01/2021 14:23:48', ['received 2021-01-07', 'sent 2021-01-13']],
  ['Date received: 10 February 2018\nDate responded: 9 March 2018', ['received 2018-02-10', 'sent 2018-03-09']],
  ['Date of request:      24/10/2012\n\nDate of response:   08/11/2012', ['received 2012-10-24', 'sent 2012-11-08']],
  ['Date response sent: 10/12/2024', ['sent 2024-12-10']],
  ['Request Date\nJanuary 2, 2019\nSubject', ['received 2019-01-02']],
  ['- Published\n- 4 February 2021\n- Date received\n- 30 September 2020\n- Date responded\n- 27 January 2021', ['received 2020-09-30', 'sent 2021-01-27']],
  ['Original FoI request: \n27th September 2009 \n-\nRequest for Internal Review: \n26th October 2009', ['received 2009-10-26']],
  ['Released 8 July 2024', ['sent 2024-07-08']],
  ['Issued 16 June 2023, this FOI response provides correspondence', ['sent 2023-06-16']],
  ['Response 05-07-2022', ['sent 2022-07-05']],
  ['Date received Date due Date completed Information asked for Notes\n1 April 20141 May 201429 April 2014For all', ['received 2014-04-01', 'sent 2014-04-29']],
  ['Our Ref: IM-FOI-2021-0942 Date: 31st May 2021', ['sent* 2021-05-31']],
  ['Dat e: 21 October 2021', ['sent* 2021-10-21']],
  ['Date\n29 July 2010\nwww.example.gov.uk', ['sent* 2010-07-29']],
  ['Dated: 09 Nov 2012', ['sent* 2012-11-09']],
  // Dates that are not the receipt's or the reply's.
  ['Published date: 15/01/2024', []],
  ['Publication date: \nTuesday 20 June 2023', []],
  ['Deadline: 26th October 2009', []],
  ['Update 20-02-2023:', []],
  ['Requests received 01/01/17 – 01/02/18 Release Partial Release Refuse', []],
  ['Response\nThe council does not hold this information.', []],
  ['Requested information: 1 April 2020 to 31 March 2021', []],
];

describe('labelled date fields', () => {
  for (const [text, want] of FIELDS) {
    it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
      const lines = text.split('\n');
      const got = readDateFields(lines, 0, lines.length, layout).map((f) => `${f.field}${f.plain ? '*' : ''} ${f.date.iso}`);
      assert.deepEqual(got, want);
    });
  }

  it('reads only the lines it is given, and survives a huge line', () => {
    const lines = ['Date received: 10 February 2018', 'x'.repeat(1_000_000), 'Date responded: 9 March 2018'];
    assert.deepEqual(readDateFields(lines, 1, 3, layout).map((f) => f.field), ['sent']);
  });
});

describe('labelled date fields in an answer’s table', () => {
  it('does not take a table of many requests for the reply’s own dates', () => {
    const lines = ['| Date received | Date responded |', '| --- | --- |', '| 10/02/2018 | 09/03/2018 |', '| 11/02/2018 | 10/03/2018 |'];
    assert.deepEqual(readDateFields(lines, 0, lines.length, layout), []);
  });
});

describe('labelled date fields: other house styles', () => {
  const more: [string, string[]][] = [
    ['FOI request received: 3 March 2025', ['received 2025-03-03']],
    ['Date of your request: 3 March 2025', ['received 2025-03-03']],
    ['Received date: 03/03/2025', ['received 2025-03-03']],
    ['Date submitted: 3 March 2025', ['received 2025-03-03']],
    ['Decision date: 28/03/2025', ['sent 2025-03-28']],
    ['Response sent: 28 March 2025', ['sent 2025-03-28']],
    ['Date closed 28/03/2025', ['sent 2025-03-28']],
    ['Request received 3 November 2022\nRequest closed 30 November 2022', ['received 2022-11-03', 'sent 2022-11-30']],
    // An e-mail header quoted in a reply dates the e-mail, not the reply.
    ['From: A Requester\nSent: 03 March 2025 10:15\nTo: FOI', []],
  ];
  for (const [text, want] of more) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const lines = text.split('\n');
      assert.deepEqual(readDateFields(lines, 0, lines.length, layout).map((f) => `${f.field} ${f.date.iso}`), want);
    });
  }
});
