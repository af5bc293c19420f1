// Sentences of a block's text, for the reader and the rules that point at one sentence.

export interface Sentence {
  text: string;
  /** Offset in the block's text. */
  index: number;
}

/** A block's text cut into sentences (after ". ", "? ", "! " before a capital, a digit or a quote). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), index: from + lead });
  };
  for (const m of text.matchAll(/[.!?]+["”’)]?\s+(?=[A-Z0-9“"‘(])/g)) {
    const end = m.index + m[0].trimEnd().length;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}
