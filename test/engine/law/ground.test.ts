import * as assert from 'node:assert/strict';
import { citationKeyword, makeGround, rightsNotice } from '../../../server/src/engine/law/ground';

// A catalogue entry from its short specification: label, kind, public interest test, notice contents.
describe('law ground', () => {
  it('labels sections and regulations by regime', () => {
    assert.equal(citationKeyword('foia'), 'section');
    assert.equal(citationKeyword('foisa'), 'section');
    assert.equal(citationKeyword('eir'), 'regulation');
  });

  it('derives the kind, the public interest test and what the notice must contain', () => {
    const q = makeGround('foia', { citation: '43(2)', subject: 'Commercial interests', standing: 'qualified', test: 'prejudice', status: 'V' });
    assert.equal(q.label, 'section 43(2)');
    assert.equal(q.kind, 'exemption');
    assert.equal(q.publicInterestTest, 'required');
    assert.ok(q.noticeMustContain.some((l) => /public interest/i.test(l)));
    assert.ok(rightsNotice('foia').every((l) => q.noticeMustContain.includes(l)), 'the rights notice is part of it');
    const e = makeGround('eir', { citation: '12(5)(e)', subject: 'Confidentiality of commercial information', standing: 'qualified', test: 'adverse-effect', status: 'V' });
    assert.equal(e.kind, 'exception');
    const a = makeGround('foia', { citation: '41', subject: 'Information provided in confidence', standing: 'absolute', test: 'class', status: 'V' });
    assert.equal(a.publicInterestTest, 'not-required');
  });
});
