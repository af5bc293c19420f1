import * as assert from 'node:assert/strict';
import { parseDraft } from '../../../server/src/engine/parse/draft';
import { baseSchema } from '../../../server/src/engine/schema';

// Blocks split where real letters run items together: snippets of text pasted from web pages,
// Word and PDFs, as published.

const schema = baseSchema('foia');
const read = (text: string) => parseDraft(text, schema);
const questions = (text: string) => read(text).questions.map((q) => [q.label, q.text]);

describe('reader: items run together in one block', () => {
  it('numbered questions run on in one paragraph (a PDF flattened), each with its own range', () => {
    const text =
      'For ease of reference, your request is replicated below together with the response.\n\n' +
      '1. Please provide the full names of all the duty sergeants. 2. Please provide copies of the indemnity bonds. 3. Please state who registered the corporation.\n';
    const d = read(text);
    assert.deepEqual(
      d.questions.map((q) => [q.label, q.text]),
      [
        ['1', 'Please provide the full names of all the duty sergeants.'],
        ['2', 'Please provide copies of the indemnity bonds.'],
        ['3', 'Please state who registered the corporation.'],
      ],
    );
    const line = text.split('\n')[2];
    assert.equal(line.slice(d.questions[1].range.start.character, d.questions[1].range.start.character + 9), '2. Please');
  });

  it('a number run onto the question mark before it ("... each year)?2. How many")', () => {
    const text = 'My questions are as follows: 1. How many complaints have you received (by year)?2. How many prosecutions were there?\n3. Do you provide free bags?\n';
    assert.deepEqual(questions(text), [
      ['1', 'How many complaints have you received (by year)?'],
      ['2', 'How many prosecutions were there?'],
      ['3', 'Do you provide free bags?'],
    ]);
  });

  it('an acknowledgement that ends its line with a colon, run on with the request in one paragraph (PDF text)', () => {
    const text =
      'Dear Dr Smith,\nThank you for your request of 26 October 2012 seeking the following information under the\nFreedom of Information Act 2000:\n' +
      '“How many programmes about cosmetic science were broadcast last year?”\nThe information you have requested is excluded from the Act.\n';
    const d = read(text);
    assert.equal(d.request?.range.start.line, 3);
    assert.match(d.questions[0].text, /^“How many programmes about cosmetic science/);
  });

  it('a date line glued to the first question by a lost line break ("20191. Do you")', () => {
    const text = 'Responded Thu 14 November 20191. Do you conduct an audit of trees?\n2. How many trees were felled?\n3. How many were planted?\n';
    assert.deepEqual(questions(text).map(([label]) => label), ['1', '2', '3']);
  });

  it('each question on its line with the answer on the lines under it (a disclosure log)', () => {
    const text = [
      'Under the Freedom of Information Act (2000), I would like to know the following:',
      '',
      '1. How many pupils were permanently excluded in your schools in these years?',
      '2021-22: 18',
      '2022-23: 23',
      '',
      '2. What was the average length of time to place a child in suitable full-time education?',
      'See above',
      '',
    ].join('\n');
    const d = read(text);
    assert.deepEqual(
      d.questions.map((q) => [q.label, q.status, q.answer?.text]),
      [
        ['1', 'answered', '2021-22: 18 2022-23: 23'],
        ['2', 'answered', 'See above'],
      ],
    );
  });

  it('"Request 1" / the question / "Answer 1" / the answer on consecutive lines', () => {
    const text = [
      'Request 1',
      'Does the force have a policy on this?',
      'Answer 1',
      'The force does not hold a policy.',
      'Request 2',
      'How many complaints were received?',
      'Answer',
      'The force can neither confirm nor deny that it holds the information.',
      '',
    ].join('\n');
    const d = read(text);
    assert.deepEqual(
      d.questions.map((q) => [q.label, q.text, q.status]),
      [
        ['1', 'Does the force have a policy on this?', 'answered'],
        ['2', 'How many complaints were received?', 'answered'],
      ],
    );
  });

  it('a pipe table ends at its last row: the label under it is read', () => {
    const text = ['| Reference | 2025-113695 |', '|---|---|', '| Date Requested | 05/11/25 |', 'Request', 'Please provide information regarding the following:', '1. Blood tracking', '2. Pharmacy', ''].join('\n');
    const d = read(text);
    assert.equal(d.blocks[0].kind, 'table');
    assert.equal(d.blocks[0].endLine, 2);
    assert.deepEqual(d.questions.map((q) => q.label), ['1', '2']);
  });

  it('a dash under several lines is a separator, not a heading', () => {
    const d = read('-\nFOI request (FOIR-1)\nTrees\nRequested Thu 24 October 2019\n-\n');
    assert.ok(d.blocks.every((b) => b.kind !== 'heading'), JSON.stringify(d.blocks.map((b) => b.kind)));
  });

  it('a paragraph splits where a standard section opens on a line of its own', () => {
    const text = [
      'Question 1 – How many of these caused deaths?',
      'We have no recorded information as to any deaths.',
      'If you are dissatisfied with the handling of your request, you have the right to apply for an internal review.',
      '',
    ].join('\n');
    const d = read(text);
    assert.equal(d.questions[0].answer?.text, 'We have no recorded information as to any deaths.');
    assert.ok(d.sections.some((s) => s.id === 'rights' && s.anchor.startLine === 2));
  });

  it('a field label run onto the end of the last question ("... format where possible. - Decision")', () => {
    const text =
      '- Request\n-\nPlease provide the following information:\n1. The total number of complaints received.\n2. The outcome of complaints.\n' +
      '3. The number of complaints escalated to a formal review. - Decision\n-\n1-2. The information for points 1 & 2 is exempt under Section 22.\n';
    const d = read(text);
    assert.deepEqual(questions(text), [
      ['1', 'The total number of complaints received.'],
      ['2', 'The outcome of complaints.'],
      ['3', 'The number of complaints escalated to a formal review.'],
    ]);
    assert.equal(d.response?.range.start.line, 7);
    assert.deepEqual(
      d.questions.map((q) => [q.status, q.sure]),
      [
        ['answered', true],
        ['answered', true],
        ['unanswered', true],
      ],
    );
  });

  it('numbered headings over prose ("1. Summary") are not questions; a request list after them is', () => {
    const body = 'The requester asked for information about the fees paid by the council to care providers in the area, as set out below.';
    const text =
      `Internal Review\n\n  1. Summary\n\n${body}\n\n  1. The Request\n\n${body}\n\n` +
      '1)What representations have providers made to the Council about fees?\n\n2)Some idea as to the fees currently being paid, per resident per week.\n\n' +
      '3)Equivalent information for fees paid to other providers.\n\nQuestion 1 answer - We have received a letter dated 16.12.14.\n';
    assert.deepEqual(
      read(text).questions.map((q) => [q.label, q.status, q.sure]),
      [
        ['1', 'answered', true],
        ['2', 'unanswered', true],
        ['3', 'unanswered', true],
      ],
    );
  });

  it('an item numbered on from the list above it stays a question, however short', () => {
    const text = 'Please provide the following for each system:\n1. Blood tracking\n2. Patient Portal\n3. Virtual Wards\nPlease enter the supplier name, the system name and the date installed for each of the systems listed above in the table.\n';
    assert.deepEqual(questions(text).map(([label]) => label), ['1', '2', '3']);
  });

  it('a bullet ending in a colon over the items it introduces, and bullets that are only periods, are not questions', () => {
    const text =
      'Request:\n\n  • I would be grateful if you could comply with the following requests between the following year ranges:\n' +
      '  • 9 June 2019 - 9 June 2020\n  • 10 June 2020 - 9 June 2021\n  • In your response, please do the following:\n\n' +
      '  1. Detail the amount spent on mental health\n  2. Detail the number of students enrolled\n\nResponse:\n\nThe information is below.\n';
    assert.deepEqual(questions(text), [
      ['1', 'Detail the amount spent on mental health'],
      ['2', 'Detail the number of students enrolled'],
    ]);
  });

  it('a request label that names only the subject ("Request: Roads compensation") leaves the request list above it', () => {
    const text =
      'Dear Leeds City Council,\n\nPlease provide details of compensation payments by year.\n\n1. Total claims received for year.\n2. Total compensation paid out for year.\n\nYours faithfully,\n\nA Hart\n\n' +
      'Dear Ms Hart\n\nRequest: Roads compensations paid out 1990-2015 inclusive\n\nI write in response to your above request, received on 18 May 2018.\n';
    assert.deepEqual(questions(text).map(([label]) => label), ['1', '2']);
  });

  it('an e-mail thread turns at a sign-off, a greeting or a thank-you: the last question does not run on into the reply', () => {
    const text =
      'Please can you provide the following information:\n1. Are patients prioritised?\n2. How do waiting times compare with the national picture\nYours faithfully,\nA Requester\n' +
      'Good Afternoon\nThank you for your Freedom of Information request.\n1. Are patients prioritised? - Patients are seen in date order.\n';
    assert.deepEqual(questions(text), [
      ['1', 'Are patients prioritised?'],
      ['2', 'How do waiting times compare with the national picture'],
    ]);
    assert.equal(read(text).questions[0].status, 'answered');
  });

  it('a lone "a)" under a numbered question that asks nothing is its answer', () => {
    const text =
      'Below are the questions raised in your request and the answers.\n\n3. How many investigations have been closed unsuccessfully?\n\na) None, they are classed as long-term cases.\n\n' +
      '4. How many of these cases are still active?\n\na) 2013 – 2019 - 6\n';
    const d = read(text);
    assert.deepEqual(
      d.questions.map((q) => [q.label, q.status]),
      [
        ['3', 'answered'],
        ['4', 'answered'],
      ],
    );
    const lone = d.blocks.find((b) => b.text.includes('long-term cases'))!;
    assert.deepEqual([lone.marker, lone.item], [undefined, undefined]);
  });
});

