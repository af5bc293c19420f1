import * as assert from 'node:assert/strict';
import { draft, lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'eir-not-held-exception');
const EIR = 'the Environmental Information Regulations 2004';
const EISR = 'the Environmental Information (Scotland) Regulations 2004';
const reply = (response: string, act = EIR) => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });

describe('rule: eir-not-held-exception', () => {
  it('warns when an EIR reply says information is not held without regulation 12(4)(a) (A15, A21), on that paragraph', () => {
    // A15.
    const text = reply('The Council does not hold this information.');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.range.start.line + 1, lineOf(text, 'The Council does not hold this information.'));
    assert.match(f.message, /Under the EIR, information that is not held is refused under the exception in regulation 12\(4\)\(a\): cite it here/);
    // A21.
    assert.equal(found(reply('Oxford City Council does not hold information re:questions 1 and 2. The highway authority is the County Council.')).length, 1);
    const [s] = found(reply('The council does not hold any noise monitoring data for that road.', EISR));
    assert.match(s.message, /Under the EISR, .* regulation 10\(4\)\(a\)/);
  });

  it('accepts the exception cited (B30), FOIA and FOISA replies, and the fixture', () => {
    assert.deepEqual(found(reply('The council does not hold any noise monitoring data for that road, so we refuse this part under regulation 12(4)(a).')), []);
    // B30's notice names both regimes' provisions.
    assert.deepEqual(
      found(reply('This letter constitutes the notice in writing that the information specified is not held by the University, which is required under section 17 of the Freedom of Information (Scotland) Act 2002 and under Regulation 10(4)(a) of the Environmental Information (Scotland) Regulations 2004.', EISR)),
      [],
    );
    assert.deepEqual(found(reply('The Council does not hold this information.', 'the Freedom of Information Act 2000')), []);
    assert.deepEqual(found(reply('The Council does not hold this information.', 'the Freedom of Information (Scotland) Act 2002')), []);
    assert.deepEqual(found(draft('eisr-not-held.md')), []);
  });
});
