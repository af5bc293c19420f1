import { baseSchema } from '../schema/load';
import type { Block } from '../types';
import type { Rule } from './rule';

// Subjects the ICO and the courts have treated as environmental information (RULES.md GEN-02). Phrases,
// not single words, where a word alone has other senses ("development" of software, "refuse" a request).
// Each is matched as whole words; the first phrase that matches at a position wins, in this order.
const ENVIRONMENTAL_PHRASES = [
  String.raw`planning\s+(?:applications?|permissions?|consents?|enforcement|appeals?|committee|decisions?|conditions?|obligations?)`,
  String.raw`section\s+106`,
  String.raw`building\s+control`,
  String.raw`redevelopment\s+(?:sites?|plans?|control|management|proposals?|briefs?)`,
  String.raw`development\s+(?:sites?|plans?|control|management|proposals?|briefs?)`,
  String.raw`viability\s+(?:assessments?|appraisals?|reports?)`,
  String.raw`contaminated\s+land`,
  String.raw`land\s+(?:use|contamination|drainage|remediation)`,
  ...['roads?', 'highways?', 'pavements?', 'footways?', 'potholes?', String.raw`road\s*works`],
  String.raw`traffic(?:\s+(?:calming|management|orders?|lights))?`,
  String.raw`speed\s+(?:limits?|humps?|bumps?|cameras?)`,
  String.raw`low\s+traffic\s+neighbou?rhoods?`,
  String.raw`cycle\s+lanes?`,
  ...['waste', 'recycling', String.raw`refuse\s+collections?`, String.raw`bin\s+collections?`, String.raw`fly[\s-]?tipping`, 'landfill', 'litter'],
  'noise',
  String.raw`air\s+(?:quality|pollution)`,
  'emissions?',
  'pollut(?:ion|ants?|ed)',
  ...['trees?', 'hedges?', 'flood(?:s|ing)?', 'drainage', 'sewage'],
  String.raw`energy\s+(?:use|consumption|efficiency|generation|performance)`,
  'renewables?',
  String.raw`solar\s+(?:panels?|farms?)`,
  ...['biodiversity', 'wildlife', 'habitats?', 'pesticides?', 'herbicides?', 'glyphosate'],
  String.raw`climate\s+(?:change|emergency)`,
  String.raw`carbon\s+(?:emissions?|footprint|neutral(?:ity)?|reduction)`,
  String.raw`net\s+zero`,
  String.raw`water\s+quality`,
  'contamination',
];

/**
 * Whole-word phrases as one global, case-insensitive regex, grouped by first letter: V8 tries every
 * alternative at every position, and 16 letters cost less than 48 phrases. Phrases with different first
 * letters never match at the same position, so the first phrase in the list still wins. Each phrase
 * starts with a letter, unquantified.
 */
function wholeWords(phrases: readonly string[]): RegExp {
  const byLetter = new Map<string, string[]>();
  for (const p of phrases) {
    const letter = p[0].toLowerCase();
    const rest = byLetter.get(letter) ?? [];
    rest.push(String.raw`${p.slice(1)}\b`);
    byLetter.set(letter, rest);
  }
  return new RegExp(String.raw`\b(?:${[...byLetter].map(([letter, rest]) => `${letter}(?:${rest.join('|')})`).join('|')})`, 'gi');
}

const ENVIRONMENTAL = wholeWords(ENVIRONMENTAL_PHRASES);
/** "Station Road", "Waste Lane": a capitalised word after a capitalised word is a name, not a subject. */
const IN_A_NAME = /\b[A-Z][\w'’-]*\s+$/;

/** The first environmental phrase in a text that is not part of a street or place name. */
function environmentalPhrase(text: string): string | undefined {
  ENVIRONMENTAL.lastIndex = 0;
  for (let m = ENVIRONMENTAL.exec(text); m; m = ENVIRONMENTAL.exec(text)) {
    if (/^[A-Z]/.test(m[0]) && IN_A_NAME.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    return m[0];
  }
  return undefined;
}

export const considerEir: Rule<'regime' | 'refusal'> = {
  meta: {
    id: 'consider-eir',
    description: 'A FOIA (or FOISA) reply about planning, roads, waste, pollution and the like: the Environmental Information Regulations may apply.',
    defaultSeverity: 'info',
    fixable: false,
    docs: `Environmental information must be handled under the Environmental Information Regulations 2004 (in
Scotland, the Environmental Information (Scotland) Regulations 2004), not FOIA: FOIA section 39 exempts it
so that the EIR apply instead (FOISA section 39(2) does the same). "Environmental information" is defined
widely (EIR regulation 2(1)): the state of the air, water, soil, land and landscape, and the factors,
measures, plans, activities and reports affecting them. The ICO has found authorities in breach for
handling such requests under FOIA (for example road traffic information, building control files, a
development viability assessment).

Reported (information): a reply answered under FOIA or FOISA, naming neither the EIR nor the EISR, whose
request or response mentions planning applications, building control, development sites, viability
assessments, contaminated land, roads and highways, traffic, waste and recycling, fly-tipping, noise, air
quality, emissions, pollution, trees, flooding and drainage, energy use, biodiversity, pesticides, climate
change or net zero. It is a prompt to decide, not a finding that the EIR apply: information about, say,
the cost of a road scheme's consultants may still be environmental (a measure affecting the environment),
while a list of staff in the highways team is not.

**Fix:** if the information is environmental, handle the request under the EIR: change the regime
statement (the suggestion does), cite EIR exceptions instead of FOIA exemptions, and use the EIR rights
paragraph (representations within 40 working days). To silence the rule for one letter, write
\`<!-- foi-lint-disable consider-eir -->\` in it.`,
  },
  reads: ['regime', 'refusal'],
  check(ctx) {
    const { draft } = ctx;
    const r = ctx.facts.regime;
    if (r.regime !== 'foia' && r.regime !== 'foisa') return;
    const environmental = r.regime === 'foia' ? 'eir' : 'eisr';
    if (r.named.has(environmental) || r.stated.has(environmental)) return;
    const request: Block[] = draft.request ? draft.blocks.slice(draft.request.start, draft.request.end) : [];
    const blocks = [...request, ...ctx.facts.refusal.responseBlocks];
    const found: { word: string; block: Block }[] = [];
    const seen = new Set<string>();
    for (const b of blocks) {
      const phrase = environmentalPhrase(b.text);
      if (!phrase) continue;
      const word = phrase.toLowerCase().replace(/\s+/g, ' ');
      if (!seen.has(word)) found.push({ word, block: b });
      seen.add(word);
      if (found.length >= 3) break;
    }
    if (!found.length) return;
    const statement = draft.sections.find((s) => s.id === 'regime')?.anchor;
    const target = statement ?? found[0].block;
    const paragraph = baseSchema(environmental).paragraphs.get(`regime-${environmental}`);
    const single = statement && statement.startLine === statement.endLine && /^[^.]*\.?$/.test(statement.text);
    const law = environmental === 'eir' ? 'the Environmental Information Regulations 2004' : 'the Environmental Information (Scotland) Regulations 2004';
    ctx.report({
      message:
        `The request is about ${found.map((f) => `“${f.word}”`).join(', ')}: if the information is environmental, it must be handled under ${law}, ` +
        `not ${r.regime === 'foia' ? 'FOIA (section 39)' : 'FOISA (section 39(2))'}.`,
      range: target.range,
      ...(single &&
        paragraph && {
          suggestions: [
            {
              title: `Handle under ${environmental === 'eir' ? 'the EIR' : 'the EISR'}: “${paragraph.text}”`,
              edits: [{ range: statement.range, newText: paragraph.text }],
            },
          ],
        }),
      data: { words: found.map((f) => f.word) },
    });
  },
};
