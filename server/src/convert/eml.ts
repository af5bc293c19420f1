import { simpleParser } from 'mailparser';
import { htmlToMarkdown } from './html';

// An e-mail reply (.eml) through mailparser: the plain-text part as it is (quoted lines of the request
// stay quoted), or the HTML part through turndown when the message has no plain text.

export async function emlToMarkdown(input: Buffer | string): Promise<string> {
  const mail = await simpleParser(input, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  if (mail.text !== undefined && mail.text.trim() !== '') return mail.text.replace(/\r\n?/g, '\n');
  if (typeof mail.html === 'string' && mail.html.trim() !== '') return htmlToMarkdown(mail.html);
  throw new Error('the e-mail has no text to check: it has neither a plain-text nor an HTML part');
}
