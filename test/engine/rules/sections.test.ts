import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fix';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, cut, edit, example, lineOf, ofRule, run } from '../drafts';

// missing-rights, missing-direct-marketing and missing-regime-statement share one check and one fix.

function fixed(text: string, ruleId: string): string {
  const [f] = ofRule(run(text), ruleId);
  assert.ok(f?.fix, `${ruleId} should carry a fix`);
  return applyEdits(text, f.fix.edits).text;
}

describe('rules: missing sections', () => {
  const ai = example(AI_RECRUITMENT);
  const fr = example(FACIAL_RECOGNITION);

  describe('missing-rights', () => {
    it('reports a letter with no "Your rights" and fixes it at the end, in the letter\'s heading style', () => {
      const text = cut(fr, '### **Your rights**');
      const [f] = ofRule(run(text), 'missing-rights');
      assert.equal(f.severity, 'error');
      // Shown below the section it follows, where the fix inserts it, not on that section's heading.
      assert.equal(f.range.start.line, f.fix!.edits[0].range.start.line + 1);
      assert.ok(f.range.start.line + 1 > lineOf(text, 'For the avoidance of doubt the provision'), 'below the last paragraph');
      assert.equal(f.related?.length, 1);
      assert.equal(f.related[0].range.start.line + 1, lineOf(text, '### **Advice and Assistance : Direct Marketing**'));
      assert.match(f.related[0].message, /^“Your rights” goes after “.*Direct Marketing.*”$/);
      const after = fixed(text, 'missing-rights');
      assert.deepEqual(ofRule(run(after), 'missing-rights'), []);
      assert.match(after, /\n### Your rights\n\nIf you are unhappy/);
      assert.ok(after.startsWith(text.trimEnd()), 'text before the insertion is untouched');
    });

    it('inserts a plain heading line in a plain letter', () => {
      const after = fixed(cut(ai, 'Your rights'), 'missing-rights');
      assert.match(after, /\n\nYour rights\n\nIf you are unhappy/);
    });

    it('reports a rights paragraph without the 40 working days, on its heading, with a suggestion only', () => {
      const text = edit(fr, 'within the next 40 working days ', '');
      const found = ofRule(run(text), 'missing-rights');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /40 working days/);
      assert.equal(found[0].range.start.line + 1, lineOf(text, '### **Your rights**'));
      assert.equal(found[0].fix, undefined);
      assert.equal(found[0].suggestions?.length, 1);
    });

    it('reports a rights paragraph without the Information Commissioner', () => {
      const text = cut(ai, 'If, having exhausted our review procedure');
      assert.match(ofRule(run(text), 'missing-rights')[0].message, /Information Commissioner/);
    });
  });

  describe('missing-direct-marketing', () => {
    it('warns and inserts the notice before "Your rights"', () => {
      const text = cut(ai, 'Advice and Assistance : Direct Marketing', 'Your rights');
      const [f] = ofRule(run(text), 'missing-direct-marketing');
      assert.equal(f.severity, 'warning');
      const after = fixed(text, 'missing-direct-marketing');
      assert.deepEqual(ofRule(run(after), 'missing-direct-marketing'), []);
      assert.ok(after.indexOf('PECR') < after.indexOf('Your rights'));
      assert.ok(after.indexOf('Further information') < after.indexOf('PECR'));
    });

    it('is satisfied by a paragraph mentioning PECR without a heading', () => {
      const text = edit(cut(ai, 'Advice and Assistance : Direct Marketing', 'Your rights'), 'Your rights', 'Names in this reply are not consent to marketing under PECR.\n\nYour rights');
      assert.deepEqual(ofRule(run(text), 'missing-direct-marketing'), []);
    });

    it('can be switched off for the file', () => {
      const text = '<!-- foi-lint-disable missing-direct-marketing -->\n' + cut(ai, 'Advice and Assistance : Direct Marketing', 'Your rights');
      assert.deepEqual(ofRule(run(text), 'missing-direct-marketing'), []);
    });
  });

  it('inserts before a code fence left open at the end, apart from the line above, and settles in one pass', () => {
    // Found by fuzzing: run on into "Direct Marketing", the insertion hid that heading and the next
    // pass inserted the direct-marketing notice too.
    const text = 'Direct Marketing\n~~~\n\n<!-- checked -->';
    const r = run(text);
    const once = applyEdits(text, r.findings.flatMap((f) => f.fix?.edits ?? [])).text;
    assert.match(once, /(?:^|\n)Direct Marketing\n\n/, 'the heading line stays a line of its own');
    assert.deepEqual(run(once).findings.filter((f) => f.fix), []);
  });

  it('inserts before an HTML block that runs to a closing marker never written, and settles in one pass', () => {
    // Found by fuzzing: "<?" opens a block that only "?>" ends, so text added after it was swallowed
    // and every pass inserted the sections again.
    for (const opener of ['<?', '<![CDATA[', '<!DOCTYPE', '<script>', '<pre class="x">']) {
      const text = `${opener}\ndrafted by the team`;
      const r = run(text);
      const edits = r.findings.flatMap((f) => f.fix?.edits ?? []);
      assert.ok(edits.length > 0, opener);
      const once = applyEdits(text, edits).text;
      assert.ok(once.endsWith(text), `${opener}: the open block stays last, whole`);
      assert.deepEqual(run(once).findings.filter((f) => f.fix).map((f) => f.ruleId), [], opener);
    }
  });

  it('still inserts after an HTML block that is closed', () => {
    const text = '<?xml version="1.0"?>\n\nSome reply.';
    const once = applyEdits(text, run(text).findings.flatMap((f) => f.fix?.edits ?? [])).text;
    assert.ok(once.startsWith(text), 'the sections go after the reply');
  });

  describe('missing-regime-statement', () => {
    it('reports a letter that does not say which law applied, and inserts the statement before the response', () => {
      const text = edit(ai, 'We have processed this request under the Freedom of Information Act 2000.\n\n', '');
      const [f] = ofRule(run(text), 'missing-regime-statement');
      assert.equal(f.severity, 'error');
      // On the blank line above "Response", where the statement goes; the heading is the related place.
      assert.equal(f.range.start.line + 1, lineOf(text, 'Response') - 1);
      assert.equal(f.related?.[0].range.start.line, lineOf(text, 'Response') - 1);
      assert.match(f.related?.[0].message ?? '', /goes before “Response”$/);
      const after = fixed(text, 'missing-regime-statement');
      assert.deepEqual(ofRule(run(after), 'missing-regime-statement'), []);
      assert.ok(after.indexOf('We have processed this request') < after.indexOf('\nResponse'));
      assert.ok(after.indexOf('- 2. Does your council') < after.indexOf('We have processed this request'));
    });

    it('is satisfied by a subject line or an acknowledgement that names the law', () => {
      const without = edit(ai, 'We have processed this request under the Freedom of Information Act 2000.\n\n', '');
      for (const line of [
        'Re: Request under Freedom of Information Act 2000 ID 189',
        'FREEDOM OF INFORMATION ACT (FoIA) REQUEST',
        'Freedom of Information Act request number: 2022-162',
        'Thank you for your Freedom of Information Act request of 23 May 2013.',
        'Your request has been considered under the requirements of the Freedom of Information Act 2000.',
      ]) {
        assert.deepEqual(ofRule(run(`${line}\n\n${without}`), 'missing-regime-statement'), [], line);
      }
    });

    it('inserts the statement of the law the letter names, or none where the settings have none for it', () => {
      const without = edit(ai, 'We have processed this request under the Freedom of Information Act 2000.\n\n', '');
      const eir = edit(without, 'No not aware of any projects in the pipeline.', 'No not aware of any projects in the pipeline. The Environmental Information Regulations 2004 do not apply.');
      assert.match(fixed(eir, 'missing-regime-statement'), /We have processed this request under the Environmental Information Regulations 2004\./);
      const eisr = edit(without, 'No not aware of any projects in the pipeline.', 'No not aware of any projects in the pipeline. The Environmental Information (Scotland) Regulations 2004 do not apply.');
      const [f] = ofRule(run(eisr), 'missing-regime-statement');
      assert.equal(f.fix, undefined);
    });

    it("is not satisfied by the requester's own mention of the Act", () => {
      const text = edit(fr, 'We have processed this request under the Freedom of Information Act 2000.\n\n', '');
      assert.equal(ofRule(run(text), 'missing-regime-statement').length, 1);
    });
  });
});
