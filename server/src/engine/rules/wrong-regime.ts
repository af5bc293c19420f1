import { lookupGround, resolveCitation, type Ground } from '../law/catalogue';
import type { Citation } from '../analysis/refusal';
import { isEnvironmental, isScottish, REGIME_NAMES, type RegimeInEffect } from '../analysis/regime';
import type { Block, Range, RegimeId } from '../types';
import { capitalise } from './regime-law';
import type { Rule, RuleContext } from './rule';

const SHORT: Record<RegimeId, string> = { foia: 'FOIA', eir: 'the EIR', foisa: 'FOISA', eisr: 'the EISR' };
/** The same family of law in the other jurisdiction, whose numbers an officer may carry over. */
const COUNTERPART: Record<RegimeId, RegimeId> = { foia: 'foisa', foisa: 'foia', eir: 'eisr', eisr: 'eir' };

// The ICO's details have no place in a Scottish rights paragraph (GEN-03), and the Scottish
// Commissioner's none in an English one. Paragraphs about data protection or direct marketing may
// name the ICO in any reply: it regulates PECR and data protection across the UK.
const ICO_TOKENS = /Information Commissioner['’]?s Office|\bICO\b|\bWilmslow\b|Wycliffe House|SK9\s*5AF|0303\s*123\s*1113|\bico\.org\.uk\b/g;
const SCOTTISH_TOKENS =
  /Scottish Information Commissioner|Court of Session|Kinburn Castle|KY16\s*9DS|itspublicknowledge\.info|\bfoi\.scot\b|Freedom of Information \(Scotland\) Act|Environmental Information \(Scotland\) Regulations/g;
/** Literals every SCOTTISH_TOKENS match contains: an English letter rarely has any, and a search for them is quick. */
const SCOTTISH_LITERALS = ['Scot', 'Court of Session', 'Kinburn Castle', 'KY16', 'itspublicknowledge.info', 'foi.scot'];
/** Data protection complaints go to the ICO in Scotland too: such paragraphs may name it. */
const DATA_PROTECTION = /\bdata\s+protection\b|\bGDPR\b|\bPECR\b|\bpersonal\s+(?:data|information)\b|\bdirect\s+marketing\b/i;
// Not "Environmental Information Regulations (Scotland)": the Scottish law, misnamed.
const ENGLISH_ACTS = /Freedom of Information Act(?!\s*\(Scotland\))(?:\s+2000)?|Environmental Information Regulations(?!\s*\(Scotland\))(?:\s+2004)?/g;
/** The requester's own words, wherever the reader put them: "I would like to request under the ... Act". */
const REQUESTER_ASKS = /\bI\s+(?:would\s+like|wish|want)\s+to\s+request\b|\bI\s+am\s+writing\s+to\s+you\b[^.]{0,100}\bto\s+request\b/i;

// Equivalent grounds the RULES.md tables give (SCOT-05; EISR regs 10 and 11 [S]).
const EQUIVALENT: Record<string, string> = {
  'foia:40(2)': 'section 38(1)(b)',
  'foia:40(1)': 'section 38(1)(a)',
  'foia:43(2)': 'section 33(1)(b)',
  'foia:21': 'section 25',
  'foisa:38(1)(b)': 'section 40(2)',
  'foisa:38(1)(a)': 'section 40(1)',
  'foisa:33(1)(b)': 'section 43(2)',
  'foisa:25': 'section 21',
  'eir:13': 'regulation 11',
  'eisr:11': 'regulation 13',
};

/** The ground in the other jurisdiction's numbering, where foi-lint knows it. */
function equivalentOf(regime: RegimeId, citation: string): string | undefined {
  const known = EQUIVALENT[`${regime}:${citation}`];
  if (known) return known;
  // EIR reg 12(4)/(5) exceptions are EISR reg 10(4)/(5) with the same letters, and back [S S40].
  if (regime === 'eir' && /^12\([45]\)/.test(citation)) return `regulation ${citation.replace(/^12/, '10')}`;
  if (regime === 'eisr' && /^10\([45]\)/.test(citation)) return `regulation ${citation.replace(/^10/, '12')}`;
  return undefined;
}

const STOP = new Set([
  'information', 'other', 'relating', 'relations', 'public', 'authority', 'authorities', 'where', 'which', 'their', 'under',
  'about', 'person', 'persons', 'applicant', 'means', 'would', 'affect', 'adverse', 'effect', 'prejudice', 'substantial',
  'disclosure', 'exemption', 'exception', 'interests', 'provided', 'course', 'conduct', 'effective',
]);

/** Distinctive word stems of a ground's subject: "Audit functions" -> ["audit", "functi"]. */
function stems(subject: string): string[] {
  return subject
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 5 && !STOP.has(w))
    // Long enough to tell words apart ("internatio" is not "internal"), short enough for endings.
    .map((w) => w.slice(0, Math.max(5, w.length - 3)));
}

/** Whether a text has a word starting with one of the stems. */
function mentions(text: string, stems: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return stems.some((stem) => {
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
      if (at === 0 || !/[a-z0-9]/.test(lower[at - 1])) return true;
    }
    return false;
  });
}

export const wrongRegime: Rule<'regime' | 'refusal' | 'reply'> = {
  meta: {
    id: 'wrong-regime',
    description: 'Text from another regime: ICO details in a Scottish reply, FOIA numbers in a FOISA or EIR reply, "section 12" in an EIR reply, a Scottish authority answering under FOIA.',
    defaultSeverity: 'error',
    fixable: false,
    docs: `The regime in effect is taken from the front matter (\`regime: foia|eir|foisa|eisr\`), else the letter's
regime statement ("We have processed this request under ..."), else the first Act or Regulations the
authority's own words name (a Scottish one before any other), else a Scottish address, else the settings' base (\`extends\`). Words quoted
from the request do not count: requesters often cite FOIA to Scottish authorities.

Reported (errors unless stated):
- **A Scottish authority answering under FOIA or the EIR** (GEN-03): the first postcode in the letter's header
  is Scottish (AB, DD, DG, EH, FK, G, HS, IV, KA, KW, KY, ML, PA, PH, TD, ZE; TD12 and TD15 straddle the
  border and are left out), or the letter names the Scottish Information Commissioner, or the settings extend
  \`foisa\`/\`eisr\`. A UK-wide public authority based in Scotland does answer under FOIA: say so with
  \`regime: foia\` in the front matter and this is not reported. The postcode test is a heuristic.
- **ICO details in a FOISA or EISR reply** (the Information Commissioner's Office, Wilmslow, SK9 5AF,
  0303 123 1113, ico.org.uk), and the Freedom of Information Act 2000 or the Environmental Information
  Regulations 2004 named in one. The direct-marketing notice and paragraphs about data protection may
  name the ICO: it regulates PECR and data protection across the UK, Scotland included.
- **Scottish details in a FOIA or EIR reply**: the Scottish Information Commissioner, the Court of Session,
  Kinburn Castle.
- **Section numbers from the other jurisdiction** (GEN-04, SCOT-05): the numbers differ between FOIA and
  FOISA (FOIA section 40 is personal information, FOISA section 40 audit functions; FOISA personal data is
  section 38(1)(b), commercial interests 33(1)(b), otherwise accessible 25), and between the EIR and the
  EISR (regulations 12 and 13 against 10 and 11, from secondary sources [S]). A citation is reported when the
  number is a ground only in the other jurisdiction, or when the words around it describe the other
  jurisdiction's ground and not this one's.
- **FOIA grounds in an EIR reply** (EIR-02, EIR-08): the EIR have no cost limit, so "section 12" must be
  regulation 12(4)(b) (manifestly unreasonable, with a public interest test), and environmental
  information is refused under the regulation 12 and 13 exceptions, not FOIA exemptions. Not reported when
  the regime statement names both regimes (a request handled partly under each) or the letter relies on
  FOIA section 39 or FOISA section 39(2).
- **warning**: EIR exceptions cited in a reply that says it was handled under FOIA (HS-02): if the
  information is environmental, say so in the regime statement.

**Fix:** use the other regime's wording: its standard rights paragraph, regime statement and numbers.`,
  },
  reads: ['regime', 'refusal', 'reply'],
  check(ctx) {
    const r = ctx.facts.regime;
    const scottishReported = checkAuthority(ctx, r);
    if (isScottish(r.regime)) {
      checkTokens(ctx, ICO_TOKENS, (t) => `“${t}” is the UK Information Commissioner's: under ${SHORT[r.regime]} requesters apply to the Scottish Information Commissioner (FOISA section 47), then the Court of Session.`, (b) => !DATA_PROTECTION.test(b.text));
      checkTokens(ctx, ENGLISH_ACTS, (t) => `${t} does not apply to a Scottish public authority: the reply is answered under ${REGIME_NAMES[r.regime]}.`, (b) => !REQUESTER_ASKS.test(b.text));
    } else if (!scottishReported && SCOTTISH_LITERALS.some((literal) => ctx.draft.text.includes(literal))) {
      checkTokens(ctx, SCOTTISH_TOKENS, (t) => `“${t}” belongs to the Scottish regime: under ${SHORT[r.regime]} requesters complain to the Information Commissioner (ICO), then the First-tier Tribunal.`);
    }
    checkCitations(ctx, r);
  },
};

/** GEN-03: a Scottish authority that answers under FOIA or the EIR. Returns whether it reported. */
function checkAuthority(ctx: RuleContext, r: RegimeInEffect): boolean {
  if (isScottish(r.regime) || r.source === 'front-matter') return false;
  // Naming the Scottish Commissioner in an English reply is reported as that phrase, below.
  const postcode = r.scottish?.by === 'postcode' ? r.scottish : undefined;
  const settingsScottish = isScottish(ctx.schema.base);
  if (!postcode && !settingsScottish) return false;
  const reason = postcode?.reason ?? `these settings extend ${ctx.schema.base}`;
  const scottishLaw = isEnvironmental(r.regime) ? REGIME_NAMES.eisr : REGIME_NAMES.foisa;
  ctx.report({
    message:
      `This looks like a Scottish public authority (${reason}), but the reply is answered under ${REGIME_NAMES[r.regime]}: ` +
      `Scottish authorities answer under ${scottishLaw}. A UK-wide body based in Scotland answers under FOIA: say so with “regime: foia” in the front matter.`,
    range: r.range ?? postcode?.range ?? ctx.draft.blocks[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    data: { regime: r.regime, expected: isEnvironmental(r.regime) ? 'eisr' : 'foisa' },
  });
  return true;
}

/** One finding per paragraph for the first wrong-regime phrase in it, in paragraphs `where` accepts. */
function checkTokens(ctx: RuleContext<'reply'>, pattern: RegExp, message: (text: string) => string, where: (block: Block) => boolean = () => true): void {
  const view = ctx.facts.reply;
  const seen = new Set<number>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(ctx.draft.text); m; m = pattern.exec(ctx.draft.text)) {
    if (!view.isReplyOffset(m.index)) continue;
    const range = view.range(m.index, m.index + m[0].length);
    const block = view.blockAt(range.start.line);
    if (!block || seen.has(block.startLine)) continue;
    if (view.sectionOf(block)?.id === 'direct-marketing' && pattern === ICO_TOKENS) continue;
    if (!where(block)) continue;
    seen.add(block.startLine);
    ctx.report({ message: message(m[0].replace(/\s+/g, ' ')), range });
  }
}

function checkCitations(ctx: RuleContext<'refusal'>, r: RegimeInEffect): void {
  const a = ctx.facts.refusal;
  // Section 39 (FOIA) or 39(2) (FOISA) is how an Act's reply hands environmental information to the regulations.
  const mixed = r.stated.size > 1 || a.grounds.some((g) => (g.ground.regime === 'foia' || g.ground.regime === 'foisa') && g.ground.citation.startsWith('39'));
  const seen = new Set<string>();
  for (const c of a.citations) {
    const key = `${c.regime}:${c.citation}`;
    if (seen.has(key) || c.instrument) continue;
    seen.add(key);
    if (c.regime === r.regime) checkJurisdiction(ctx, r.regime, c, a.passageOf(c.block).map((b) => b.text).join('\n'));
    else if (!mixed && c.ground && c.ground.kind !== 'not-a-ground') checkFamily(ctx, r.regime, c, c.ground);
  }
}

/** FOIA numbers in a FOISA reply and the other way round; EIR numbers in an EISR reply and back. */
function checkJurisdiction(ctx: RuleContext, regime: RegimeId, c: Citation, passage: string): void {
  const other = COUNTERPART[regime];
  const theirs = lookupGround(other, c.citation, { exact: true });
  if (!theirs || theirs.kind === 'not-a-ground') return;
  const own = resolveCitation(regime, c.citation);
  // FOIA and FOISA sections 12 and 14 mean the same thing.
  if (own.exact && own.ground?.kind === 'procedural' && theirs.kind === 'procedural') return;
  const ownSubject = own.ground?.subject ?? own.provision?.title;
  if (ownSubject === theirs.subject) return;
  // Only where the passage says what the other regime's provision is about: a number alone may be this
  // regime's own (FOISA section 27 is "information intended for future publication").
  const wrong = mentions(passage, stems(theirs.subject)) && (!ownSubject || !mentions(passage, stems(ownSubject)));
  if (!wrong) return;
  const here = ownSubject && own.exact ? `; in ${SHORT[regime]} ${c.keyword.text.toLowerCase().startsWith('r') ? 'regulation' : 'section'} ${c.citation} is “${ownSubject.toLowerCase()}”` : '';
  const equivalent = equivalentOf(other, theirs.citation);
  ctx.report({
    message:
      `“${c.keyword.text} ${c.text}” is the ${SHORT[other].replace(/^the /, '')} number for ${theirs.subject.toLowerCase()}${here}.` +
      (equivalent ? ` Under ${SHORT[regime]}, cite ${equivalent}.` : ` Cite the ${SHORT[regime].replace(/^the /, '')} provision.`),
    range: c.range,
    data: { citation: c.citation, regime: other },
  });
}

/** FOIA grounds in an EIR reply (and FOISA in an EISR one); EIR exceptions in a FOIA reply. */
function checkFamily(ctx: RuleContext, regime: RegimeId, c: Citation, ground: Ground): void {
  const range: Range = c.range;
  if (isEnvironmental(regime)) {
    if (/^12\b/.test(ground.citation) && ground.kind === 'procedural') {
      ctx.report({
        message: `${SHORT[regime] === 'the EIR' ? 'The EIR have' : 'The EISR have'} no cost limit: refuse a burdensome request as manifestly unreasonable under ${regime === 'eir' ? 'regulation 12(4)(b)' : 'regulation 10(4)(b)'}, with the public interest test.`,
        range,
        data: { citation: ground.citation },
      });
      return;
    }
    ctx.report({
      message: `${capitalise(ground.label)} is a ${SHORT[ground.regime]} exemption: environmental information is refused under the exceptions of ${REGIME_NAMES[regime]} (${regime === 'eir' ? 'regulations 12(4), 12(5) and 13' : 'regulations 10 and 11'}).`,
      range,
      data: { citation: ground.citation },
    });
    return;
  }
  ctx.report({
    severity: 'warning',
    message: `${capitalise(ground.label)} is an exception of ${REGIME_NAMES[ground.regime]}, but the reply says it was handled under ${REGIME_NAMES[regime]}: if the information is environmental, say so in the regime statement.`,
    range,
    data: { citation: ground.citation },
  });
}
