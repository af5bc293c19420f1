import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { ofRule, run } from '../drafts';
import { letter } from '../letters';

const found = (text: string) => ofRule(run(text), 'template-instruction');
const reply = (response: string) => letter({ received: '1 May 2024', sent: '20 May 2024', act: 'the Freedom of Information Act 2000', response });

describe('rule: template-instruction', () => {
  it('reports guidance for the officer, with a suggestion (not a fix) that deletes it', () => {
    const text = reply('Use this paragraph when the information is published.\n\nThe information is published on our website at https://www.example.gov.uk/spending.');
    const [f] = found(text);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /guidance for the officer, not the requester/);
    assert.equal(f.fix, undefined);
    const fixed = applyEdits(text, f.suggestions![0].edits).text;
    assert.ok(!fixed.includes('Use this paragraph'));
    assert.ok(fixed.includes('The information is published on our website'));
  });

  it('reports an instruction inside a paragraph on its sentence', () => {
    const text = reply('The council employed 1,204 staff. Only include this if the requester asked for agency staff. Agency staff are not counted.');
    const [f] = found(text);
    const line = text.split('\n')[f.range.start.line];
    assert.equal(line.slice(f.range.start.character, f.range.end.character), 'Only include this if the requester asked for agency staff.');
    assert.equal(found(reply('[Insert the following section if section 12 applies]')).length, 1);
  });

  it('leaves drafting notes to placeholder, and words addressed to the requester alone', () => {
    assert.deepEqual(found(reply('Yes / No (delete as appropriate).')), []);
    // Sentences from published replies that speak to the requester.
    for (const text of [
      'Please use this form if you wish to request an internal review.',
      'Please click on the following links to access the responses that are published on the Transparency website.',
      'If you are unhappy with the way your request has been handled, you can ask for an internal review.',
    ]) {
      assert.deepEqual(found(reply(text)), [], text);
    }
  });
});
