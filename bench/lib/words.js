'use strict';
// The material generated drafts are made of: authorities, topics, question and answer wording, and
// the standard closing paragraphs, in the house styles of published council replies.

const authorities = [
  ['London Borough of Barnet', '2 Bristol Avenue', 'Colindale', 'London NW9 4EW', 'barnet.gov.uk'],
  ['Riverside District Council', 'Town Hall, Market Square', 'Riverside', 'RV1 2AB', 'riverside.gov.uk'],
  ['Northfield County Council', 'County Hall, Kings Road', 'Northfield', 'NF3 8QP', 'northfield.gov.uk'],
  ['Eastmoor Borough Council', 'Civic Centre, Station Road', 'Eastmoor', 'EM1 1AA', 'eastmoor.gov.uk'],
  ['West Vale Metropolitan Borough Council', 'Vale House, 10 Bridge Street', 'West Vale', 'WV7 2DL', 'westvale.gov.uk'],
  ['Southbay City Council', 'Guildhall, Harbour Parade', 'Southbay', 'SB2 9RT', 'southbay.gov.uk'],
];

const teams = ['Information Management Team', 'Information Governance Team', 'Assurance Group', 'FOI Team', 'Data Protection and FOI Office'];

// [topic, plural thing counted, document, a service area]
const topics = [
  ['parking enforcement', 'penalty charge notices', 'the parking enforcement contract', 'Highways'],
  ['CCTV', 'public space CCTV cameras', 'the CCTV code of practice', 'Community Safety'],
  ['agency staff', 'agency workers', 'the managed service contract for temporary staff', 'Human Resources'],
  ['school transport', 'pupils given free home-to-school transport', 'the home-to-school transport policy', "Children's Services"],
  ['potholes', 'pothole repairs', 'the highway inspection manual', 'Highways'],
  ['facial recognition', 'facial recognition deployments', 'the data protection impact assessment', 'Community Safety'],
  ['artificial intelligence', 'AI systems', 'the algorithmic transparency record', 'Digital Services'],
  ['fly-tipping', 'fly-tipping incidents', 'the enforcement policy for fly-tipping', 'Environmental Services'],
  ['temporary accommodation', 'households in temporary accommodation', 'the temporary accommodation placement policy', 'Housing'],
  ['council tax arrears', 'liability orders', 'the council tax recovery policy', 'Revenues and Benefits'],
  ['libraries', 'library visits', 'the library service review', 'Culture and Leisure'],
  ['street trees', 'street trees felled', 'the tree management strategy', 'Parks'],
  ['cyber security', 'cyber security incidents', 'the information security policy', 'Digital Services'],
  ['consultancy spending', 'consultancy contracts', 'the procurement pipeline', 'Finance'],
  ['electric vehicle charging', 'public charging points', 'the electric vehicle charging strategy', 'Transport'],
  ['social care placements', 'out-of-area placements', 'the commissioning strategy for placements', 'Adult Social Care'],
];

const periods = ['in 2023/24', 'in each of the last three financial years', 'since 1 April 2021', 'in the calendar year 2024', 'in each month of 2023', 'between 2019 and 2024'];
const others = ['the Department for Education', 'the local police force', 'the NHS integrated care board', 'the Driver and Vehicle Licensing Agency', 'the Environment Agency', 'the county council'];
const wards = ['Abbey', 'Brook', 'Castle', 'Dene', 'East Park', 'Fairfield', 'Green Lanes', 'Hillside', 'Kingsway', 'Lakeside', 'Mill Hill', 'North End', 'Oakwood', 'Priory', 'Queensbury', 'Riverside', 'St Marys', 'Town Centre', 'Underhill', 'Westfield'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const suppliers = ['Secure Vision Ltd', 'Northgate Services', 'Acorn Consulting LLP', 'Civic Data Systems', 'Bluebird Recruitment', 'Greenway Contracts', 'Harbour Analytics', 'Keystone Facilities'];

/** Open questions: each [text, answer kinds that fit]. `{t}` topic, `{n}` things, `{d}` document, `{p}` period. */
const openQuestions = [
  ['How many {n} did the council record {p}?', ['number', 'table', 'long', 'notHeld']],
  ['Please provide the number of {n} for each ward {p}.', ['table', 's12', 'attached']],
  ['What was the total amount the council spent on {t} {p}? Please break this down by supplier.', ['table', 'number', 's43']],
  ['Please provide a copy of {d}.', ['attached', 'notHeld', 'long']],
  ['Who supplies the council with services for {t}, and what is the annual value of each contract?', ['table', 's43', 'long']],
  ['Please provide the names, job titles and salaries of the officers responsible for {t}.', ['s40', 'long']],
  ['Please provide all emails and internal correspondence about {t} {p}.', ['s12', 'long']],
  ['What hourly rates or unit prices does the council pay for {t}?', ['s43', 'table']],
  ['How many complaints about {t} did the council receive {p}, and how many were upheld?', ['table', 'number']],
  ['Which team is responsible for {t}, and how many staff work in it?', ['number', 'long']],
  ['Please describe how the council decides which cases about {t} are prioritised.', ['long']],
  ['What budget has been allocated to {t} for 2025/26?', ['number', 'notHeld']],
];

/** Yes/no questions that can open "If yes:" parts. */
const yesNoQuestions = [
  'Does your council currently use {t} in any area of council work?',
  'Has your council used {t}, either as a pilot/trial or ongoing work?',
  'Does the council have a written policy on {t}?',
  'Does the council use a private contractor for {t}?',
  'Has the council carried out an equality impact assessment for {t}?',
];

const ifYesParts = [
  'Please specify the programme(s) used and the provider/manufacturer/developer.',
  'What area(s) of council work are these systems being used for?',
  'How long have they been in use? How long are they planned to be in use for?',
  'What was the cost of the contract in each year?',
  'Please provide a copy of any evaluation carried out.',
  'How many staff have been trained to use it?',
];

const proseSentences = [
  'The council reviews this area of work each year as part of its service planning.',
  'The figures are taken from the case management system and include cases closed during the period.',
  'Figures for the current year are provisional and may change once the year-end checks are complete.',
  'The service was restructured in 2022, so figures before that date are not directly comparable.',
  'Decisions are made by the service manager in line with the published policy, and exceptions are recorded.',
  'Where a case involves more than one service, it is recorded against the service that leads on it.',
  'The council publishes a summary of this information on its website each quarter.',
  'Contract values are shown excluding VAT and are rounded to the nearest pound.',
  'Some records from before 2020 are held on paper and were not searched for this response.',
  'The team works closely with partner organisations, who may hold further information about this.',
  'The council does not record the reason for each decision in a way that can be reported on.',
  'All staff in the team complete mandatory training on data protection every year.',
];

module.exports = {
  authorities,
  teams,
  topics,
  periods,
  others,
  wards,
  months,
  suppliers,
  openQuestions,
  yesNoQuestions,
  ifYesParts,
  proseSentences,
};
