// The request's date as the opening of a reply words it: "Thank you for your request received on
// 8 September 2020", "your request for information dated 1 July 2013", "your email of 12 May",
// "your four requests of the 20 May", "a request made on 30th October 2023", "received onMonday 5th
// January 2015". Letters are read in their own text order, lines joined, so a date broken over two
// lines ("received on 25 / September 2017") is still one date.

import { MONTH_NAME } from '../dates';
import { readDateForm, type DateForm } from './date-forms';

const request = '(?:requests?|e-?mails?|letters?|applications?|correspondence|enquiry|enquiries|appeal)';
const PHRASES = [
  // "we received your request for information on"
  `\\breceived\\s+your\\s+(?:[\\w-]+\\s+){0,3}?${request}(?:\\s+for\\s+[^,.;:\\d]{1,60}?)?,?\\s+on`,
  // "your request for information, which was received on", "request received 7 December 2017",
  // "received by 19 May 2019"
  `\\breceived(?:\\s+by\\s+[^,.;:]{1,40}?\\s+on|\\s+on|\\s+by(?=\\s+\\d))?`,
  // "your request for an internal review, dated", "your e-mail of", "your four requests of the",
  // "your request to the BBC of", "your Freedom of Information Act e-mail sent on"
  `\\byour\\s+(?:[\\w-]+\\s+){0,4}?${request}(?:\\s+(?:for|to)\\s+[^,.;:\\d]{1,60}?)?,?\\s+(?:dated|of|made\\s+on|sent\\s+on|submitted\\s+on)`,
  // "a request made on", "the request was submitted on"
  `\\b${request}\\s+(?:was\\s+)?(?:made|submitted)\\s+on`,
];
const phrase = new RegExp(`(?:${PHRASES.join('|')})\\s*(?:the\\s+)?`, 'gi');
// A request the authority already answered is history, not the one this reply answers.
const answeredBefore = /\b(?:we|I)\s+(?:have\s+)?(?:responded|replied|answered)\b/i;
// "your requests of 3 May and 5 June": several request dates, none of them the date of receipt.
const another = /^\s*(?:,|and|&)\s*(?:on\s+)?(?:the\s+)?/i;
// "requests received 01/01/17 – 01/02/18": a period, not a date of receipt.
const rangeAfter = new RegExp(`^\\s*(?:to|until|[-–—])\\s*(?:\\d|(?:${MONTH_NAME})\\b)`, 'i');

export interface PhraseDate {
  /** Where the date starts in the text searched. */
  index: number;
  date: DateForm;
}

/** The first date the text gives the request; 'several' when it gives more than one. */
export function readRequestDate(text: string): PhraseDate | 'several' | undefined {
  phrase.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = phrase.exec(text))) {
    const at = m.index + m[0].length;
    const date = readDateForm(text, at);
    if (!date) continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n\n', m.index), 0);
    const before = text.slice(sentenceStart, m.index);
    if (answeredBefore.test(before)) continue;
    // "received" dates this reply's request only where the sentence is about it ("your request ...
    // received on"), not "how many complaints were received on 1 April 2020".
    if (/^received(?!\s+your)/i.test(m[0]) && !/\b(?:your|request)\b/i.test(before.slice(-200))) continue;
    const after = text.slice(at + date.length);
    if (rangeAfter.test(after)) continue;
    const more = another.exec(after);
    if (more && readDateForm(after, more[0].length)) return 'several';
    return { index: at, date };
  }
  return undefined;
}
