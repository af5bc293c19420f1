import * as assert from 'node:assert/strict';
import { AI_RECRUITMENT, FACIAL_RECOGNITION, cut, draft, edit, example, lineOf, ofRule, run } from '../drafts';

const RULE = 'unanswered-question';

describe('rule: unanswered-question', () => {
  const ai = example(AI_RECRUITMENT);
  const fr = example(FACIAL_RECOGNITION);

  it('reports question 2 on its line in the request when its answer is removed', () => {
    const text = edit(ai, 'No not aware of any projects in the pipeline.\n\n', '');
    const found = ofRule(run(text), RULE);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].range.start.line + 1, lineOf(text, '- 2. Does your council have any plans'));
    assert.match(found[0].message, /^Question 2 has no answer/);
  });

  it('reports question 1 when its "No" is removed, and not its "If yes" parts (the "If no" part is answered)', () => {
    const text = edit(ai, '\nNo\n\nIf yes:', '\nIf yes:');
    const found = ofRule(run(text), RULE);
    assert.deepEqual(
      found.map((f) => f.range.start.line + 1),
      [lineOf(text, '- 1. Does your council currently deploy')],
    );
  });

  it('reports every question of the facial-recognition letter when its only answer is removed', () => {
    const text = cut(fr, 'The council does not use facial recognition software', '### **Further information**');
    const found = ofRule(run(text), RULE);
    assert.deepEqual(
      found.map((f) => f.data?.question),
      ['1', '2', '3', '4', '5'],
    );
    assert.match(found[1].message, /applies unless question 1 is answered “no”/);
  });

  it('accepts answers given by number only', () => {
    assert.deepEqual(ofRule(run(draft('numbers-only.md')), RULE), []);
  });

  it('reports a number-only answer that is missing', () => {
    const text = edit(draft('numbers-only.md'), '3. Maintenance is carried out by Secure Vision Ltd under a contract that runs to 2026.\n', '');
    assert.deepEqual(
      ofRule(run(text), RULE).map((f) => f.data?.question),
      ['3'],
    );
  });

  it('reads nested lettered parts, and "If yes" parts after a "No"', () => {
    const r = run(draft('nested-bullets.md'));
    assert.deepEqual(ofRule(r, RULE), []);
    assert.deepEqual(
      r.draft.questions.map((q) => [q.label, q.status]),
      [
        ['1', 'answered'],
        ['1(a)', 'answered'],
        ['1(b)', 'answered'],
        ['2', 'answered'],
        ['2(a)', 'not-applicable'],
        ['2(b)', 'not-applicable'],
      ],
    );
  });

  it('requires the "If yes" parts when the answer is yes', () => {
    const text = edit(
      draft('nested-bullets.md'),
      "No. Fixed penalty notices are issued by the council's own enforcement officers.",
      'Yes, Kingdom Services Ltd issues them on our behalf.',
    );
    assert.deepEqual(
      ofRule(run(text), RULE).map((f) => f.data?.question),
      ['2(a)', '2(b)'],
    );
  });

  it('reads "(a)" parts under a "Q1." question as its parts, however they are indented', () => {
    const text = [
      'Thank you for your request received on 3 March 2025, for the following information:',
      '',
      'Q1. Does the council use agency social workers? If yes:',
      '',
      '   - (a) which agencies supply them?',
      '   - (b) what did they cost in 2024?',
      '',
      'Q2. How many permanent social workers does the council employ?',
      '',
      'We have processed this request under the Freedom of Information Act 2000.',
      '',
      '## Response',
      '',
      'Q1. Does the council use agency social workers?',
      '',
      'No.',
      '',
      'Q2. How many permanent social workers does the council employ?',
      '',
      '142 full-time equivalent.',
      '',
    ].join('\n');
    const r = run(text);
    assert.deepEqual(
      r.draft.questions.map((q) => [q.label, q.status]),
      [
        ['1', 'answered'],
        ['1(a)', 'not-applicable'],
        ['1(b)', 'not-applicable'],
        ['2', 'answered'],
      ],
    );
    assert.deepEqual(ofRule(r, RULE), []);
  });

  it('one answer that says it covers several questions is not an error, only information', () => {
    const r = run(draft('shared-explicit.md'));
    assert.deepEqual(ofRule(r, RULE), []);
    const info = ofRule(r, 'shared-answer');
    assert.equal(info.length, 1);
    assert.equal(info[0].severity, 'info');
  });

  it('one answer under several restated questions that does not say so: the others are not errors, one note says they could not be checked', () => {
    const text = edit(draft('shared-explicit.md'), 'Questions 1 to 3: the council', 'The council');
    const found = ofRule(run(text), RULE);
    assert.deepEqual(
      found.map((f) => [f.severity, f.data?.questions]),
      [['info', ['1', '2']]],
    );
    assert.match(found[0].message, /could not tell which part of the reply answers questions 1, 2/);
    assert.match(found[0].message, /layout: entry in \.foi\.yaml/);
  });

  it('reports a question as an error where the reading is certain: the others are answered under their numbers', () => {
    const text = [
      'Thank you for your request received on 3 March 2025, for the following information:',
      '',
      'Q1) How many potholes were reported in 2024?',
      'Q2) How many were repaired within 28 days?',
      'Q3) How much was paid in compensation?',
      '',
      'Our response:',
      '',
      'Q1) 1,204 potholes were reported.',
      'Q3) £12,400 was paid in 31 claims.',
      '',
    ].join('\n');
    const found = ofRule(run(text), RULE);
    assert.deepEqual(found.map((f) => [f.severity, f.data?.question]), [['error', '2']]);
  });

  it('says once, as information, that questions answered as a whole could not be checked one by one', () => {
    const text = [
      'Thank you for your request received on 3 March 2025, for the following information:',
      '',
      '1. How many potholes were reported in 2024?',
      '2. How much was paid in compensation?',
      '',
      'The council does not hold this information: highways are the county council\'s responsibility.',
      '',
    ].join('\n');
    const r = run(text);
    assert.deepEqual(ofRule(r, RULE), []);
    assert.deepEqual(r.draft.sharedAnswers.map((s) => [s.kind, s.covers.map((q) => q.label)]), [['whole', ['1', '2']]]);
  });

  it('honours <!-- foi-lint-not-applicable --> on a question and disable comments', () => {
    const base = edit(ai, 'No not aware of any projects in the pipeline.\n\n', '');
    const marked = edit(
      base,
      'supporting materials.**\n',
      'supporting materials.** <!-- foi-lint-not-applicable -->\n',
    );
    const r = run(marked);
    assert.deepEqual(ofRule(r, RULE), []);
    assert.equal(r.draft.questions[4].status, 'not-applicable');
    const disabled = edit(base, '- 2. Does your council have any plans', '<!-- foi-lint-disable-next-line unanswered-question -->\n- 2. Does your council have any plans');
    assert.deepEqual(ofRule(run(disabled), RULE), []);
  });

  it('reports a question with all its parts unanswered once, naming the parts', () => {
    const text =
      'Thank you for your request received on 3 March 2025:\n\n1. How many referrals were received?\n' +
      '2. For each of the last five years, please provide either:\n   a. The number of sick days, or\n   b. The total of working days lost\n';
    const found = ofRule(run(text), RULE);
    assert.deepEqual(
      found.map((f) => f.message.replace(/: “.*$/, '')),
      ['Question 1 has no answer in the response', 'Question 2 has no answer in the response, nor any of its 2 parts'],
    );
  });

  it('reports the parts of a stem that only introduces them, not the stem, when some parts are answered', () => {
    const text =
      'Thank you for your request received on 3 March 2025:\n\n1. How many notices were issued for the following absences:\n   a. Persistent lateness\n   b. Leave in term time\n\n' +
      'Our response:\n\na. Persistent lateness\n\n12 notices.\n';
    const found = ofRule(run(text), RULE);
    assert.deepEqual(
      found.map((f) => f.message.replace(/: “.*$/, '')),
      ['Question 1(b) has no answer in the response'],
    );
  });
});

