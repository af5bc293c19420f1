import { stripInline } from '../parse/markup';
import { readDateLabel } from '../parse/recognisers/date-fields';
import { readDateForm } from '../parse/recognisers/date-forms';
import { BARE, matchAtStart } from '../parse/recognisers/labels';
import type { LayoutSpec } from '../schema/types';
import type { Block, Range } from '../types';
import { ownBlocks } from './text-spans';
import type { Rule } from './rule';

interface FieldLine {
  line: number;
  label: string;
  /** Written with a colon or dash: the value was meant to follow on the line. */
  colon: boolean;
  /** Another field's label follows on the same line ("Our ref: Date: 3 May 2024"). */
  emptyInline: boolean;
  range: Range;
}

const bullet = /^(?:[-*•●▪]\s*)/;
// Log fields the layout does not list: "Disclosure ID", "Request Ref", "Date Resolved", "Case No.".
const OTHER_LABEL = /^(?:(?:[a-z]+\s){0,2}(?:id|ref\.?|reference(?:\s+(?:no\.?|number))?|case\s+(?:no\.?|number))|date\s+[a-z]+)(?=\s*[:\-–—]?\s*$)/i;
// A field whose value is a short token: worth reporting with prose after it ("Our ref:" over "Dear ...").
const VALUE_LABEL = /\b(?:date[d]?|ref|reference|id|number|no)\b/i;
// The requester's own reference is blank whenever they gave none.
const YOUR_REF = /^your\s+ref/i;

/** A field label of the layout (a date or a reference) at the start of `text`: its length. */
function fieldLabel(text: string, layout: LayoutSpec): number | undefined {
  const length = Math.max(readDateLabel(text, layout)?.length ?? 0, matchAtStart(layout.fields.reference, text) ?? 0, OTHER_LABEL.exec(text)?.[0].length ?? 0);
  if (!length) return undefined;
  // "Response" and "Request" stand alone over the text beneath: they are sections, not fields.
  const section = Math.max(matchAtStart(layout.fields.response, text) ?? 0, matchAtStart(layout.fields.request, text) ?? 0);
  return length > section ? length : undefined;
}

/** A line that holds a field's value: a date, or a short reference with a digit ("FOIR 1640/09"). */
function isValue(text: string): boolean {
  const d = readDateForm(text, 0);
  if (d && d.length >= text.replace(/[.,\s]+$/, '').length - 12) return true;
  return text.length <= 40 && /\d/.test(text) && text.split(/\s+/).length <= 4;
}

export const emptyField: Rule<'reply'> = {
  meta: {
    id: 'empty-field',
    description: 'A labelled field with no value ("Our ref:", "Date:", "Request ID" with nothing after it).',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `A letterhead or log entry whose "Our ref:", "Date:", "Request ID" or "Date received" is printed with
nothing after it was sent before the template was filled in. The reference is what the requester quotes
when asking for an internal review, and the dates show whether the reply was on time (FOIA section 10;
EIR regulation 5(2); FOISA section 10).

Reported: a reference or date label of the layout (the same labels the reader uses to find the dates and
the reference, including any added under \`layout.fields\` in \`.foi.yaml\`) standing on its own line
with no value after it, when:

- it ends with a colon or dash and the next line is not its value; or
- it is one of several labels in a row and fewer values follow them than labels (values listed beneath a
  run of labels fill the last labels: "Disclosure ID / Request Date / June 11, 2018" leaves the
  Disclosure ID empty); or
- another field's label follows it on the same line ("Our ref: Date: 3 May 2024").

A single label without a colon followed by prose is not reported (it may be a heading), nor is "Your
ref" (blank when the requester gave no reference), nor the quoted request.

**Fix:** fill in the value, or delete the label.`,
  },
  reads: ['reply'],
  check(ctx) {
    const { draft } = ctx;
    const own = new Set(ownBlocks(draft, ctx.facts.reply));
    const view = { blockAt: ctx.facts.reply.blockAt, isReply: (b: Block) => own.has(b) };
    const layout = ctx.schema.layout;
    // A field line; or, for a line in the reply with no label, its text (a value only when read after a
    // run of labels, so isValue is left until then: most lines are read once, as no label).
    const fieldAt = (l: number): FieldLine | string | undefined => {
      const block = view.blockAt(l);
      if (!block || !view.isReply(block) || block.kind === 'table' || block.kind === 'code' || block.kind === 'html') return undefined;
      const raw = draft.lines[l];
      const text = stripInline(raw).replace(bullet, '');
      if (!text || text.length > 120) return undefined;
      const length = fieldLabel(text, layout);
      if (length === undefined) return text;
      if (YOUR_REF.test(text)) return undefined;
      const rest = text.slice(length);
      const label = text.slice(0, length).trim();
      const start = Math.max(0, raw.indexOf(label));
      const range = { start: { line: l, character: start }, end: { line: l, character: start + label.length } };
      const colon = /^\s*[:\-–—]/.test(rest);
      if (BARE.test(rest)) return { line: l, label, colon, emptyInline: false, range };
      const after = rest.replace(/^\s*[:\-–—]?\s*/, '');
      if (colon && fieldLabel(after, layout) !== undefined && !YOUR_REF.test(after)) return { line: l, label, colon, emptyInline: true, range };
      return undefined;
    };

    const lines = draft.lines.length;
    for (let l = draft.frontMatter ? draft.frontMatter.endLine + 1 : 0; l < lines; l++) {
      const first = fieldAt(l);
      if (typeof first !== 'object') continue;
      // A run of labels, one per line (blank lines between allowed), and the values beneath it.
      const run: FieldLine[] = [];
      let n = l;
      let f: FieldLine | string | undefined = first;
      while (typeof f === 'object') {
        run.push(f);
        n = next(draft.lines, n);
        f = n < lines ? fieldAt(n) : undefined;
      }
      let values = 0;
      while (typeof f === 'string' && isValue(f) && values < run.length) {
        values++;
        n = next(draft.lines, n);
        f = n < lines ? fieldAt(n) : undefined;
      }
      const empty = run.filter(
        (field, i) => field.emptyInline || (i < run.length - values && (run.length > 1 || (field.colon && VALUE_LABEL.test(field.label)))),
      );
      for (const field of empty) {
        ctx.report({
          message: `“${field.label}” has no value: fill it in or delete the label (the reference and dates are what the requester quotes in a review, and show the reply was on time).`,
          range: field.range,
        });
      }
      l = run[run.length - 1].line;
    }
  },
};

function next(lines: readonly string[], l: number): number {
  let n = l + 1;
  while (n < lines.length && n <= l + 2 && !lines[n].trim()) n++;
  return n <= l + 2 ? n : lines.length;
}
