import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, edit, example, ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'template-choice');
const reply = (response: string) => letter({ received: '1 May 2024', sent: '20 May 2024', act: 'the Freedom of Information Act 2000', response });

describe('rule: template-choice', () => {
  it('notes the either/or sentence left in a published reply, on the two alternatives', () => {
    const text = example(AI_RECRUITMENT);
    const [f] = found(text);
    assert.equal(f.severity, 'info');
    const line = text.split('\n')[f.range.start.line];
    assert.equal(line.slice(f.range.start.character, f.range.end.character), 'it is attached/ the answers to your questions are below');
    assert.deepEqual(found(edit(text, 'it is attached/ the answers to your questions are below', 'the answers to your questions are below')), []);
  });

  it('notes a word and its negation', () => {
    assert.match(found(reply('The council does/does not hold the information you asked for.'))[0].message, /“does\/does not” offers two alternatives/);
    assert.equal(found(reply('The information is/is not held.')).length, 1);
  });

  it('accepts slashes between words, years and in addresses', () => {
    // Phrases from published replies: a university's table headings, a trust's question wording.
    for (const text of ['Software/ system: Lorenzo', 'Thefts from hospital / GP premises: 4.', 'In 2019/20 the council spent £1,200.', 'See https://www.example.gov.uk/foi/disclosure-log.']) {
      assert.deepEqual(found(reply(text)), [], text);
    }
  });
});
