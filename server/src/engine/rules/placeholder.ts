import { htmlCommentSpans } from '../parse/comments';
import { AFTER_CITATION, ANGLE, BRACKET, BRACKET_ALLOWED, NOTES, WORD_PLACEHOLDERS } from '../parse/placeholders';
import { lineOfOffset } from '../analysis/reply';
import type { Draft } from '../types';
import type { Rule } from './rule';

/** What every NOTES match contains: most letters have none of it, and NOTES is slow to search. */
const MAY_BE_NOTE = /note|delete|as (?:appropriate|necessary|needed)|\{\{/i;

interface Hit {
  start: number;
  end: number;
  note: boolean;
}

/** Offset ranges a reader does not see: front matter, code blocks and HTML comments. */
function hiddenSpans(draft: Draft): [number, number][] {
  const { text, lineStarts } = draft;
  const lineStart = (l: number) => lineStarts[Math.min(l, lineStarts.length - 1)];
  const lineEnd = (l: number) => (l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length);
  const spans: [number, number][] = [];
  if (draft.frontMatter) spans.push([0, lineEnd(draft.frontMatter.endLine)]);
  for (const b of draft.blocks) if (b.kind === 'code') spans.push([lineStart(b.startLine), lineEnd(b.endLine)]);
  spans.push(...htmlCommentSpans(text));
  return spans.sort((a, b) => a[0] - b[0]);
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'Template leftovers ([TBC], TODO, XX, [insert ...], <name>) and drafting notes addressed to the officer.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `A reply sent with "[TBC]" where an answer should be, "XX" where a figure should be, or a drafting note
such as "Note to officer: check with Legal" tells the requester nothing and is often published on
disclosure logs as it is.

Reported: bracketed blanks such as \`[TBC]\`, \`[insert date]\`, \`[name]\`, \`[REQUESTER NAME]\` (links,
footnote numbers, \`[sic]\`, \`[redacted]\` and other redaction marks, references such as \`[FOI #123 email]\`,
a gloss after a citation such as "section 16 [duty to assist]", brackets in the quoted request, which are
the requester's words, and brackets in the letter's header before the request are not), the words TBC, TBA, TBD, TODO and FIXME in capitals,
XX and XXX, \`xx/xx/xxxx\`, \`£XX\`, angle-bracket blanks such as \`<name of officer>\`, \`{{field}}\`,
and drafting notes ("note to officer", "delete as appropriate"). Text inside HTML comments and code
blocks is not reported. An authority can add its own patterns under \`placeholders:\` in \`.foi.yaml\`.

**Fix:** replace the placeholder with the real text, or delete the note.`,
  },
  reads: [],
  check(ctx) {
    const { draft, schema } = ctx;
    const { text, lineStarts } = draft;
    // One pass of each pattern over the whole text: far cheaper than line by line on long letters.
    const hits: Hit[] = [];
    const add = (start: number, end: number, note: boolean) => hits.push({ start, end, note });
    // Brackets in the quoted request are the requester's words, and in the letter's header (before the
    // request) references and redaction marks; a bracket after a citation glosses it.
    const requestLines = draft.request ? [draft.request.range.start.line, draft.request.range.end.line] : undefined;
    // The header ends where the acknowledgement (or label) above the request starts: "[date]" in
    // "Thank you for your request received on [date]" is still a blank to fill.
    const intro = draft.request && draft.request.start > 0 ? draft.blocks[draft.request.start - 1] : undefined;
    const headerEnd = intro ? lineStarts[intro.startLine] : 0;
    const inRequest = (offset: number) => {
      if (!requestLines) return false;
      const line = lineOfOffset(lineStarts, offset);
      return line >= requestLines[0] && line <= requestLines[1];
    };
    for (const m of text.matchAll(BRACKET)) {
      if (BRACKET_ALLOWED.test(m[1].trim()) || m.index < headerEnd || inRequest(m.index)) continue;
      if (AFTER_CITATION.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      add(m.index, m.index + m[0].length, false);
    }
    for (const m of text.matchAll(WORD_PLACEHOLDERS)) add(m.index, m.index + m[0].length, false);
    for (const m of text.matchAll(ANGLE)) add(m.index, m.index + m[0].length, false);
    if (MAY_BE_NOTE.test(text)) for (const m of text.matchAll(NOTES)) add(m.index, m.index + m[0].length, true);
    if (schema.placeholders.length) {
      // User patterns run per line (they are not compiled as global regular expressions).
      for (let line = 0; line < draft.lines.length; line++) {
        const lineText = draft.lines[line];
        for (const p of schema.placeholders) {
          let from = 0;
          for (let found = p.find(lineText); found; found = p.find(lineText.slice(from))) {
            const start = from + found.index;
            if (found.length === 0) break; // the loader refuses such patterns; never report an empty range
            const length = found.length;
            add(lineStarts[line] + start, lineStarts[line] + start + length, false);
            from = start + length;
            if (from >= lineText.length) break;
          }
        }
      }
    }
    if (!hits.length) return;
    const hidden = hiddenSpans(draft);
    const isHidden = (h: Hit) => hidden.some(([a, b]) => h.start < b && h.end > a);
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd || isHidden(h)) continue;
      lastEnd = h.end;
      const line = lineOfOffset(lineStarts, h.start);
      const found = text.slice(h.start, h.end);
      ctx.report({
        message: h.note
          ? `Drafting note “${found}” is still in the draft: remove it before the reply is sent.`
          : `Placeholder “${found}” is still in the draft: replace it before the reply is sent.`,
        range: {
          start: { line, character: h.start - lineStarts[line] },
          end: { line: lineOfOffset(lineStarts, h.end), character: h.end - lineStarts[lineOfOffset(lineStarts, h.end)] }, // a hit may span a line break
        },
        data: { text: found },
      });
    }
  },
};
