import * as assert from 'node:assert/strict';
import { findCitations, type CitationMatch } from '../../../server/src/engine/law/catalogue';
import type { RegimeId } from '../../../server/src/engine/types';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, example } from '../drafts';

/** [citation, ground citation or '-'] for each match, checking index/length point at the text. */
function cited(text: string, regime: RegimeId = 'foia'): [string, string][] {
  return findCitations(text, regime).map((c) => {
    assert.equal(text.slice(c.index, c.index + c.length), c.text, `span of ${c.citation}`);
    assert.equal(text.slice(c.keyword.index, c.keyword.index + c.keyword.length), c.keyword.text);
    return [c.citation, c.ground ? c.ground.citation : '-'];
  });
}

function only(text: string, regime: RegimeId = 'foia'): CitationMatch {
  const all = findCitations(text, regime);
  assert.equal(all.length, 1, `${text}: ${JSON.stringify(all.map((c) => c.citation))}`);
  return all[0];
}

describe('law/citations findCitations', () => {
  it('finds the RULES.md §9.7 forms', () => {
    assert.deepEqual(cited('We rely on section 40(2).'), [['40(2)', '40(2)']]);
    assert.deepEqual(cited('exempt under s.43(2) of the Act'), [['43(2)', '43(2)']]);
    assert.deepEqual(cited('see s 21 and S.22A'), [['21', '21'], ['22A', '22A']]);
    assert.deepEqual(cited('s43(2) applies'), [['43(2)', '43(2)']]);
    assert.deepEqual(cited('Section 40 (2) of the Freedom of Information Act 2000'), [['40(2)', '40(2)']]);
    assert.deepEqual(cited('regulation 12(5)(e) applies', 'eir'), [['12(5)(e)', '12(5)(e)']]);
    assert.deepEqual(cited('withheld under reg. 13', 'eir'), [['13', '13']]);
    assert.deepEqual(cited('Reg 12(4)(b) (manifestly unreasonable)', 'eir'), [['12(4)(b)', '12(4)(b)']]);
    assert.deepEqual(cited('Section 38(1)(b) of FOISA', 'foisa'), [['38(1)(b)', '38(1)(b)']]);
    assert.deepEqual(cited('regulation 10(5)(e)', 'eisr'), [['10(5)(e)', '10(5)(e)']]);
  });

  it('reports where each citation is', () => {
    const c = only('The council relies on section 43(2) here.');
    assert.deepEqual([c.index, c.length, c.text, c.form, c.exact], [30, 5, '43(2)', 'section', true]);
    assert.deepEqual(c.keyword, { index: 22, length: 7, text: 'section' });
    assert.equal(c.regime, 'foia');
    assert.equal(c.ground?.subject, 'Prejudice to commercial interests');
  });

  it('reads lists and continuations', () => {
    assert.deepEqual(cited('sections 40(2) and 43(2)'), [['40(2)', '40(2)'], ['43(2)', '43(2)']]);
    assert.deepEqual(cited('sections 21, 22 and 43'), [['21', '21'], ['22', '22'], ['43', '43']]);
    assert.deepEqual(cited('ss.40 and 43'), [['40', '40'], ['43', '43']]);
    assert.deepEqual(cited('section 12 and/or 14(1)'), [['12', '12'], ['14(1)', '14(1)']]);
    assert.deepEqual(cited('section 40(2) and (3A)'), [['40(2)', '40(2)'], ['40(3A)', '40']]);
    assert.deepEqual(cited('section 40(2) & 40(3A)(a)'), [['40(2)', '40(2)'], ['40(3A)(a)', '40']]);
    assert.deepEqual(cited('section 36(2)(b)(i) and (ii), and (c)'), [
      ['36(2)(b)(i)', '36'],
      ['36(2)(b)(ii)', '36'],
      ['36(2)(c)', '36'],
    ]);
    assert.deepEqual(cited('regulations 12(4)(b) and (5)(e)', 'eir'), [['12(4)(b)', '12(4)(b)'], ['12(5)(e)', '12(5)(e)']]);
    assert.deepEqual(cited('regulation 12(5)(d), (e) or (f)', 'eir'), [['12(5)(d)', '12(5)(d)'], ['12(5)(e)', '12(5)(e)'], ['12(5)(f)', '12(5)(f)']]);
    const cont = findCitations('section 40(2) and (3A)', 'foia')[1];
    assert.deepEqual([cont.text, cont.index, cont.exact], ['(3A)', 18, false]);
  });

  it('reads bare numbers after "exemption" or "exception"', () => {
    assert.deepEqual(cited('the exemption under 40(2) applies'), [['40(2)', '40(2)']]);
    assert.deepEqual(cited('exemptions 40(2) and 43(2)'), [['40(2)', '40(2)'], ['43(2)', '43(2)']]);
    assert.deepEqual(cited('the exception at 12(5)(e)', 'eir'), [['12(5)(e)', '12(5)(e)']]);
    assert.equal(only('the exemption under 40(2)').form, 'bare');
    // Keyword after "exemption": found once, through the keyword.
    assert.deepEqual(cited('the exemption in section 43'), [['43', '43']]);
  });

  it('does not read numbers that are not citations', () => {
    for (const text of [
      'it’s 21 days, the council’s 40 staff',
      "the council's 40 staff",
      'within 20 working days',
      'paragraph 4.2 and section 4.2 of the Code',
      'the exemption in 2 cases',
      'Freedom of Information Act 2000',
      'section 2000',
      'sections of the report',
      'assess 40(2) as',
      'SK9 5AF',
      'S.I. 2004/3244',
    ]) {
      assert.deepEqual(findCitations(text, 'foia'), [], text);
    }
    // A list stops at a number that is not a ground.
    assert.deepEqual(cited('section 40(2) and 10 days'), [['40(2)', '40(2)']]);
    assert.deepEqual(cited('section 43 and 3 other exemptions'), [['43', '43']]);
  });

  it('finds no citations in the published Barnet replies', () => {
    for (const name of [AI_RECRUITMENT, FACIAL_RECOGNITION]) assert.deepEqual(findCitations(example(name), 'foia'), [], name);
  });

  it('looks up the other family for the other form (cross-regime citations)', () => {
    const reg = only('we also rely on regulation 13');
    assert.deepEqual([reg.form, reg.regime, reg.ground?.citation], ['regulation', 'eir', '13']);
    const sec = only('section 38(1)(b)', 'eisr');
    assert.deepEqual([sec.regime, sec.ground?.subject], ['foisa', 'Third-party personal data']);
    const fromEir = only('section 40(2)', 'eir');
    assert.deepEqual([fromEir.regime, fromEir.ground?.citation], ['foia', '40(2)']);
    // A FOIA number that is not a FOISA ground.
    const wrong = only('section 43(2)', 'foisa');
    assert.deepEqual([wrong.regime, wrong.ground], ['foisa', undefined]);
  });

  it('tells provisions, unknown numbers and other instruments apart', () => {
    const s50 = only('your right under section 50 of the Act');
    assert.deepEqual([s50.ground, s50.provision?.citation, s50.exact], [undefined, '50', true]);
    assert.deepEqual(cited('section 99'), [['99', '-']]);
    assert.equal(only('section 99').provision, undefined);
    const dpa = findCitations('section 2 of the Data Protection Act 2018 and section 40(2) of FOIA', 'foia');
    assert.deepEqual(
      dpa.map((c) => [c.citation, c.instrument, c.ground?.citation]),
      [
        ['2', 'Data Protection Act 2018', undefined],
        ['40(2)', undefined, '40(2)'],
      ],
    );
    assert.equal(
      only('regulation 22 of the Privacy and Electronic Communications (EC Directive) Regulations 2003').instrument,
      'Privacy and Electronic Communications (EC Directive) Regulations 2003',
    );
    assert.equal(only('section 40(2) of the Act').instrument, undefined);
    assert.equal(only('regulation 12(5)(e) of the EIRs', 'eir').instrument, undefined);
    // Ordinary words after "in"/"of" are not instruments.
    assert.equal(only('section 40(2) in this case, as disclosure would breach the UK GDPR').instrument, undefined);
    assert.equal(only('section 43(2) of the Council’s policy').instrument, undefined);
  });

  it('falls back to the parent ground for deeper subsections', () => {
    const c = only('section 31(1)(a)');
    assert.deepEqual([c.citation, c.ground?.citation, c.exact], ['31(1)(a)', '31', false]);
  });

  it('stays linear on pathological input', function () {
    this.timeout(20_000);
    const inputs = [
      'sections 21, '.repeat(20_000),
      `section 1${'(1)'.repeat(50_000)}`,
      's s s. s ss '.repeat(20_000),
      'exemption under '.repeat(20_000),
      'section 2 of the A B C D E F G H I J K L M N O P Q R Act '.repeat(5_000),
      'section 40(2) and and (3A) or (b), '.repeat(10_000),
      `section ${'1'.repeat(100_000)}`,
      '('.repeat(100_000),
    ];
    for (const text of inputs) {
      const started = process.hrtime.bigint();
      findCitations(text, 'foia');
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Linear work is a few hundred milliseconds at most here; a backtracking blow-up would be minutes.
      assert.ok(ms < 3_000, `${text.slice(0, 30)}… took ${ms.toFixed(0)} ms`);
    }
  });
});
