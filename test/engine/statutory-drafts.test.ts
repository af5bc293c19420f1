import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, draft, example, run } from './drafts';

// The letters written for the statutory rules are complete, lawful replies: every rule must accept
// them, as it must the published examples (which foi-lint must pass as they are).

const LETTERS = [
  'foia-s40-staff-names.md',
  'foia-s12-advice.md',
  'foia-ncnd-disciplinary.md',
  'foia-not-held.md',
  'foia-s43-pit-extension.md',
  'foia-clarification.md',
  'eir-planning-viability.md',
  'eir-reg7-highways.md',
  'foisa-council-s38.md',
  'eisr-not-held.md',
];

describe('statutory fixtures', () => {
  for (const name of LETTERS) {
    it(`${name}: no findings at all`, () => {
      const r = run(draft(name));
      assert.deepEqual(r.failures, []);
      assert.deepEqual(r.findings.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }

  it('the published letters: only information (the template choice both keep; a shared answer)', () => {
    assert.deepEqual(run(example(AI_RECRUITMENT)).findings.map((f) => `${f.ruleId} ${f.severity}`), ['template-choice info']);
    assert.deepEqual(run(example(FACIAL_RECOGNITION)).findings.filter((f) => f.severity !== 'info'), []);
  });
});
