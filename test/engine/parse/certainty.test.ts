import * as assert from 'node:assert/strict';
import { parseDraft } from '../../../server/src/engine/parse/draft';
import { looksAsked } from '../../../server/src/engine/parse/certainty';
import { baseSchema } from '../../../server/src/engine/schema';

// Precision first: an unanswered question is certain only where nothing follows it, or where the
// letter pairs its other questions with answers.

const schema = baseSchema('foia');
const sure = (text: string) => parseDraft(text, schema).questions.map((q) => [q.label, q.status, q.sure]);
const ack = 'Thank you for your request received on 3 March 2025, for the following information:\n\n';

describe('reader: how sure an unanswered question is', () => {
  it('sure: the letter stops after the questions', () => {
    assert.deepEqual(sure(`${ack}1. How many potholes were reported?\n2. How many were repaired?\n`), [
      ['1', 'unanswered', true],
      ['2', 'unanswered', true],
    ]);
  });

  it('sure: the other questions are answered under their numbers', () => {
    const text = `${ack}Q1) How many potholes were reported?\nQ2) How many were repaired?\n\nOur response:\n\nQ1) 1,204.\n`;
    assert.deepEqual(sure(text), [
      ['1', 'answered', true],
      ['2', 'unanswered', true],
    ]);
  });

  it('not sure: a request in prose, whose end cannot be told from the reply', () => {
    assert.deepEqual(sure('Dear Sir,\n\nI would like to know how much the council spent on taxis.\n\nYours faithfully\n'), [['1', 'unanswered', false]]);
  });

  it('not sure: text before the quoted request already answers it', () => {
    const text = 'Your request has been considered. The information is exempt under section 12 of the Act.\n\n1. How many officers?\n2. How many PCSOs?\n';
    assert.deepEqual(
      sure(text).map(([, , s]) => s),
      [false, false],
    );
  });

  it('a request item reads as asked: a question, "please", or what is asked for', () => {
    for (const asked of ['How many trees were felled?', 'If yes please provide the date of use', 'The number of charging points installed', 'Copies of the minutes']) {
      assert.ok(looksAsked(asked), asked);
    }
    for (const not of ['recognizes the duty to inform as the essential principle', 'Aspects of the report comprise personal data']) {
      assert.ok(!looksAsked(not), not);
    }
  });

  it('not sure: a lettered part ("1a") beside an answered "1", whose answer may cover it', () => {
    const text = `${ack}1. How many complaints were received?\n1a. A breakdown by service area.\n2. How many were upheld?\n\nOur response:\n\n1. 1,204.\n2. 310.\n`;
    assert.deepEqual(sure(text), [
      ['1', 'answered', true],
      ['1a', 'unanswered', false],
      ['2', 'answered', true],
    ]);
  });

  it('a wish about the form of the reply is not a question', () => {
    const text = `${ack}1. How many potholes were reported?\n2. Please provide the information in spreadsheet or tabular format where possible.\n`;
    assert.deepEqual(sure(text), [['1', 'unanswered', true]]);
  });

  it('sure: a sentence introduces the response, and the answers go by number, for a list numbered twice', () => {
    const text =
      'In your email which was received by the Council on 19/9/2013, you asked\nfor the following information:\n\n' +
      '1. How many tenants did you have in financial year 2011-2012?\n\n2. How many complaints did you have about damp?\n\n' +
      'Questions regarding litigation costs:\n\n1. How many cases referring to damp homes did you receive?\n\n' +
      'In response, please find below the information from the Council:\n\n1.    3883 tenancies at the end of 2011/12.\n\n2.    Information not recorded.\n';
    const d = parseDraft(text, schema);
    assert.deepEqual(
      d.questions.map((q) => [q.label, q.status, q.sure]),
      [
        ['1', 'answered', true],
        ['2', 'answered', true],
        ['1', 'unanswered', true],
      ],
    );
    assert.equal(d.response?.range.start.line, 13);
    // The sentence at the end of a line of its own, in a letter's words.
    const numbering = text.replace('In response, please find below the information from the Council:', 'The Council holds some of this information and using your numbering I can reply as follows: -');
    assert.equal(parseDraft(numbering, schema).response?.range.start.line, 13);
  });

  it('reads the request after "Your initial request for information dated 18 May 2010 was as follows:"', () => {
    const text = 'Dear Mr Smith\n\nYour initial request for information dated 18 May 2010 was as follows:\n\n1. How many chaplains are there?\n';
    assert.deepEqual(sure(text), [['1', 'unanswered', true]]);
    assert.equal(parseDraft(text, schema).request?.range.start.line, 4);
  });

  it('not sure: a question whose paragraph goes on to state a figure, an answer run on after it', () => {
    const text =
      'Question 1\n\nThe total number of FOI requests received between 01/01/2018 and 07/03/2018. 690 FOI requests were received between 1st January 2018 and 7th March 2018.\n\n' +
      'Question 2\n\nThe total number of those FOI requests which were deemed to require ministerial sign off.\n';
    assert.deepEqual(sure(`${ack}${text}`), [
      ['1', 'unanswered', false],
      ['2', 'unanswered', true],
    ]);
  });

  it('sure: a reply that only points to earlier responses answers no question; one with figures of its own does', () => {
    const request = `${ack}1. How many fires linked to lithium ion batteries did you record in 2022?\n2. How many in 2023?\n\n`;
    const pointer =
      'We have published several responses to similar requests in the recent past.\nPlease click on the following links to access the responses that are published on the Transparency website.\n\nWe hope this information is useful to you.\n';
    const d = parseDraft(request + pointer, schema);
    assert.deepEqual(
      d.questions.map((q) => [q.label, q.status, q.sure]),
      [
        ['1', 'unanswered', true],
        ['2', 'unanswered', true],
      ],
    );
    assert.match(d.questions[0].statusReason ?? '', /only points to other responses .* at line 6/);
    const withFigures = parseDraft(request + 'In 2022 there were 41 such fires and in 2023 there were 57. ' + pointer, schema);
    assert.deepEqual(withFigures.questions.map((q) => q.status), ['answered', 'answered']);
    const s21 = parseDraft(request + 'This information is exempt under section 21. ' + pointer, schema);
    assert.deepEqual(s21.questions.map((q) => q.status), ['answered', 'answered']);
  });

  it('not sure: the reply names the question by number in its own words ("For question 2 and 3, ...")', () => {
    const text = `${ack}1. How many claims were made?\nThe cost limit applies to this part.\n2. How many were paid?\n3. How much was paid?\nFor question 2 and 3, the figures are below:\n2023 – 275 accepted, £48,745 paid\n`;
    assert.deepEqual(sure(text), [
      ['1', 'answered', true],
      ['2', 'unanswered', false],
      ['3', 'answered', true],
    ]);
    // A lettered part named ("question 3b") names its question too.
    const parts =
      `${ack}1. Detail the spend.\n2. Detail the a) median b) longest wait\n3. Detail the number of students\n\nResponse:\n\n` +
      'In accordance with section 1(1)(a), the information is held in part.\n\n' +
      'Information pertaining to question 2b cannot be provided. Information pertaining to question 3 can only be answered in part.\n';
    assert.deepEqual(sure(parts).find(([label]) => label === '2'), ['2', 'unanswered', false]);
  });

  it('closing words deep inside a paragraph of answers (PDF text) do not hide the answers before them', () => {
    const table = Array.from({ length: 12 }, (_, i) => `Month ${i + 1}\n|\n${i * 3}\n|`).join('\n');
    const text =
      `${ack}1) The number of diverts each month.\n2) How long each divert lasted for.\nOur response\nis as follows:\n${table}\n` +
      'We do not keep information on the duration.\nWe hope that this answers your request. If you are dissatisfied with our response you have\nthe right to ask for an internal review.\n';
    const draft = parseDraft(text, schema);
    assert.deepEqual(
      draft.questions.map((q) => q.sure && q.status === 'unanswered'),
      [false, false],
    );
    assert.ok(draft.sections.find((s) => s.id === 'rights')?.runsOn);
  });

  it('a form of questions above the reply\'s "Thank you for your request" is the request, and the reply restates it', () => {
    const form = [1, 2, 3].map((n) => `Question ${n}: ${['Please state the name of the Authority?', 'Please state the population of your district?', 'Do you have any charging points?'][n - 1]} [______]`);
    const text = `FOI Disclosure Log\n\n${form.join('\n\n')}\n\nCouncil Response\n\nThank you for your request for information, this has now been processed.\n\nQuestion 1: Please state the name of the Authority? [Glenbrae Council]\n\nQuestion 2: Please state the population of your district? [140,000]\n`;
    const draft = parseDraft(text, schema);
    assert.equal(draft.request?.range.start.line, 2);
    // A section between the form and the acknowledgement ends the request.
    const withRights = text.replace('Council Response', '## Your rights\n\nYou may ask for an internal review within 40 working days.\n\nCouncil Response');
    assert.equal(parseDraft(withRights, schema).request?.range.end.line, 6);
    assert.deepEqual(sure(text), [
      ['1', 'answered', true],
      ['2', 'answered', true],
      ['3', 'unanswered', true],
    ]);
  });

  it('the numbered words of the law quoted in the reply ("Section 17 of the Act provides: 1. ...") are not answers', () => {
    const text =
      `${ack}1. How many officers were trained?\n2. How many teams are there?\n3. Is the team on standby 24/7?\n\nResponse\n\n` +
      'This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000.\n\nSection 17 of the Act provides:\n\n' +
      '1. A public authority which is relying on a claim that information is exempt must give the applicant a notice.\n';
    const draft = parseDraft(text, schema);
    assert.ok(draft.questions.every((q) => q.answer?.via !== 'number'));
    assert.ok(draft.questions.every((q) => !(q.status === 'unanswered' && q.sure)));
  });

  it('not sure: answers numbered otherwise than the request (a question answered by number and named again)', () => {
    const text =
      `${ack}1. Name of the deceased\n2. Date of birth\n3. Date of death\n4. Has the information been passed to any 3rd party?\n\nOur response\n\n` +
      '1. We only share this information with the Treasury Solicitor.\n\n2. No.\n\nHowever we consider that the information requested in questions 1-3 is exempt under section 31(1)(a).\n';
    assert.deepEqual(sure(text).find(([label]) => label === '4'), ['4', 'unanswered', false]);
  });

  it('not sure: the questions before one whose paragraph runs on into the figures (PDF text)', () => {
    const text =
      'Dear Ms Jones, the Council responds to your questions as follows: 1) How many funerals has the council arranged each year? ' +
      '2) How much has it spent each year? Financial Year Number Total Cost 2013/2014 29 21,367.20 2014/2015 16 25,010\n';
    assert.deepEqual(
      sure(text).map(([, , s]) => s),
      [false, false],
    );
  });

  it('a regime statement with more to say is read for answers ("... request of 23 May 2013. I have attached our response.")', () => {
    const text =
      'Main questions:\n\n1) What is your full organisation name?\n2) How many remote workers do you have?\n\n' +
      'Thank you for your Freedom of Information Act request of 23 May 2013. I have attached an Excel workbook containing our response as requested.\n';
    assert.deepEqual(
      sure(text).map(([, status, s]) => status === 'unanswered' && s),
      [false, false],
    );
  });

  it('not sure: an answer labelled with a part the request did not letter ("1a 2020: 16,966")', () => {
    const text = `${ack}1. How many street lights in 2020 and how many in 2011?\n2. Do you dim street lights?\n\nResponse:\n\n1a 2020: 16,966\n\n1b 2011: Unavailable\n\n2. No\n`;
    assert.deepEqual(sure(text), [
      ['1', 'unanswered', false],
      ['2', 'answered', true],
    ]);
  });

  it('a nil return is an answer, not a pointer elsewhere ("There has not been any ..." above "browse our other responses")', () => {
    const text =
      'Request\n\nPlease provide a full breakdown of any public artwork funded by the council.\n\nResponse\n\n' +
      'A. There has not been any public art work commissioned and funded by the Council during the specified periods.\n\nYou can browse our other responses or make a new FOI request.\n';
    assert.deepEqual(sure(text), [['1', 'answered', true]]);
  });
});

