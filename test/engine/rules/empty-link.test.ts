import * as assert from 'node:assert/strict';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'empty-link');
const reply = (response: string) => letter({ received: '1 May 2024', sent: '20 May 2024', act: 'the Freedom of Information Act 2000', response });
const marked = (text: string, i = 0) => {
  const f = found(text)[i];
  return text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);
};

describe('rule: empty-link', () => {
  it('reports "the following link:" with no address after it (a letter extracted from a PDF)', () => {
    const text = reply('The information you have requested is held, but will not be provided to you as it is reasonably accessible to you.\nDetails of the statistics can be found using the following link:\nAll vehicles used or kept on a road must be registered and licensed.');
    assert.equal(found(text)[0].severity, 'warning');
    assert.equal(marked(text), 'following link:');
  });

  it('reports link text with no address, once per paragraph', () => {
    // A fire service's reply: the earlier responses' links are missing.
    const text = reply('Please click on the following links to access the responses.\nEIR1645 / October 2023 / Lithium Battery Fires (\nEIR 1659 / November 2023 / Lithium - Ion Batteries (');
    const [f, ...rest] = found(text);
    assert.deepEqual(rest, []);
    assert.match(f.message, /no address \(and 1 more in this paragraph\)/);
    assert.equal(found(reply('The figures are on our website [Facts and Figures]().')).length, 1);
    assert.equal(marked(reply('The information requested can be found here.')), 'found here');
  });

  it('accepts pointers with their address, in the paragraph or the next one', () => {
    assert.deepEqual(found(reply('The information is available at: https://www.example.gov.uk/spending')), []);
    assert.deepEqual(found(reply('Please follow the link below:\n\nhttps://www.example.gov.uk/spending')), []);
    assert.deepEqual(found(reply('The report is on [our website](https://www.example.gov.uk/report) (see page 4).')), []);
    assert.deepEqual(found(reply('The figures (for 2023 only) are attached.')), []);
  });

  it('notes "please see our website" with no address, and leaves it to pointer-without-location under section 21', () => {
    const [f] = found(reply('Details of our planning fees are set out in full. Please see our website.'));
    assert.equal(f.severity, 'info');
    assert.match(f.message, /website as a whole: give the address of the page/);
    const s21 = reply('This information is exempt under section 21 as it is reasonably accessible to you. Please see our website.');
    assert.deepEqual(found(s21), []);
    assert.equal(ofRule(run(s21), 'pointer-without-location').length, 1);
    // A fire service's closing note about publishing this reply is not a pointer.
    assert.deepEqual(found(reply('Please note that the response and data released to you as part of this request will be published on our website.')), []);
  });
});
