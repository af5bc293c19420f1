import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, draft, example, lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'consider-eir');

function potholes(act = 'the Freedom of Information Act 2000'): string {
  return letter({
    received: '3 March 2025',
    sent: '20 March 2025',
    act,
    response: 'The council repaired 3,112 potholes on its roads in 2024, at a cost of £1.2 million.',
  });
}

describe('rule: consider-eir', () => {
  it('notes a FOIA reply about roads, on the regime statement, with a suggestion to handle it under the EIR', () => {
    const text = potholes();
    const [f] = found(text);
    assert.equal(f.severity, 'info');
    assert.equal(f.range.start.line + 1, lineOf(text, 'We have processed this request'));
    assert.match(f.message, /about “potholes”: if the information is environmental, it must be handled under the Environmental Information Regulations 2004, not FOIA \(section 39\)/);
    const fixed = applyEdits(text, f.suggestions![0].edits).text;
    assert.match(fixed, /We have processed this request under the Environmental Information Regulations 2004\./);
    assert.deepEqual(found(fixed), []);
  });

  it('points a FOISA reply to the EISR', () => {
    const [f] = found(potholes('the Freedom of Information (Scotland) Act 2002'));
    assert.match(f.message, /Environmental Information \(Scotland\) Regulations 2004, not FOISA \(section 39\(2\)\)/);
  });

  it('reads the request as well as the response (noise complaints)', () => {
    const [f] = found(draft('shared-explicit.md'));
    assert.match(f.message, /“noise”/);
  });

  it('stays quiet for EIR replies, addresses such as "Station Road", and the published letters', () => {
    assert.deepEqual(found(potholes('the Environmental Information Regulations 2004')), []);
    assert.deepEqual(found(draft('foia-s12-advice.md')), []);
    assert.deepEqual(found(draft('eir-planning-viability.md')), []);
    assert.deepEqual(found(draft('eisr-not-held.md')), []);
    assert.deepEqual(found(example(AI_RECRUITMENT)), []);
    assert.deepEqual(found(example(FACIAL_RECOGNITION)), []);
  });
});
