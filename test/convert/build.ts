import MarkdownIt from 'markdown-it';
import { draftToDocx } from '../../server/src/export';

// The same letter in every format foi-lint reads, built from a Markdown draft the way a team would
// have it: exported to Word, sent as an e-mail, published as a web page, saved as text.

const md = new MarkdownIt({ html: true, breaks: true });

export function toHtml(markdown: string): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Reply</title>\n<style>p { margin: 0 0 1em }</style></head>\n<body>\n${md.render(markdown)}</body>\n</html>\n`;
}

/** A multipart e-mail: the letter as 8-bit plain text, an HTML alternative, optionally an attachment. */
export function toEml(markdown: string, attachment?: { name: string; bytes: Buffer }): Buffer {
  const boundary = 'foi-lint-boundary-1';
  const mixed = 'foi-lint-boundary-0';
  const alternative = [
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    markdown.replace(/\r?\n/g, '\r\n'),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(Buffer.from(toHtml(markdown)).toString('base64')),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const headers = [
    'From: Information Management Team <foi@council.example>',
    'To: requester@example.org',
    'Subject: Your request for information',
    'Date: Mon, 05 Oct 2020 10:00:00 +0100',
    'MIME-Version: 1.0',
  ];
  if (!attachment) return Buffer.from([...headers, alternative].join('\r\n'));
  return Buffer.concat([
    Buffer.from(
      [
        ...headers,
        `Content-Type: multipart/mixed; boundary="${mixed}"`,
        '',
        `--${mixed}`,
        alternative,
        `--${mixed}`,
        `Content-Type: application/octet-stream; name="${attachment.name}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="${attachment.name}"`,
        '',
        '',
      ].join('\r\n'),
    ),
    Buffer.from(wrap(attachment.bytes.toString('base64'))),
    Buffer.from(`\r\n--${mixed}--\r\n`),
  ]);
}

function wrap(base64: string): string {
  return base64.replace(/.{76}/g, '$&\r\n');
}

export function toDocx(markdown: string, template?: Buffer): Promise<Buffer> {
  return draftToDocx(markdown, template);
}
