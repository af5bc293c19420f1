import * as assert from 'node:assert/strict';
import { buildReplyView, lineOfOffset } from '../../../server/src/engine/analysis/reply';
import { parseDraft } from '../../../server/src/engine/parse/draft';
import { baseSchema } from '../../../server/src/engine/schema/load';
import { letter } from '../letters';

// The authority's own words: not the quoted request, not a restated question, not a comment.
describe('analysis: reply', () => {
  const text = letter({
    received: '2 March 2026',
    sent: '3 March 2026',
    act: 'the Freedom of Information Act 2000',
    response: 'We hold the information. <!-- check with legal --> It is attached.',
  });
  const draft = parseDraft(text, baseSchema('foia'));
  const view = buildReplyView(draft);

  it('leaves out the quoted request', () => {
    assert.ok(draft.request, 'the letter has a request');
    for (let i = draft.request.start; i < draft.request.end; i++) assert.equal(view.isReply(draft.blocks[i]), false);
    assert.ok(view.blocks.some((b) => /We hold the information/.test(b.text)));
  });

  it('leaves out HTML comments inside a paragraph', () => {
    const comment = text.indexOf('check with legal');
    assert.equal(view.isReplyOffset(comment), false);
    assert.equal(view.isReplyOffset(text.indexOf('It is attached')), true);
  });

  it('maps offsets to positions and lines', () => {
    const at = text.indexOf('We hold');
    const p = view.position(at);
    assert.equal(draft.lines[p.line].slice(p.character, p.character + 7), 'We hold');
    assert.equal(lineOfOffset(draft.lineStarts, at), p.line);
    assert.equal(view.blockAt(p.line)?.text.startsWith('We hold'), true);
  });
});
