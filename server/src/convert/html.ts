import { tables } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';

// HTML to Markdown with turndown, shaped for the engine rather than for a person to edit: nothing is
// backslash-escaped, so "1. Does the council..." typed as text reads as the numbered question it is
// and "[TBC]" stays a placeholder; tables become GitHub tables (Joplin's maintained plugin).

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**' });
  service.escape = (text: string) => text;
  service.use(tables);
  // Scripts, styles and forms are not part of a letter; images are not text.
  service.remove(['script', 'style', 'noscript', 'template', 'head', 'title', 'img', 'form']);
  return service;
}

export function htmlToMarkdown(html: string): string {
  // Whitespace between a page's head and body can leave a blank first line: the letter starts at its text.
  return turndown().turndown(html).replace(/^[ \t\r\n]*\n/, '');
}
