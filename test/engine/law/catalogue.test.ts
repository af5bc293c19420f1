import * as assert from 'node:assert/strict';
import {
  allGrounds,
  allProvisions,
  compareCitations,
  groundsMatchingPrefix,
  lookupGround,
  normaliseCitation,
  resolveCitation,
  type Ground,
} from '../../../server/src/engine/law/catalogue';
import type { RegimeId } from '../../../server/src/engine/types';

const REGIMES: RegimeId[] = ['foia', 'eir', 'foisa', 'eisr'];

function ground(regime: RegimeId, citation: string): Ground {
  const g = lookupGround(regime, citation, { exact: true });
  assert.ok(g, `${regime} ${citation} missing`);
  return g;
}

const citations = (grounds: readonly Ground[]) => grounds.map((g) => g.citation);

describe('law/catalogue', () => {
  describe('FOIA', () => {
    it('has s.12, s.14(1), s.14(2) and every Part II section 21-44 (and 22A)', () => {
      for (const c of ['12', '14', '14(1)', '14(2)', '22A']) ground('foia', c);
      for (let s = 21; s <= 44; s++) assert.equal(ground('foia', String(s)).label, `section ${s}`);
      assert.equal(ground('foia', '12').kind, 'procedural');
      assert.equal(ground('foia', '14(2)').subject, 'Repeated request');
      assert.equal(ground('foia', '25').kind, 'not-a-ground');
    });

    it('classifies absolute and qualified exemptions as s.2(3) does (RULES.md §9.1)', () => {
      const absolute = ['21', '23', '32', '34', '40(1)', '41', '44'];
      const conditional = ['36', '37', '37(1)(a)', '40', '40(2)'];
      const qualified = ['22', '22A', '24', '26', '27', '27(1)', '27(2)', '28', '29', '30', '31', '33', '35', '37(1)(b)', '38', '39', '42', '43', '43(1)', '43(2)'];
      for (const c of absolute) assert.deepEqual([c, ground('foia', c).standing, ground('foia', c).publicInterestTest], [c, 'absolute', 'not-required']);
      for (const c of conditional) assert.deepEqual([c, ground('foia', c).standing, ground('foia', c).publicInterestTest], [c, 'conditional', 'conditional']);
      for (const c of qualified) assert.deepEqual([c, ground('foia', c).standing, ground('foia', c).publicInterestTest], [c, 'qualified', 'required']);
      assert.match(ground('foia', '36').standingNote ?? '', /House of Commons or the House of Lords/);
      assert.match(ground('foia', '40(2)').standingNote ?? '', /first condition/);
      for (const c of ['12', '14(1)', '14(2)']) assert.equal(ground('foia', c).publicInterestTest, 'not-required');
    });

    it('marks the ICO prejudice-based exemptions, and s.38 as endangerment', () => {
      const prejudice = allGrounds('foia').filter((g) => g.test === 'prejudice');
      assert.deepEqual(citations(prejudice), ['26', '27(1)', '28', '29', '31', '33', '36', '43(2)']);
      assert.equal(ground('foia', '38').test, 'endangerment');
      assert.equal(ground('foia', '43(1)').test, 'class');
    });

    it('records NCND provisions with their status', () => {
      assert.deepEqual(ground('foia', '40(2)').ncnd, ['40(5B)']);
      assert.equal(ground('foia', '40(2)').ncndStatus, 'V');
      assert.deepEqual(ground('foia', '40').ncnd, ['40(5A)', '40(5B)']);
      assert.equal(ground('foia', '21').ncndAvailable, false);
      assert.deepEqual([ground('foia', '23').ncnd, ground('foia', '23').ncndStatus], [['23(5)'], 'S']);
      assert.equal(ground('foia', '31').ncndStatus, 'U');
      assert.ok(ground('foia', '31').caveats.some((c) => /NCND/.test(c)));
    });

    it('documents unverified facts instead of asserting them', () => {
      const s35 = ground('foia', '35');
      assert.match(s35.notes.join(' '), /government departments/);
      assert.equal(s35.verified, false);
      assert.ok(s35.caveats.some((c) => /\[U\]/.test(c)));
      assert.equal(ground('foia', '43(2)').verified, true);
    });

    it('lists what a refusal notice must contain', () => {
      const has = (c: string, re: RegExp) => ground('foia', c).noticeMustContain.some((line) => re.test(line));
      for (const g of allGrounds('foia').filter((x) => x.kind !== 'not-a-ground')) {
        assert.ok(has(g.citation, /s\.17\(7\)\(b\)/), `${g.citation}: ICO right`);
        assert.ok(has(g.citation, /s\.17\(7\)\(a\)/), `${g.citation}: review procedure`);
      }
      assert.ok(has('43(2)', /s\.17\(3\)/));
      assert.ok(has('43(2)', /would be likely to/));
      assert.ok(!has('41', /s\.17\(3\)/));
      assert.ok(has('43(2)', /section 43\(2\) \(s\.17\(1\)\(b\)\)/));
      assert.ok(has('12', /s\.17\(5\)/) && has('12', /£25/) && has('12', /s\.16/));
      assert.ok(!has('12', /s\.17\(3\)/));
      assert.ok(has('14(1)', /request, not the requester/));
      assert.ok(has('36', /qualified person/));
      assert.ok(has('21', /specific link/));
    });
  });

  describe('EIR', () => {
    it('has 12(4)(a)-(e), 12(5)(a)-(g), 13 and 12(6), all public-interest tested', () => {
      const expected = [
        ...['a', 'b', 'c', 'd', 'e'].map((l) => `12(4)(${l})`),
        ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `12(5)(${l})`),
      ];
      for (const c of expected) {
        const g = ground('eir', c);
        assert.equal(g.label, `regulation ${c}`);
        assert.equal(g.kind, 'exception');
        assert.equal(g.publicInterestTest, 'required', c);
      }
      assert.equal(ground('eir', '13').standing, 'conditional');
      assert.deepEqual(ground('eir', '13').ncnd, ['13(5A)', '13(5B)']);
      assert.equal(ground('eir', '12(6)').kind, 'ncnd-provision');
      assert.equal(ground('eir', '12(6)').verified, false);
    });

    it('carries the regulation-specific duties', () => {
      assert.ok(ground('eir', '12(4)(d)').noticeMustContain.some((l) => /reg 14\(4\)/.test(l)));
      assert.ok(ground('eir', '12(4)(c)').noticeMustContain.some((l) => /reg 9/.test(l)));
      assert.match(ground('eir', '12(4)(b)').notes.join(' '), /cost/);
      for (const l of ['d', 'e', 'f', 'g']) assert.match(ground('eir', `12(5)(${l})`).notes.join(' '), /emissions/);
      for (const l of ['a', 'b', 'c']) assert.doesNotMatch(ground('eir', `12(5)(${l})`).notes.join(' '), /emissions/);
      for (const g of allGrounds('eir')) {
        assert.ok(g.noticeMustContain.some((l) => /presumption in favour of disclosure/.test(l)), g.citation);
        assert.ok(g.noticeMustContain.some((l) => /40 working days/.test(l)), g.citation);
      }
    });
  });

  describe('FOISA', () => {
    it('classifies the s.2(2) absolute exemptions (RULES.md §9.3)', () => {
      for (const c of ['25', '26', '36(2)', '37', '38(1)(a)', '38(1)(c)', '38(1)(d)']) assert.equal(ground('foisa', c).standing, 'absolute', c);
      assert.equal(ground('foisa', '38(1)(b)').standing, 'conditional');
      for (const c of ['27', '28', '29', '30', '31', '32', '33', '33(1)(b)', '34', '35', '36(1)', '39', '40', '41']) {
        assert.equal(ground('foisa', c).standing, 'qualified', c);
      }
    });

    it('allows NCND (s.18) only with ss.28-35, 39(1) and 41', () => {
      const allowed = allGrounds('foisa').filter((g) => g.ncndAvailable);
      assert.deepEqual(citations(allowed), ['28', '29', '30', '31', '32', '33', '33(1)(a)', '33(1)(b)', '33(2)', '34', '35', '39', '39(1)', '41']);
      assert.deepEqual(ground('foisa', '39(1)').ncnd, ['18']);
      assert.equal(ground('foisa', '39(2)').ncndAvailable, false);
    });

    it('uses FOISA numbering, with unverified names flagged', () => {
      assert.equal(ground('foisa', '38(1)(b)').subject, 'Third-party personal data');
      assert.equal(ground('foisa', '38(1)(b)').verified, true);
      assert.equal(ground('foisa', '33(1)(b)').subject, 'Commercial interests');
      assert.equal(ground('foisa', '40').subject, 'Audit functions');
      assert.equal(ground('foisa', '40').verified, false);
      assert.ok(ground('foisa', '40').caveats.some((c) => /GEN-04/.test(c)));
      assert.equal(ground('foisa', '30').test, 'substantial-prejudice');
      assert.ok(ground('foisa', '30').noticeMustContain.some((l) => /Scottish Information Commissioner/.test(l)));
      assert.ok(ground('foisa', '30').noticeMustContain.some((l) => /s\.16\(2\)/.test(l)));
      assert.ok(!ground('foisa', '25').noticeMustContain.some((l) => /s\.16\(2\)/.test(l)));
    });
  });

  describe('EISR', () => {
    it('has 10(4)(a)-(e), 10(5)(a)-(g) and 11, tagged as secondary', () => {
      for (const l of ['a', 'b', 'c', 'd', 'e']) assert.equal(ground('eisr', `10(4)(${l})`).subject, ground('eir', `12(4)(${l})`).subject);
      for (const l of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
        const g = ground('eisr', `10(5)(${l})`);
        assert.equal(g.test, 'substantial-prejudice');
        assert.match(g.subject, /^Substantial prejudice to /);
        assert.equal(g.status, 'S');
      }
      assert.equal(ground('eisr', '11').subject, 'Personal data');
      assert.equal(ground('eisr', '10(4)(a)').label, 'regulation 10(4)(a)');
    });
  });

  it('keeps every catalogue consistent', () => {
    for (const regime of REGIMES) {
      const grounds = allGrounds(regime);
      assert.equal(new Set(citations(grounds)).size, grounds.length, `${regime}: duplicate citations`);
      for (const [i, g] of grounds.entries()) {
        assert.equal(g.regime, regime);
        assert.equal(normaliseCitation(g.citation), g.citation, `${regime} ${g.citation} is not normalised`);
        assert.ok(g.subject.length > 0 && g.noticeMustContain.length > 0, g.citation);
        assert.equal(g.verified, g.status === 'V');
        if (g.status !== 'V') assert.ok(g.caveats.length > 0, `${regime} ${g.citation}: unverified without a caveat`);
        if (i > 0) assert.ok(compareCitations(grounds[i - 1].citation, g.citation) < 0, `${regime} order at ${g.citation}`);
      }
    }
  });

  describe('lookupGround', () => {
    it('normalises the citation', () => {
      for (const text of ['40(2)', 's.40(2)', 's. 40 (2)', 'Section 40(2)', 'section40(2)', 'S40(2)']) {
        assert.equal(lookupGround('foia', text)?.citation, '40(2)', text);
      }
      assert.equal(lookupGround('foia', 'section 22a')?.citation, '22A');
      assert.equal(lookupGround('eir', 'regulation 12(4)(B)')?.citation, '12(4)(b)');
      assert.equal(lookupGround('eir', 'reg. 13')?.citation, '13');
      assert.equal(normaliseCitation('40(5b)'), '40(5B)');
      assert.equal(normaliseCitation('012(5)(E)'), '12(5)(e)');
    });

    it('falls back to the nearest catalogued parent unless exact is asked for', () => {
      assert.equal(lookupGround('foia', '31(1)(a)')?.citation, '31');
      assert.equal(lookupGround('foia', '40(3A)(a)')?.citation, '40');
      assert.equal(lookupGround('foia', '31(1)(a)', { exact: true }), undefined);
      assert.equal(lookupGround('eir', '12(5)(h)')?.citation, '12(5)');
      assert.deepEqual(resolveCitation('foia', '40(2)(a)').exact, false);
    });

    it('returns nothing for numbers that are not grounds in the regime', () => {
      assert.equal(lookupGround('foia', '99'), undefined);
      assert.equal(lookupGround('foia', '50'), undefined);
      assert.equal(lookupGround('eir', '40(2)'), undefined);
      assert.equal(lookupGround('foisa', '43'), undefined);
      for (const bad of ['', 'abc', '40(', '(2)', '1234', '40((2))']) assert.equal(lookupGround('foia', bad), undefined, bad);
    });

    it('knows provisions that are cited but are not grounds', () => {
      assert.equal(resolveCitation('foia', '50').provision?.title, 'Application for decision by the Information Commissioner');
      assert.equal(resolveCitation('foia', '17(7)(b)').provision?.citation, '17');
      assert.equal(resolveCitation('eir', '12(1)(b)').provision?.citation, '12');
      assert.equal(resolveCitation('eir', '12(1)(b)').ground, undefined);
      assert.ok(allProvisions('foisa').some((p) => p.citation === '47'));
    });
  });

  describe('groundsMatchingPrefix', () => {
    it('completes "section 4" with the 40s', () => {
      const expected = ['40', '40(1)', '40(2)', '41', '42', '43', '43(1)', '43(2)', '44'];
      for (const prefix of ['section 4', 's.4', 's 4', '4', 'Section 4']) {
        assert.deepEqual(citations(groundsMatchingPrefix('foia', prefix)), expected, prefix);
      }
      const g = groundsMatchingPrefix('foia', 'section 4').find((x) => x.citation === '43(2)');
      assert.deepEqual([g?.subject, g?.standing], ['Prejudice to commercial interests', 'qualified']);
    });

    it('completes inside parentheses and leaves out non-grounds', () => {
      assert.deepEqual(citations(groundsMatchingPrefix('eir', 'regulation 12(5')), ['12(5)', ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `12(5)(${l})`)]);
      assert.deepEqual(citations(groundsMatchingPrefix('eir', 'reg 12(4)(')), ['a', 'b', 'c', 'd', 'e'].map((l) => `12(4)(${l})`));
      assert.deepEqual(citations(groundsMatchingPrefix('foia', 'section 40(')), ['40(1)', '40(2)']);
      assert.ok(!citations(groundsMatchingPrefix('foia', 'section 2')).includes('25'));
      assert.deepEqual(citations(groundsMatchingPrefix('foisa', 'section 38(1)')), ['38(1)(a)', '38(1)(b)', '38(1)(c)', '38(1)(d)']);
    });

    it('matches nothing when the keyword belongs to the other family', () => {
      assert.deepEqual(groundsMatchingPrefix('foia', 'regulation 1'), []);
      assert.deepEqual(groundsMatchingPrefix('eir', 'section 4'), []);
      assert.deepEqual(groundsMatchingPrefix('foia', '4x!'), []);
    });
  });

  it('orders citations as the legislation does', () => {
    const sorted = ['43(2)', '22A', '40(5A)', '14', '40', '22', '37(1)(b)', '37(1)(aa)', '40(1)', '37(1)(a)', '14(1)', '40(5B)'].sort(compareCitations);
    assert.deepEqual(sorted, ['14', '14(1)', '22', '22A', '37(1)(a)', '37(1)(aa)', '37(1)(b)', '40', '40(1)', '40(5A)', '40(5B)', '43(2)']);
  });
});
