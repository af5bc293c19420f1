import * as assert from 'node:assert/strict';
import { cut, draft, edit, lineOf, ofRule, run } from '../drafts';
import { letter, settings } from '../letters';

const found = (text: string, schema?: Parameters<typeof run>[1]) => ofRule(run(text, schema), 'cost-limit');
const S12 = draft('foia-s12-advice.md');
const central = () => settings('authority:\n  name: Department for Examples\n  centralGovernment: true\n');

describe('rule: cost-limit', () => {
  it('warns when a section 12 refusal gives no advice on narrowing the request', () => {
    const text = cut(S12, 'Under section 16 of the Act', '## Advice');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.range.start.line + 1, lineOf(text, 'Section 12 of the Freedom of Information Act 2000'));
    assert.match(f.message, /must offer advice and assistance .* \(FOIA section 16\)/);
  });

  it('reports the central government limit in a council letter, on the amount', () => {
    const text = edit(S12, 'limit of £450, which represents 18 hours', 'limit of £600, which represents 24 hours');
    const [f] = found(text);
    assert.match(f.message, /limit for this authority is £450 \(18 hours at £25 an hour\), not £600.*centralGovernment: true/);
    const line = text.split('\n')[f.range.start.line];
    assert.equal(line.slice(f.range.start.character, f.range.end.character), '£600');
  });

  it('expects £600 and 24 hours from central government, and hours that match the amount', () => {
    const [wrongLimit] = found(S12, central());
    assert.match(wrongLimit.message, /central government .* is £600 \(24 hours at £25 an hour\), not £450/);
    const [wrongHours] = found(edit(S12, '£450, which represents 18 hours', '£600, which represents 25 hours'), central());
    assert.match(wrongHours.message, /£600 at £25 an hour is 24 hours, not 25/);
    assert.deepEqual(found(edit(S12, '£450, which represents 18 hours', '£600, which represents 24 hours'), central()), []);
  });

  it('leaves section 12 called an exemption to not-an-exemption', () => {
    const text = edit(S12, 'Section 12 of the Freedom of Information Act 2000 therefore means', 'The section 12 exemption therefore means');
    assert.deepEqual(found(text), []);
    assert.equal(ofRule(run(text), 'not-an-exemption').length, 1);
  });

  it('accepts a complete refusal, replies that are not about cost, and the Scottish £600 limit', () => {
    assert.deepEqual(found(S12), []);
    assert.deepEqual(found(draft('refusal-contracts.md')), []);
    assert.deepEqual(found(letter({ received: '3 March 2025', sent: '20 March 2025', act: 'the Freedom of Information Act 2000', response: 'The cost of complying with your request is within the appropriate limit, so there is no charge. The council employed 1,204 staff.' })), []);
    const scottish = letter({
      received: '13 March 2026',
      sent: '9 April 2026',
      act: 'the Freedom of Information (Scotland) Act 2002',
      response:
        'We estimate that the cost of complying with your request would exceed the limit of £600 set under section 12 of the Act, so we are not obliged to comply with it, because the records are on paper in four offices.\n\n' +
        'Under section 15 we can offer advice: if you narrowed your request to one year, we may be able to answer it.',
    });
    assert.deepEqual(found(scottish), []);
  });
});
