import * as assert from 'node:assert/strict';
import { draftFacts } from '../../../server/src/engine/analysis/facts';
import { lint } from '../../../server/src/engine/lint';
import { parseDraft } from '../../../server/src/engine/parse/draft';
import type { Rule } from '../../../server/src/engine/rules/rule';
import { baseSchema } from '../../../server/src/engine/schema/load';
import { AI_RECRUITMENT, example } from '../drafts';

// The shared facts of a draft: each computed on first read, once, for every rule that reads it.
describe('analysis: facts', () => {
  const schema = baseSchema('foia');
  const text = example(AI_RECRUITMENT);

  it('computes each fact once, on first read', () => {
    const facts = draftFacts(parseDraft(text, schema), schema);
    assert.equal(facts.regime, facts.regime);
    assert.equal(facts.refusal, facts.refusal);
    assert.equal(facts.reply, facts.reply);
    assert.equal(facts.deadline, facts.deadline);
    assert.equal(facts.refusal.regime, facts.regime.regime);
    assert.equal(facts.rights.ownSettings, true);
  });

  it('remembers an absent deadline too', () => {
    const undated = text.replace(/received on 8 September 2020/, 'received recently');
    const facts = draftFacts(parseDraft(undated, schema), schema);
    assert.equal(facts.deadline, undefined);
    assert.equal(facts.deadline, undefined);
  });

  it('gives the rules of one lint the same facts, and the result keeps them for the front ends', () => {
    const seen: unknown[] = [];
    const reader = (id: string): Rule<'regime'> => ({
      meta: { id, description: '', defaultSeverity: 'info', fixable: false, docs: '' },
      reads: ['regime'],
      check: (ctx) => void seen.push(ctx.facts.regime),
    });
    const result = lint(text, schema, [reader('a'), reader('b')]);
    assert.equal(seen.length, 2);
    assert.equal(seen[0], seen[1]);
    assert.equal(result.facts.regime, seen[0]);
  });

  it('checks the rights of a draft in another regime against that regime’s base', () => {
    const eir = `---\nregime: eir\n---\n${text}`;
    const facts = draftFacts(parseDraft(eir, schema), schema);
    assert.equal(facts.rights.regime, 'eir');
    assert.equal(facts.rights.ownSettings, false);
    assert.equal(facts.rights.schema, baseSchema('eir'));
  });
});
