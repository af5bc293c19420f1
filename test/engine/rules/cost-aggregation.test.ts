import * as assert from 'node:assert/strict';
import { lineOf, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'cost-aggregation');
const reply = (response: string, act = 'the Freedom of Information Act 2000') => letter({ received: '3 March 2025', sent: '20 March 2025', act, response });
const REFUSAL =
  'Research with each of the officers involved would take 30 hours, at 20 minutes per deployment, which exceeds the appropriate limit of 18 hours, so section 12 of the Act applies. If you narrowed your request to one month, we may be able to answer it.';

describe('rule: cost-aggregation', () => {
  it('warns when requests are aggregated without saying why (B16 without its reason)', () => {
    const text = reply(`As advised earlier, this request has been aggregated with your previous request, FOI 775/12, due to the cost and time implications.\n\n${REFUSAL}`);
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.range.start.line + 1, lineOf(text, 'has been aggregated'));
    assert.match(f.message, /Say why the requests may be aggregated: .*same or similar information .*60 consecutive working days \(FOIA section 12\(4\); Fees Regulations 2004, regulation 5\)/);
  });

  it('warns when the estimate counts another request without saying the requests are aggregated', () => {
    const text = reply(
      'This, when added to the time undertaken on researching your previous request (FOI 775/12), would take 30 hours, at 20 minutes per deployment, so section 12 of the Act applies. If you narrowed your request to one month, we may be able to answer it.',
    );
    const [f] = found(text);
    assert.match(f.message, /The estimate counts another request: say that the requests are aggregated under FOIA section 12\(4\)/);
  });

  it('accepts an aggregation with its reason (B16), refusals that aggregate nothing, and FOISA', () => {
    // B16 as published: "it refers to the same subject area".
    assert.deepEqual(found(reply(`As advised earlier, this request has been aggregated with your previous request, FOI 775/12, due to the cost and time implications as it refers to the same subject area.\n\n${REFUSAL}`)), []);
    assert.deepEqual(found(reply(`Under section 12(4) we have aggregated your three requests of March.\n\n${REFUSAL}`)), []);
    assert.deepEqual(found(reply(REFUSAL)), []);
    assert.deepEqual(found(reply(`${REFUSAL} Please note that if you send separate requests, they may be aggregated.`)), []);
    assert.deepEqual(found(reply(`The figures are not aggregated across requests or years, so each file would have to be checked.\n\n${REFUSAL}`)), []);
    assert.deepEqual(found(reply('We have aggregated the figures for 2023 and 2024: 42 incidents in all.')), []);
    assert.deepEqual(found(reply(`This request has been aggregated with your previous request.\n\n${REFUSAL.replace('section 12 of the Act', 'section 12 of FOISA').replace('18 hours', '£600')}`, 'the Freedom of Information (Scotland) Act 2002')), []);
  });
});
