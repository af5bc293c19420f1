import * as assert from 'node:assert/strict';
import { draftFacts } from '../../../server/src/engine/analysis/facts';
import { parseDraft } from '../../../server/src/engine/parse/draft';
import { baseSchema } from '../../../server/src/engine/schema/load';
import type { Schema } from '../../../server/src/engine/schema/types';
import type { RegimeId } from '../../../server/src/engine/types';
import { AI_RECRUITMENT, draft, edit, example, ofRule, run } from '../drafts';
import { letter, settings } from '../letters';

// The regime in effect, the four built-in bases and the rights check that follows the regime.

const regimeOf = (text: string, schema: Schema = baseSchema('foia')) => draftFacts(parseDraft(text, schema), schema).regime;
const REGIMES: RegimeId[] = ['foia', 'eir', 'foisa', 'eisr'];

describe('regime in effect', () => {
  it('comes from front matter, then the regime statement, then the Acts the reply names', () => {
    const ai = example(AI_RECRUITMENT);
    assert.deepEqual([regimeOf(ai).regime, regimeOf(ai).source], ['foia', 'statement']);
    const fm = regimeOf(`---\nregime: eir\n---\n${ai}`);
    assert.deepEqual([fm.regime, fm.source], ['eir', 'front-matter']);
    const noStatement = edit(ai, 'We have processed this request under the Freedom of Information Act 2000.', 'We have answered your questions below.');
    const named = regimeOf(edit(noStatement, 'There is no charge for making an appeal.', 'There is no charge under the Environmental Information Regulations 2004.'));
    assert.deepEqual([named.regime, named.source], ['eir', 'letter']);
    // A Scottish Act named after the UK Act (a requester's "Freedom of Information Act 2000" repeated) wins.
    const scottish = regimeOf(
      edit(noStatement, 'There is no charge for making an appeal.', 'Under the Freedom of Information Act 2000 you asked for this. The information is exempt under section 25 of the Freedom of Information (Scotland) Act 2002.'),
    );
    assert.deepEqual([scottish.regime, scottish.source], ['foisa', 'letter']);
  });

  it('a request moved to the environmental regulations is under them, whatever Act the reply named first', () => {
    const ai = example(AI_RECRUITMENT);
    const moved = edit(
      ai,
      'We have processed this request under the Freedom of Information Act 2000.',
      'Although initially your request was dealt with under the Freedom of Information Act, as it relates to parking we now consider the relevant regime is the Environmental Information Regulations (EIR).',
    );
    assert.deepEqual([regimeOf(moved).regime, regimeOf(moved).source], ['eir', 'statement']);
    const opposed = edit(ai, 'We have processed this request under the Freedom of Information Act 2000.', 'We have considered it under the Environmental Information Regulations 2004, as opposed to under the Freedom of Information Act 2000.');
    assert.equal(regimeOf(opposed).regime, 'eir');
    // "as opposed to the EIR": the reply keeps to the Act.
    const kept = edit(ai, 'We have processed this request under the Freedom of Information Act 2000.', 'We have processed this request under the Freedom of Information Act 2000, as opposed to the Environmental Information Regulations 2004.');
    assert.equal(regimeOf(kept).regime, 'foia');
    // Section 39(2) of the FOISA sends an environmental request to the EISR.
    const s39 = edit(
      ai,
      'We have processed this request under the Freedom of Information Act 2000.',
      'We have applied the exemption under section 39(2) of the Freedom of Information (Scotland) Act 2002 as the information is environmental. We are therefore handling your request under the terms of the Environmental Information (Scotland) Regulations 2004.',
    );
    assert.equal(regimeOf(s39).regime, 'eisr');
  });

  it('reads a Scottish authority from its postcode, and falls back to the settings', () => {
    const header = 'Information Governance\nGlenbrae Council\n1 Tay Street\nPerth PH1 5LX';
    const text = letter({ received: '2 March 2026', sent: '3 March 2026', header, rights: 'You can ask for a review within 40 working days.' });
    const scottish = regimeOf(text);
    assert.deepEqual([scottish.regime, scottish.source, scottish.scottish?.by], ['foisa', 'scottish-authority', 'postcode']);
    assert.equal(regimeOf(text, baseSchema('eisr')).regime, 'eisr');
    const berwick = letter({ received: '2 March 2026', sent: '3 March 2026', header: 'Council Offices\nBerwick-upon-Tweed TD15 1ED', rights: 'x' });
    assert.deepEqual([regimeOf(berwick).regime, regimeOf(berwick).source], ['foia', 'schema']);
    assert.equal(regimeOf(berwick, baseSchema('eir')).regime, 'eir');
  });

  it('ignores the Acts a requester names in the quoted request', () => {
    let text = edit(draft('foisa-council-s38.md'), 'We have processed this request under the Freedom of Information (Scotland) Act 2002.\n', '');
    text = edit(text, '1. The number of complaints the council received about its home care service in 2025.\n2.', 'Under the Freedom of Information Act 2000, please tell me:\n\n1. The number of complaints the council received about its home care service in 2025.\n2.');
    const r = regimeOf(text);
    assert.equal(r.regime, 'foisa');
    assert.ok(!r.named.has('foia'));
  });
});

describe('built-in bases', () => {
  it('load for every regime, also through extends, in house-style order', () => {
    for (const id of REGIMES) {
      const schema = settings(`extends: ${id}\n`);
      assert.equal(schema.base, id);
      assert.deepEqual(schema.sections.map((s) => s.id), ['regime', 'response', 'further-information', 'direct-marketing', 'rights']);
      assert.ok(schema.paragraphs.get(`regime-${id}`)?.text.includes('We have processed this request under'), id);
    }
  });

  it("each base's standard rights paragraph satisfies its own required mentions", () => {
    for (const id of REGIMES) {
      const schema = baseSchema(id);
      const rights = schema.sections.find((s) => s.id === 'rights')!;
      const text = schema.paragraphs.get(rights.paragraph!)!.text;
      for (const m of rights.mustMention) assert.ok(m.patterns.some((p) => p.test(text)), `${id}: ${m.id}`);
    }
  });

  it('asks the EIR for representations, and the Scottish bases for the Scottish Commissioner and the Court of Session', () => {
    const mentions = (id: RegimeId) => baseSchema(id).sections.find((s) => s.id === 'rights')!.mustMention.map((m) => m.description).join('; ');
    assert.match(mentions('eir'), /representations/);
    assert.match(mentions('foisa'), /Scottish Information Commissioner.*Court of Session/);
    assert.match(mentions('eisr'), /regulation 16/);
    assert.doesNotMatch(baseSchema('foisa').paragraphs.get('rights')!.text, /Wilmslow|ico\.org\.uk/);
  });

  it('make a reply written for them clean, and check a reply under another regime against its own rights', () => {
    for (const [name, base] of [['eir-planning-viability.md', 'eir'], ['foisa-council-s38.md', 'foisa'], ['eisr-not-held.md', 'eisr']] as const) {
      const own = run(draft(name), baseSchema(base)).findings.filter((f) => f.severity !== 'info');
      assert.deepEqual(own, [], `${name} under ${base}`);
      const fromFoia = run(draft(name)).findings.filter((f) => f.severity !== 'info');
      assert.deepEqual(fromFoia, [], `${name} under foia`);
    }
    // A Scottish reply with the ICO's rights fails the Scottish rights check, even with FOIA settings.
    const text = edit(
      draft('foisa-council-s38.md'),
      'apply to the Scottish Information Commissioner for a decision under section 47 of the Act, within six months: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS (telephone 01334 464610; website www.foi.scot)',
      "complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF",
    );
    const [f] = ofRule(run(text), 'missing-rights');
    assert.match(f.message, /does not mention the right to apply to the Scottish Information Commissioner or the Scottish Information Commissioner's contact details/);
  });
});
