import * as assert from 'node:assert/strict';
import { createFoiService } from '../../server/src/engine';
import { citationRegime, describeStanding, groundMarkdown, standingWord } from '../../server/src/lsp/grounds';

// How a refusal ground is described in hovers and completion.
describe('lsp grounds', () => {
  const foi = createFoiService();
  const ground = (regime: 'foia' | 'eir', citation: string) => foi.groundsStartingWith(regime, citation).find((g) => g.citation === citation)!;

  it('reads "regulation" as the EIR and "section" as FOIA, Scottish when the draft is', () => {
    assert.equal(citationRegime('regulation', 'foia'), 'eir');
    assert.equal(citationRegime('section', 'eir'), 'foia');
    assert.equal(citationRegime('reg.', 'foisa'), 'eisr');
    assert.equal(citationRegime('s.', 'eisr'), 'foisa');
  });

  it('describes absolute and qualified grounds, and what a refusal must contain', () => {
    assert.equal(describeStanding(ground('foia', '41')), 'absolute exemption');
    assert.equal(standingWord(ground('foia', '43(2)')), 'qualified');
    assert.match(describeStanding(ground('foia', '43(2)')), /public interest test/);
    const md = groundMarkdown(ground('foia', '43(2)'));
    assert.match(md, /^\*\*section 43\(2\): /);
    assert.match(md, /A refusal relying on it must contain:\n- /);
  });
});
