/** Offset spans of HTML comments (`<!-- ... -->`, or to the end when one is left open): text a reader never sees. */
export function htmlCommentSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf('<!--'); at !== -1; ) {
    const close = text.indexOf('-->', at + 4);
    const end = close === -1 ? text.length : close + 3;
    spans.push([at, end]);
    at = close === -1 ? -1 : text.indexOf('<!--', end);
  }
  return spans;
}
