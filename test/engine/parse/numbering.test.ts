import * as assert from 'node:assert/strict';
import { baseSchema } from '../../../server/src/engine/schema';
import { numbersOf, readMarker } from '../../../server/src/engine/parse/recognisers/numbering';

// Question numbers and answer labels as real replies write them (snippets from published letters),
// read with the built-in layout (schema/bases/layout.ts).

const layout = baseSchema('foia').layout;

describe('recogniser: question numbers and answer labels', () => {
  const rows: [string, { role: 'question' | 'answer'; numbers: string[]; rest: string } | undefined][] = [
    ['1. How many pupils were permanently excluded in your schools in these years?', { role: 'question', numbers: ['1'], rest: 'How many pupils' }],
    ['Q1) Between January 1st 2023 - December 31st 2023, how many fires were suspected', { role: 'question', numbers: ['1'], rest: 'Between January' }],
    ['Q1. How many times has your council experienced an attempted cyber-attack', { role: 'question', numbers: ['1'], rest: 'How many times' }],
    ['Question 1 – Please could you tell me for each of 2020, 2021, 2022', { role: 'question', numbers: ['1'], rest: 'Please could you' }],
    ['Question 3 – - How many of these cause deaths?', { role: 'question', numbers: ['3'], rest: 'How many of these' }],
    ['Question Number 1:', { role: 'question', numbers: ['1'], rest: '' }],
    ['Request 1', { role: 'question', numbers: ['1'], rest: '' }],
    ['Question 2 and 3', { role: 'question', numbers: ['2', '3'], rest: '' }],
    ['Q4 & Q5 - Information not held', { role: 'question', numbers: ['4', '5'], rest: 'Information not held' }],
    ['1-2. Under the Freedom on Information Act, the information for points 1 & 2 is exempt', { role: 'question', numbers: ['1', '2'], rest: 'Under the Freedom' }],
    ['10-12 staff were employed', undefined],
    ['Questions 1-3: not held', { role: 'question', numbers: ['1', '2', '3'], rest: 'not held' }],
    ['1) Correspondence & documents relating to training provided', { role: 'question', numbers: ['1'], rest: 'Correspondence' }],
    ['2a. The number of evacuees from Afghanistan', { role: 'question', numbers: ['2a'], rest: 'The number' }],
    ['1b. A breakdown of the type of incapacitant spray/taser that was deployed.', { role: 'question', numbers: ['1b'], rest: 'A breakdown' }],
    ['a) System type – Ambient Voice Technology (scribing)', { role: 'question', numbers: ['a'], rest: 'System type' }],
    ['(a) which agencies supply them?', { role: 'question', numbers: ['a'], rest: 'which agencies' }],
    ['b. Please also release any other management information', { role: 'question', numbers: ['b'], rest: 'Please also' }],
    ['(iv) the number of appeals', { role: 'question', numbers: ['iv'], rest: 'the number' }],
    ['1 how many times has ofcom used section 40 of the freedom of information act 2000', { role: 'question', numbers: ['1'], rest: 'how many times' }],
    ['3.There have been no payments of compensation claims', { role: 'question', numbers: ['3'], rest: 'There have been' }],
    ['Answer 1', { role: 'answer', numbers: ['1'], rest: '' }],
    ['Answer To Question 1:', { role: 'answer', numbers: ['1'], rest: '' }],
    ['Answer', { role: 'answer', numbers: [], rest: '' }],
    ['Our response:', { role: 'answer', numbers: [], rest: '' }],
    ['RESPONSE', { role: 'answer', numbers: [], rest: '' }],
    ['Details of the Response', { role: 'answer', numbers: [], rest: '' }],
    ['Response 05-07-2022', { role: 'answer', numbers: [], rest: '' }],
    // Not markers: prose that starts with a number word, a date, a year, an initial.
    ['Our response to question 1 applies to this question too.', undefined],
    ['Request 2 was refused under section 12.', undefined],
    ['2016 - 2017 = 316', undefined],
    ['2021-22: 18', undefined],
    ['A. Requester', undefined],
    ['1 April 2014', undefined],
    ['Response to your request is set out below.', undefined],
  ];
  for (const [text, want] of rows) {
    it(`${want ? `${want.role} ${want.numbers.join(',') || '(bare)'}` : 'no marker'}: "${text.slice(0, 50)}"`, () => {
      const got = readMarker(text, layout);
      if (!want) return assert.equal(got, undefined, JSON.stringify(got));
      assert.ok(got, 'a marker');
      assert.equal(got.role, want.role);
      assert.deepEqual(got.numbers, want.numbers);
      assert.ok(text.slice(got.length).startsWith(want.rest), `rest: "${text.slice(got.length)}"`);
    });
  }

  it('reads ranges and lists of numbers, but not an implausible range', () => {
    assert.deepEqual(numbersOf('Questions 2 to 4'), ['2', '3', '4']);
    assert.deepEqual(numbersOf('Q4 & Q5'), ['4', '5']);
    assert.deepEqual(numbersOf('questions 1, 3, 4 and 5'), ['1', '3', '4', '5']);
    assert.deepEqual(numbersOf('Questions 1-500'), ['1', '500']);
  });
});
