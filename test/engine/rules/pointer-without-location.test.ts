import * as assert from 'node:assert/strict';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'pointer-without-location');
const reply = (response: string, act = 'the Freedom of Information Act 2000') => letter({ received: '1 May 2024', sent: '20 May 2024', act, response });

describe('rule: pointer-without-location', () => {
  it('reports section 21 relied on with no link or description, on the citation', () => {
    const text = reply('This information is exempt from disclosure under section 21 of the Freedom of Information Act as it is already reasonably accessible to you on our website.');
    const [f] = found(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /relies on section 21 .* give a direct link/);
    const line = text.split('\n')[f.range.start.line];
    assert.match(line.slice(f.range.start.character, f.range.end.character), /21/);
  });

  it('reports FOISA section 25 and EIR regulation 6(1)(b) alike', () => {
    const scottish = reply('The information is exempt under section 25(1) of FOISA because it is otherwise accessible: it is published by the council.', 'the Freedom of Information (Scotland) Act 2002');
    assert.match(found(scottish)[0]?.message ?? '', /section 25 of the Freedom of Information \(Scotland\) Act/);
    const eir = reply('We are not required to make this information available under regulation 6(1)(b) as it is already publicly available and easily accessible.', 'the Environmental Information Regulations 2004');
    assert.match(found(eir)[0]?.message ?? '', /regulation 6\(1\)\(b\) of the Environmental Information Regulations/);
  });

  it('accepts a link, a precise description, and leaves a missing link to empty-link', () => {
    assert.deepEqual(found(reply('The information is exempt under section 21 as it is reasonably accessible at https://www.example.gov.uk/allowances.')), []);
    assert.deepEqual(found(reply('The information is exempt under section 21: it is in the Statement of Accounts 2023, page 34, under the heading “Members’ allowances”.')), []);
    // A council's log page: the link's address was lost ("Facts and Figures (").
    const lost = reply('This information is exempt from disclosure under Section 21 of the Freedom of Information Act. You can find it on our website Councillor allowances and expenses – Facts and Figures ( Information up to year 2019/20 can be downloaded in a CSV file.');
    assert.deepEqual(found(lost), []);
    assert.equal(ofRule(run(lost), 'empty-link').length, 1);
  });
});
