export { draftToDocx, replyPlaceholder, TemplateError } from './docx';
