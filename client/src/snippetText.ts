// Turns a standard paragraph into VS Code snippet syntax: each bracketed blank such as [date] becomes a
// tab stop (the same blank twice becomes one mirrored tab stop), and everything else is literal. Used
// by the "Insert standard paragraph" command and by scripts/gen-snippets.js, so both agree. No vscode
// import: the generator runs under plain Node.

/** A blank is "[words]" that is not part of a Markdown link: "[words](url)", "[words][id]". */
const blank = /(?<!\])\[([^\[\]\n]+)\](?![(\[])/g;

/** Dollar, closing brace and backslash are syntax in snippets, in literal text and placeholders alike. */
function escape(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** The paragraph as snippet text, ending with the final cursor position. */
export function toSnippet(text: string): string {
  const stops = new Map<string, number>();
  let out = '';
  let last = 0;
  for (const match of text.matchAll(blank)) {
    const label = match[1].trim();
    let stop = stops.get(label);
    const first = stop === undefined;
    if (stop === undefined) {
      stop = stops.size + 1;
      stops.set(label, stop);
    }
    out += escape(text.slice(last, match.index));
    // The first occurrence shows the label; later ones mirror what the officer types there.
    out += first ? `\${${stop}:${escape(label)}}` : `\$${stop}`;
    last = match.index + match[0].length;
  }
  out += escape(text.slice(last));
  return out + '$0';
}

/** The blanks of a paragraph, in order of first appearance. */
export function blanksOf(text: string): string[] {
  return [...new Set([...text.matchAll(blank)].map((m) => m[1].trim()))];
}
