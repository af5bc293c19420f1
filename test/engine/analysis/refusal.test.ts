import * as assert from 'node:assert/strict';
import { analyseRefusal, isPublicInterestText } from '../../../server/src/engine/analysis/refusal';
import { buildReplyView } from '../../../server/src/engine/analysis/reply';
import { parseDraft } from '../../../server/src/engine/parse/draft';
import { baseSchema } from '../../../server/src/engine/schema/load';
import { letter } from '../letters';

// What a reply refuses and on which grounds, with the passage explaining each.
describe('analysis: refusal', () => {
  const refusalOf = (response: string) => {
    const draft = parseDraft(letter({ received: '2 March 2026', sent: '3 March 2026', act: 'the Freedom of Information Act 2000', response }), baseSchema('foia'));
    return analyseRefusal(draft, 'foia', buildReplyView(draft));
  };

  it('finds grounds cited in the reply, with the paragraphs that explain them', () => {
    const a = refusalOf(
      'The names of junior staff are withheld under section 40(2) of the Act.\n\nDisclosure would breach the first data protection principle: staff would not expect their names to be published.',
    );
    assert.equal(a.refuses, true);
    assert.deepEqual(a.grounds.map((g) => g.ground.label), ['section 40(2)']);
    assert.match(a.grounds[0].passageText, /data protection principle/);
    assert.equal(a.withholding.length, 1);
    assert.deepEqual(a.groundsIn(a.grounds[0].block), a.grounds);
    assert.match(a.groundText(a.grounds[0].ground), /withheld under section 40\(2\)/);
  });

  it('tells not held and neither confirm nor deny apart from a refusal', () => {
    const notHeld = refusalOf('The council does not hold this information.');
    assert.equal(notHeld.refuses, false);
    assert.ok(notHeld.notHeld);
    const ncnd = refusalOf('The council can neither confirm nor deny that it holds the information, under section 31(3).');
    assert.equal(ncnd.refuses, true);
    assert.ok(ncnd.ncnd);
  });

  it('reads public interest reasoning only with a weighing', () => {
    assert.equal(isPublicInterestText('The public interest in maintaining the exemption outweighs that in disclosure.'), true);
    assert.equal(isPublicInterestText('This is in the public interest.'), false);
  });
});
