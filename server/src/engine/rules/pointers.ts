import type { Citation } from '../analysis/refusal';
import type { Block, Draft, RegimeId } from '../types';
import { blockSpan } from './text-spans';

// Pointers to information elsewhere ("available at:", "please follow the link", "our website"), and
// whether a block gives the address they point to. Shared by the rules on links and on replies that
// point elsewhere instead of answering.

/** An address: a URL, a Markdown link with a target, or a domain name. */
const ADDRESS =
  /https?:\/\/|\bwww\.|\]\(\s*[^)\s#]|<https?:|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|co|ac|nhs|police|com|net|scot|wales|uk|eu|int)(?:\.uk)?\b/i;
/** What every address above contains: found by a fast literal search, where ADDRESS tries each word. */
const ADDRESS_LITERALS = /https?:\/\/|www\.|\]\(|<https?:|\.(?:gov|org|co|ac|nhs|police|com|net|scot|wales|uk|eu|int)/i;

/** Whether the text gives an address (ADDRESS, searched only where its literals occur). */
export function hasAddressIn(text: string): boolean {
  return ADDRESS_LITERALS.test(text) && ADDRESS.test(text);
}

/** A pointer that ends its paragraph, the address expected next: "can be found at:", "the following link:". */
const TRAILING =
  /(?:\b(?:available|found|accessed|viewed|located|published|obtained|downloaded|seen|read|see)\s+(?:at|on|via|from|here|below)|\b(?:following|below)\s+(?:web\s*)?(?:links?|pages?|websites?|url|address)|\b(?:links?|website|web\s*page|url)(?:\s+below)?)\s*:\s*$/i;
/** A link word with no link: "please follow the link", "click here", "can be found here". */
const LINK_WORD =
  /\b(?:please\s+)?(?:follow|click\s+on|click|use)\s+(?:the|this)\s+(?:following\s+)?links?\b|\bclick\s+here\b|\b(?:found|available|accessed|viewed|seen|read|published|downloaded)\s+here\b|\b(?:via|at)\s+the\s+(?:following\s+|above\s+|below\s+)?link\b|\bthe\s+link\s+below\b/i;
/** What every LINK_WORD match contains: a quick test for the many paragraphs with none. */
const MAY_LINK = /link|\shere\b/i;
/** "Please see our website." and nothing more: a pointer to a whole site. */
const SEE_WEBSITE = /\b(?:please\s+)?(?:see|visit|refer\s+to|go\s+to|check)\s+(?:our|the\s+(?:council|trust|authority|service|force|department|university)['’]s)\s+(?:web\s*site|web\s*pages?)\s*(?:[.:;]|$)/im;
/** Link text whose address is missing: "[Facts and Figures]()", "Facts and Figures ( Information ...", "Incident Data ( ." */
const EMPTY_TARGET = /\]\(\s*#?\s*\)|\(\s*\)|\([ \t]*(?:[.,;]|$)(?![^)]{0,200}\))|\(\s+(?=[A-Z])(?![^)\n]{0,200}\))/m;
/** Words before an empty bracket that show it held a link. */
const LINKISH = /\b(?:website|web\s*page|page|link|site|portal|available|found|see|published|log)\b/i;

const EMPTY_TARGETS = new RegExp(EMPTY_TARGET.source, 'gm');
/** What every pointer above needs somewhere in the text: most paragraphs have none of it. */
const MAY_POINT = /\(|:[ \t]*$|\blinks?\b|\bhere\b|\bweb\s*(?:site|pages?)\b/im;

export interface Dangling {
  block: Block;
  /** Source offsets of the pointer phrase. */
  start: number;
  end: number;
  kind: 'trailing' | 'link-word' | 'empty-target' | 'website';
}

/** The first pointer in a reply block whose address is missing (neither in the block nor in the next one), and how many there are. */
export function danglingPointer(draft: Draft, block: Block, next: Block | undefined): (Dangling & { count: number }) | undefined {
  const span = blockSpan(draft, block);
  const text = span.text;
  if (!MAY_POINT.test(text)) return undefined;
  const found: Dangling[] = [];
  const at = (index: number, length: number, kind: Dangling['kind']) =>
    found.push({ block, start: span.start + index, end: span.start + index + length, kind });
  for (const m of text.matchAll(EMPTY_TARGETS)) {
    const atLineEnd = /^\([ \t]*$/.test(m[0]) || /^\([ \t]*\n/.test(text.slice(m.index));
    if (m[0].startsWith(']') || m[0].trim() === '()' || atLineEnd || LINKISH.test(text.slice(Math.max(0, m.index - 100), m.index))) {
      at(m.index, m[0].trimEnd().length, 'empty-target');
    }
  }
  // A line ending in "... at:" or "the following link:" with no address on the next line.
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && !found.length; i++) {
    const line = lines[i].trimEnd();
    // TRAILING ends with the colon: most lines do not, and the pattern is slow to try on each.
    if (!line.endsWith(':')) continue;
    const trailing = TRAILING.exec(line);
    if (!trailing) continue;
    const following = lines.slice(i + 1).find((l) => l.trim()) ?? (next ? blockSpan(draft, next).text : '');
    if (!hasAddressIn(following)) at(lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0) + trailing.index, trailing[0].length, 'trailing');
  }
  // A link word, else "see our website", only where nothing else was found and no address follows.
  if (!found.length && !(next !== undefined && hasAddressIn(blockSpan(draft, next).text)) && !hasAddressIn(text)) {
    const word = MAY_LINK.test(text) ? LINK_WORD.exec(text) : null;
    const site = word || !/web/i.test(text) ? null : SEE_WEBSITE.exec(text);
    if (word) at(word.index, word[0].length, 'link-word');
    else if (site) at(site.index, site[0].replace(/[.:;\s]+$/, '').length, 'website');
  }
  return found.length ? { ...found[0], count: found.length } : undefined;
}

/** Whether a block, or the one after it, gives an address. */
export function hasAddress(draft: Draft, block: Block, next?: Block): boolean {
  return hasAddressIn(blockSpan(draft, block).text) || (next !== undefined && hasAddressIn(blockSpan(draft, next).text));
}

/** The provision for information reasonably accessible by other means, per regime. */
export const ACCESSIBLE: Record<RegimeId, { family: RegimeId[]; citation: RegExp; label: string }> = {
  foia: { family: ['foia'], citation: /^21\b/, label: 'section 21 of the Freedom of Information Act' },
  foisa: { family: ['foisa'], citation: /^25\b/, label: 'section 25 of the Freedom of Information (Scotland) Act' },
  eir: { family: ['eir'], citation: /^6\(1\)(?:\(b\))?$/, label: 'regulation 6(1)(b) of the Environmental Information Regulations' },
  eisr: { family: ['eisr'], citation: /^6\(1\)(?:\(b\))?$/, label: 'regulation 6(1)(b) of the Environmental Information (Scotland) Regulations' },
};

/** Whether a citation is the regime's provision for information reasonably accessible by other means. */
export function isAccessibleElsewhere(regime: RegimeId, c: Citation): boolean {
  const spec = ACCESSIBLE[regime];
  return spec.family.includes(c.regime) && spec.citation.test(c.citation) && c.instrument === undefined;
}
