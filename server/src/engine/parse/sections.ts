import type { Schema, SectionSpec } from '../schema/types';
import type { Block, Range, Section } from '../types';
import { isBareLabel } from './answers';
import { asksFor, looksAsked } from './certainty';
import { isAcknowledgement } from './acknowledgement';
import { readLabel } from './recognisers/labels';

/** A quotation (the request, a decision notice): someone else's words, not the reply's own sections. */
const QUOTED = /^["“‘']/;

/** A block that reads as a heading: a Markdown heading, or a short line standing alone. */
export function isHeadingLike(b: Block): boolean {
  if (b.kind === 'heading') return true;
  if (b.kind !== 'paragraph' || b.startLine !== b.endLine || b.marker !== undefined) return false;
  const t = b.text;
  return t.length > 0 && t.length <= 70 && !/[.,;]$/.test(t) && wordCountAtMost(t, 9);
}

/** `text.split(' ').length <= n` for n >= 1, counting the spaces instead of splitting. */
function wordCountAtMost(text: string, n: number): boolean {
  for (let at = text.indexOf(' '), spaces = 1; at >= 0; at = text.indexOf(' ', at + 1), spaces++) {
    if (spaces >= n) return false;
  }
  return true;
}

export interface Layout {
  ack?: number;
  /** How the request was found: a label naming it, an acknowledgement above it, or its list alone. */
  requestBy?: 'label' | 'acknowledgement' | 'list';
  request?: { start: number; end: number };
  response?: { start: number; end: number };
  sections: Section[];
}

interface Anchor {
  index: number;
  spec: SectionSpec;
  order: number;
  by: 'heading' | 'text';
  runsOn?: boolean;
}

/** A section's words this far into a paragraph: the paragraph holds more than the section. */
const RUN_ON_OPENING = 200;

function spanRange(blocks: readonly Block[], start: number, end: number): Range {
  // An empty span at the end (a "Response" heading with nothing under it yet): an empty range after the last block.
  if (start >= blocks.length) { const at = blocks[blocks.length - 1]?.range.end ?? { line: 0, character: 0 }; return { start: at, end: at }; }
  const first = blocks[start];
  const last = blocks[Math.max(start, end - 1)];
  return { start: first.range.start, end: last.range.end };
}

/** Where the request is quoted, where the response is, and which standard sections are present. */
/** `ignoreAcknowledgement`: read the letter without its acknowledgement or request label, for its list or its asking paragraph. */
export function readLayout(blocks: readonly Block[], schema: Schema, ignoreAcknowledgement = false): Layout {
  const specs = schema.sections;
  const responseOrder = specs.findIndex((s) => s.id === 'response');
  // A label names the request ("The request:", "Details of the Request", "You asked:"): it wins over
  // an acknowledgement, which may stand above it. A label with the request after it on the same line
  // starts the request itself.
  const requestLabel = ignoreAcknowledgement ? -1 : blocks.findIndex(
    (b) =>
      (b.kind === 'paragraph' || b.kind === 'heading' || (b.kind === 'list-item' && b.marker === '-' && readLabel(b.text, schema.layout.fields.request)?.bare)) &&
      b.item === undefined &&
      readLabel(b.text, schema.layout.fields.request) !== undefined,
  );
  const inlineRequest = requestLabel >= 0 && !readLabel(blocks[requestLabel].text, schema.layout.fields.request)!.bare;
  const ackIndex = ignoreAcknowledgement
    ? -1
    : requestLabel >= 0
      ? requestLabel - (inlineRequest ? 1 : 0)
      : blocks.findIndex(
          (b) =>
            (b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'heading') &&
            isAcknowledgement(b.text),
        );
  // "Our response:", "RESPONSE", "Details of the Response": the answers follow.
  const responseLabel = blocks.findIndex((b, i) => i > ackIndex && isBareLabel(b) && b.text.length <= 70);

  // Headings first: a section named by a heading wins over one recognised by its words.
  const anchors: Anchor[] = [];
  const byHeading = new Set<string>();
  blocks.forEach((b, index) => {
    if (!isHeadingLike(b) || index === ackIndex) return;
    const order = specs.findIndex((s) => s.heading.some((p) => p.test(b.text)));
    if (order >= 0 && !byHeading.has(specs[order].id)) {
      byHeading.add(specs[order].id);
      anchors.push({ index, spec: specs[order], order, by: 'heading' });
    }
  });
  anchors.sort((a, b) => a.index - b.index);

  // The request runs from the acknowledgement to the first section after it.
  const firstAnchorAfter = (from: number, textSpecs: SectionSpec[]) => {
    let end = responseLabel > from ? responseLabel : blocks.length;
    for (const a of anchors) if (a.index > from) { end = Math.min(end, a.index); break; }
    for (let i = from + 1; i < end; i++) {
      if (blocks[i].kind === 'heading' || blocks[i].kind === 'paragraph') {
        if (textSpecs.some((s) => s.text.some((p) => p.test(blocks[i].text)))) return i;
      }
    }
    return end;
  };
  // The request ends where any section but the response starts: a rights paragraph after answers
  // written under each question closes them. A sentence that introduces the response ends it too (a
  // response heading does already, by itself).
  const beforeResponse = specs.filter((s) => s.id !== 'response' || s.text.length > 0);
  let request: Layout['request'];
  let byList = false;
  // A form of questions above the reply's "Thank you for your request" (a log that shows the request,
  // then the reply restating it): the questions above are the request.
  const askedAbove = requestLabel < 0 && ackIndex > 0 ? blocks.slice(0, ackIndex).filter((b) => b.marker !== undefined && b.marker !== '-' && looksAsked(b.text)) : [];
  if (askedAbove.length >= 2) {
    const start = blocks.indexOf(askedAbove[0]);
    request = { start, end: Math.min(ackIndex, firstAnchorAfter(start - 1, beforeResponse)) };
    byList = true;
  } else if (ackIndex >= 0 || inlineRequest) {
    request = { start: ackIndex + 1, end: firstAnchorAfter(ackIndex, beforeResponse) };
  }
  if (!request || request.end <= request.start) {
    // No acknowledgement, or nothing between it and the next section (the questions are set out in
    // an annex after the reply): the numbered or bulleted lines before the next section are the request.
    const isListed = (b: Block) => b.kind === 'list-item' || b.marker !== undefined || b.item?.role === 'question';
    const firstList = blocks.findIndex((b, i) => i > ackIndex && isListed(b));
    request = undefined;
    if (firstList >= 0) {
      const end = firstAnchorAfter(firstList - 1, beforeResponse);
      // The asking paragraph the list hangs from ("... can you provide me with the following
      // information:") is the requester's too.
      const stem = blocks[firstList - 1];
      const start = stem && firstList - 1 > ackIndex && stem.kind === 'paragraph' && /:\s*$/.test(stem.text) && asksFor(stem.text) ? firstList - 1 : firstList;
      if (end > firstList) [request, byList] = [{ start, end }, true];
    } else if (ackIndex < 0) {
      // A log entry that only gives the request's words: the first paragraph that asks for something.
      const asking = blocks.findIndex((b) => b.kind === 'paragraph' && asksFor(b.text) && !specs.some((spec) => spec.text.some((p) => p.test(b.text))));
      if (asking >= 0) [request, byList] = [{ start: asking, end: asking + 1 }, true];
    }
  }

  // Sections recognised by their words: outside the request, only where no heading named them.
  const inRequest = (i: number) => request !== undefined && i >= request.start && i < request.end;
  specs.forEach((spec, order) => {
    if (byHeading.has(spec.id) || spec.text.length === 0) return;
    const index = blocks.findIndex(
      (b, i) =>
        !inRequest(i) &&
        !QUOTED.test(b.text) &&
        (b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'heading') &&
        spec.text.some((p) => p.test(b.text)),
    );
    // A sentence that introduces the answers cannot come before the request it answers ("The Council
    // responds to your questions as follows: 1) ...?" quotes each question with its answer).
    if (index < 0 || (spec.id === 'response' && request !== undefined && index < request.start)) return;
    const at = Math.min(...spec.text.map((p) => p.find(blocks[index].text)?.index ?? Infinity));
    anchors.push({ index, spec, order, by: 'text', runsOn: at > RUN_ON_OPENING });
  });
  anchors.sort((a, b) => a.index - b.index);

  const sections: Section[] = anchors.map((a, k) => {
    const next = anchors.slice(k + 1).find((n) => n.index > a.index)?.index ?? blocks.length;
    const bodyStart = a.by === 'heading' ? a.index + 1 : a.index;
    const body = blocks.slice(bodyStart, next).filter((b) => b.kind !== 'html');
    return {
      id: a.spec.id,
      title: a.spec.title,
      anchor: blocks[a.index],
      by: a.by,
      ...(a.runsOn ? { runsOn: true } : {}),
      blocks: body,
      range: spanRange(blocks, a.index, next),
      text: body.map((b) => b.text).join('\n'),
    };
  });

  // The response: the Response section, or what lies between the request and the closing sections.
  let response: Layout['response'];
  const responseAnchor = anchors.find((a) => a.spec.id === 'response');
  const closing = (a: Anchor) => (responseOrder >= 0 ? a.order > responseOrder : a.order > 0);
  // The response ends where a closing section starts, or after the paragraph it runs on in.
  const endAt = (a: Anchor | undefined) => (a ? a.index + (a.runsOn ? 1 : 0) : blocks.length);
  if (responseAnchor) {
    // A regime statement inside the response does not end it; a closing section or another heading does.
    const end = endAt(anchors.find((a) => a.index > responseAnchor.index && (closing(a) || a.by === 'heading')));
    response = { start: responseAnchor.index + 1, end };
  } else if (responseLabel >= 0 && (!request || responseLabel >= request.end)) {
    const end = endAt(anchors.find((a) => a.index > responseLabel && closing(a)));
    response = { start: responseLabel + 1, end };
  } else {
    const start = request ? request.end : ackIndex + 1;
    const end = endAt(anchors.find((a) => a.index >= start && closing(a)));
    if (end > start) response = { start, end };
  }
  const requestBy = !request ? undefined : byList ? 'list' : requestLabel >= 0 ? 'label' : 'acknowledgement';
  return { ack: ackIndex >= 0 ? ackIndex : undefined, requestBy, request, response, sections };
}

export { spanRange };
