// The search for citation keywords ("section", "s.", "regulation", "exemption"...) in a whole draft: a
// keyword not inside a word, `(?<![\p{L}\p{N}'’])(KEYWORDS)(?!\p{L})` under the `iu` flags. V8 runs a
// case-insensitive Unicode regex several times slower than the same regex without `u`, so the search
// runs a twin with ASCII look-arounds and no `u`, and checks with the exact regex only a match next to a
// character outside ASCII (a letter there, "é", may reject the match or shorten it). A text containing
// U+017F or U+212A (long s and Kelvin sign, which `iu` matches as "s" and "k") gets the exact regex alone.

export interface KeywordCursor {
  /** Where the next search starts, as RegExp.lastIndex (the end of the last match). */
  lastIndex: number;
  /** The next match from lastIndex, exactly as the global `iu` regex finds it, or null. */
  next(): RegExpExecArray | null;
}

export class KeywordPattern {
  private readonly exact: RegExp;
  private readonly exactAt: RegExp;
  private readonly twin: RegExp;

  /** @param keywords an alternation of ASCII keywords (a group is put around it). */
  constructor(keywords: string) {
    this.exact = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(${keywords})(?!\p{L})`, 'giu');
    this.exactAt = new RegExp(this.exact.source, 'iuy');
    this.twin = new RegExp(String.raw`(?<![A-Za-z0-9'’])(${keywords})(?![A-Za-z])`, 'gi');
  }

  /** A search through `text` from its start. The regexes are shared: the cursor sets lastIndex before each use. */
  search(text: string): KeywordCursor {
    const { exact, exactAt, twin } = this;
    const run = (re: RegExp) => {
      re.lastIndex = cursor.lastIndex;
      const m = re.exec(text);
      cursor.lastIndex = m ? re.lastIndex : 0;
      return m;
    };
    const plain = !text.includes('\u017f') && !text.includes('\u212a');
    const cursor: KeywordCursor = {
      lastIndex: 0,
      next() {
        if (!plain) return run(exact);
        for (;;) {
          const m = run(twin);
          if (!m) return null;
          const end = m.index + m[0].length;
          if (!(m.index > 0 && text.charCodeAt(m.index - 1) > 0x7f) && !(text.charCodeAt(end) > 0x7f)) return m;
          // The twin's look-arounds pass any character outside ASCII: the exact regex decides here, and
          // where it fails the search goes on from the next position, as the exact regex's would.
          exactAt.lastIndex = m.index;
          const checked = exactAt.exec(text);
          if (checked) {
            cursor.lastIndex = exactAt.lastIndex;
            return checked;
          }
          cursor.lastIndex = m.index + 1;
        }
      },
    };
    return cursor;
  }
}
