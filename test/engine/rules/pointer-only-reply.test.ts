import * as assert from 'node:assert/strict';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'pointer-only-reply');
const reply = (response: string, act = 'the Environmental Information Regulations 2004') => letter({ received: '1 May 2024', sent: '20 May 2024', act, response });

// A fire service's published reply, answered only by pointers to earlier responses.
const POINTERS =
  'We have published several responses to similar requests in the recent past.\n' +
  'Please click on the following links to access the responses that are published on the Transparency website.\n' +
  'EIR1645 / October 2023 / Lithium Battery Fires (https://www.example.gov.uk/eir1645)';

describe('rule: pointer-only-reply', () => {
  it('warns when the reply only points to earlier responses, on the pointer', () => {
    const text = reply(POINTERS);
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /only points to other responses .* regulation 6\(1\)\(b\) .* \(regulation 5\(1\)\)/);
    assert.equal(f.range.start.line + 1, text.split('\n').findIndex((l) => l.startsWith('We have published several')) + 1);
    const foia = found(reply('Please see our response to FOI 1234, which is published on our disclosure log.', 'the Freedom of Information Act 2000'));
    assert.match(foia[0]?.message ?? '', /section 21 .* \(section 1\(1\)\)/);
  });

  it('accepts a reply that gives its answer too, says not held, or relies on section 21 / regulation 6(1)(b)', () => {
    assert.deepEqual(found(reply(`${POINTERS}\n\nIn 2023 we attended 14 fires involving lithium-ion batteries.`)), []);
    // From the same service's reply to another request: the answer, then a pointer to the transparency site.
    assert.deepEqual(found(reply('We have no recorded information as to any injuries that were reported at the incidents that we attended.\nIncident and other data is published on our transparency site.')), []);
    // An answer in words, then the usual note about the disclosure log.
    assert.deepEqual(found(reply('The council does not use artificial intelligence in its recruitment process.\n\nResponses to previous requests are published on our disclosure log.', 'the Freedom of Information Act 2000')), []);
    assert.deepEqual(found(reply(`The information is publicly available and easily accessible, so regulation 6(1)(b) applies. ${POINTERS}`)), []);
  });
});
