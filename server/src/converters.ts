// The heavy half of reading Word, e-mail and HTML drafts and of exporting to Word (mammoth, mailparser,
// turndown, docx): loaded only when a run meets such a file (convert/lazy.ts), and bundled apart from
// the language server (dist/converters.js), so neither the CLI nor the server pays for it at start.
export { convertDocx } from './convert/docx';
export { emlToMarkdown } from './convert/eml';
export { htmlToMarkdown } from './convert/html';
export { draftToDocx, TemplateError } from './export/docx';
