import type { Draft } from '../types';
import type { Rule } from './rule';

interface Hit {
  line: number;
  start: number;
  end: number;
  text: string;
  note: boolean;
}

// Bracketed text that is not a link, reference or footnote: "[TBC]", "[insert date]", "[name]".
const BRACKET = /\[([^\]\n]{1,80})\](?![(\[:])/g;
const BRACKET_ALLOWED = /^(?:sic|redacted\b.*|emphasis (?:added|mine)|\s*|x|\d{1,3}|[a-z]|[ivx]{1,4}|\d{4}|\^\d+)$/i;
const WORD_PLACEHOLDERS = /\b(?:TBC|TBA|TBD|TODO|FIXME)\b|(?<![\w£$])X{2,}(?!\w)|\b[xX]{2}\/[xX]{2}\/[xX]{2,4}\b|£\s?[xX]+(?:[.,][xX]+)?\b/g;
const ANGLE = /<(?:name|date|address|details|insert[^<>\n]{0,60}|officer[^<>\n]{0,40}|requester[^<>\n]{0,40}|[a-z]+(?: [a-z]+){1,6})>/gi;
const NOTES =
  /\b(?:note to (?:officer|self|drafter|author|reviewer)|drafting note|officer['’]?s? note|delete as (?:appropriate|applicable)|delete if not (?:applicable|needed|required)|(?:amend|adapt|edit|tailor) as (?:appropriate|necessary|needed))\b|\{\{[^}\n]*\}\}/gi;

/** Lines whose text a reader sees: not front matter, not code blocks. */
function visibleLines(draft: Draft): Set<number> {
  const hidden = new Set<number>();
  if (draft.frontMatter) for (let l = draft.frontMatter.startLine; l <= draft.frontMatter.endLine; l++) hidden.add(l);
  for (const b of draft.blocks) if (b.kind === 'code') for (let l = b.startLine; l <= b.endLine; l++) hidden.add(l);
  const out = new Set<number>();
  for (let l = 0; l < draft.lines.length; l++) if (!hidden.has(l)) out.add(l);
  return out;
}

/** Blank out HTML comments, keeping columns, so notes inside them are not reported. */
function withoutComments(lines: readonly string[], line: number, inComment: { open: boolean }): string {
  const text = lines[line];
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (inComment.open) {
      const close = text.indexOf('-->', i);
      const end = close === -1 ? text.length : close + 3;
      out += ' '.repeat(end - i);
      i = end;
      if (close !== -1) inComment.open = false;
    } else {
      const open = text.indexOf('<!--', i);
      if (open === -1) {
        out += text.slice(i);
        break;
      }
      out += text.slice(i, open);
      i = open;
      inComment.open = true;
    }
  }
  return out;
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
footnote numbers, \`[sic]\` and \`[redacted]\` are not), the words TBC, TBA, TBD, TODO and FIXME in capitals,
XX and XXX, \`xx/xx/xxxx\`, \`£XX\`, angle-bracket blanks such as \`<name of officer>\`, \`{{field}}\`,
and drafting notes ("note to officer", "delete as appropriate"). Text inside HTML comments and code
blocks is not reported. An authority can add its own patterns under \`placeholders:\` in \`.foi.yaml\`.

**Fix:** replace the placeholder with the real text, or delete the note.`,
  },
  check(ctx) {
    const { draft, schema } = ctx;
    const visible = visibleLines(draft);
    const inComment = { open: false };
    for (let line = 0; line < draft.lines.length; line++) {
      if (!visible.has(line)) continue;
      const text = withoutComments(draft.lines, line, inComment);
      const hits: Hit[] = [];
      const add = (start: number, end: number, note: boolean) => {
        if (hits.some((h) => start < h.end && end > h.start)) return;
        hits.push({ line, start, end, text: text.slice(start, end), note });
      };
      for (const m of text.matchAll(BRACKET)) if (!BRACKET_ALLOWED.test(m[1].trim())) add(m.index, m.index + m[0].length, false);
      for (const m of text.matchAll(WORD_PLACEHOLDERS)) add(m.index, m.index + m[0].length, false);
      if (text.includes('<')) for (const m of text.matchAll(ANGLE)) add(m.index, m.index + m[0].length, false);
      for (const m of text.matchAll(NOTES)) add(m.index, m.index + m[0].length, true);
      for (const p of schema.placeholders) {
        let from = 0;
        for (let found = p.find(text); found && from < text.length; found = p.find(text.slice(from))) {
          const start = from + found.index;
          add(start, start + Math.max(1, found.length), false);
          from = start + Math.max(1, found.length);
        }
      }
      for (const h of hits.sort((a, b) => a.start - b.start)) {
        ctx.report({
          message: h.note
            ? `Drafting note “${h.text}” is still in the draft: remove it before the reply is sent.`
            : `Placeholder “${h.text}” is still in the draft: replace it before the reply is sent.`,
          range: { start: { line: h.line, character: h.start }, end: { line: h.line, character: h.end } },
          data: { text: h.text },
        });
      }
    }
  },
};
