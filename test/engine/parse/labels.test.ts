import * as assert from 'node:assert/strict';
import { baseSchema } from '../../../server/src/engine/schema';
import { readLabel } from '../../../server/src/engine/parse/recognisers/labels';

// Request and response labels as disclosure logs, letters and e-mails write them (snippets from
// published replies), read with the built-in layout's field labels.

const { fields } = baseSchema('foia').layout;

describe('recogniser: request and response labels', () => {
  const rows: [string, 'request' | 'response', { bare: boolean } | undefined][] = [
    ['The request:', 'request', { bare: true }],
    ['Request', 'request', { bare: true }],
    ['REQUEST', 'request', { bare: true }],
    ['Details of the Request', 'request', { bare: true }],
    ['Your request', 'request', { bare: true }],
    ['You asked:', 'request', { bare: true }],
    ['Information requested', 'request', { bare: true }],
    ['Request: Under the Freedom of Information Act 2000 please could you provide', 'request', { bare: false }],
    ['Our response:', 'response', { bare: true }],
    ['Response', 'response', { bare: true }],
    ['Details of the Response', 'response', { bare: true }],
    ['In response:', 'response', { bare: true }],
    ['Answer:', 'response', { bare: true }],
    ['Response: The council does not hold this information.', 'response', { bare: false }],
    ['Trust response:', 'response', { bare: true }],
    ['East Herts Council Response', 'response', { bare: true }],
    ['DWP Response', 'response', { bare: true }],
    ["The Council's response: the information is not held.", 'response', { bare: false }],
    // Not labels: a reference after the word, or prose that starts with it.
    ['Request: FOI/13384', 'request', undefined],
    ['Request for Information - ATISN 16301', 'request', undefined],
    ['Request for information was received on 3 May.', 'request', undefined],
    ['Your request for information has now been considered.', 'request', undefined],
    ['Response to your request is set out below.', 'response', undefined],
    ['Council response times have improved this year.', 'response', undefined],
    ['Thank you for your response', 'response', undefined],
  ];
  for (const [text, field, want] of rows) {
    it(`${field}: "${text.slice(0, 50)}" ${want ? (want.bare ? 'stands alone' : 'has its text after it') : 'is not a label'}`, () => {
      const got = readLabel(text, fields[field]);
      if (!want) return assert.equal(got, undefined, JSON.stringify(got));
      assert.ok(got, 'a label');
      assert.equal(got.bare, want.bare);
    });
  }
});
