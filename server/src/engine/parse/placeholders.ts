// Template leftovers: the patterns behind the placeholder rule, and the test for an answer that is
// nothing but a placeholder (which leaves its question unanswered).

// Bracketed text that is not a link, reference or footnote: "[TBC]", "[insert date]", "[name]".
export const BRACKET = /\[([^\]\n]{1,80})\](?![(\[:])/g;
export const BRACKET_ALLOWED =
  /^(?:sic|redacted\b.*|emphasis (?:added|mine)|\s*|x|\d{1,3}|[a-z]|[ivx]{1,4}|\d{4}|\^\d+|e-?mail protected|.*\b(?:redacted|removed|withheld)\b.*|.*#\s?\d+.*)$/i;

/** "section 16 [duty to assist]": a bracketed gloss on the provision just cited. */
export const AFTER_CITATION = /\b(?:s(?:ection)?|reg(?:ulation)?)\.?\s*\d+[A-Z]?(?:\(\w{1,4}\))*\s*$/i;
export const WORD_PLACEHOLDERS = /\b(?:TBC|TBA|TBD|TODO|FIXME)\b|(?<![\w£$])X{2,}(?!\w)|\b[xX]{2}\/[xX]{2}\/[xX]{2,4}\b|£\s?[xX]+(?:[.,][xX]+)?\b/g;
export const ANGLE = /<(?:name|date|address|details|insert[^<>\n]{0,60}|officer[^<>\n]{0,40}|requester[^<>\n]{0,40}|[a-z]+(?: [a-z]+){1,6})>/gi;
export const NOTES =
  /\b(?:note to (?:officer|self|drafter|author|reviewer)|drafting note|officer['’]?s? note|delete as (?:appropriate|applicable)|delete if not (?:applicable|needed|required)|(?:amend|adapt|edit|tailor) as (?:appropriate|necessary|needed))\b|\{\{[^}\n]*\}\}/gi;

/** A character or word that each placeholder pattern above needs: a text without any has no placeholder. */
const MAY_HOLD_PLACEHOLDER = /TB[CAD]|TODO|FIXME|XX|[xX]{2}\/|[£<[]/;

/** Whether text holds nothing but placeholders ("[TBC]", "TBC.", "XX"). */
export function isOnlyPlaceholder(text: string): boolean {
  // Most answers hold no placeholder: one search instead of three replacements.
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return false;
  let rest = text.replace(WORD_PLACEHOLDERS, ' ').replace(ANGLE, ' ');
  rest = rest.replace(BRACKET, (m, inner: string) => (BRACKET_ALLOWED.test(inner.trim()) ? m : ' '));
  return rest !== text && !/[\p{L}\p{N}]/u.test(rest);
}
