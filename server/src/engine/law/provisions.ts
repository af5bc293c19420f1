// Provisions that replies cite but that are not refusal grounds (FOIA s.50, EIR reg 14, FOISA s.47...).
// Recognising them lets citation checks tell "section 50" (a right, correctly cited) from a section
// number that is neither a ground nor a known provision. Titles tagged [U] are from memory.

import type { RegimeId } from '../types';
import { citationKeyword, type Provision, type SourceStatus } from './ground';

type Row = [citation: string, title: string, status: SourceStatus];

const rows: Record<RegimeId, Row[]> = {
  foia: [
    ['1', 'General right of access to information held by public authorities', 'V'],
    ['2', 'Effect of the exemptions in Part II', 'V'],
    ['8', 'Request for information', 'U'],
    ['9', 'Fees notices', 'S'],
    ['10', 'Time for compliance with request', 'V'],
    ['11', 'Means by which communication to be made', 'V'],
    ['11A', 'Release of datasets for re-use', 'U'],
    ['13', 'Fees for disclosure where cost of compliance exceeds appropriate limit', 'U'],
    ['16', 'Duty to provide advice and assistance', 'V'],
    ['17', 'Refusal of request', 'V'],
    ['19', 'Publication schemes', 'U'],
    ['45', 'Issue of code of practice by the Secretary of State', 'V'],
    ['48', 'Practice recommendations', 'S'],
    ['50', 'Application for decision by the Information Commissioner', 'V'],
    ['57', 'Appeal against notices served under Part IV', 'U'],
    ['77', 'Offence of altering etc. records with intent to prevent disclosure', 'U'],
    ['84', 'Interpretation', 'U'],
  ],
  eir: [
    ['2', 'Interpretation (including "environmental information")', 'V'],
    ['5', 'Duty to make available environmental information on request', 'V'],
    ['6', 'Form and format of information', 'U'],
    ['7', 'Extension of time', 'V'],
    ['8', 'Charging', 'U'],
    ['9', 'Advice and assistance', 'V'],
    ['10', 'Transfer of a request', 'U'],
    ['11', 'Representations and reconsideration', 'V'],
    ['12', 'Exceptions to the duty to disclose environmental information', 'V'],
    ['14', 'Refusal to disclose information', 'V'],
    ['16', 'Issue of a code of practice and functions of the Commissioner', 'U'],
    ['18', 'Enforcement and appeal provisions', 'V'],
  ],
  foisa: [
    ['1', 'General entitlement', 'V'],
    ['2', 'Effect of exemptions', 'V'],
    ['10', 'Time for compliance', 'V'],
    ['15', 'Duty to provide advice and assistance', 'U'],
    ['16', 'Refusal of request', 'V'],
    ['17', 'Notice that information is not held', 'V'],
    ['18', 'Further provision as respects responses to request (neither confirm nor deny)', 'V'],
    ['19', 'Content of certain notices', 'V'],
    ['20', 'Requirement for review of refusal etc.', 'V'],
    ['21', 'Review by Scottish public authority', 'V'],
    ['47', 'Application for decision by the Scottish Information Commissioner', 'V'],
    ['56', 'Appeal against decision by the Commissioner', 'V'],
    ['60', 'Code of practice', 'S'],
    ['73', 'Interpretation', 'V'],
  ],
  eisr: [
    ['5', 'Duty to make available environmental information on request', 'U'],
    ['7', 'Extension of time', 'U'],
    ['9', 'Duty to provide advice and assistance', 'U'],
    ['10', 'Exceptions from the duty to make environmental information available', 'S'],
    ['13', 'Refusal to make information available', 'U'],
    ['16', 'Review by Scottish public authority', 'S'],
    ['17', 'Enforcement and appeal provisions', 'U'],
  ],
};

function build(regime: RegimeId): readonly Provision[] {
  return rows[regime].map(([citation, title, status]) => ({
    regime,
    citation,
    label: `${citationKeyword(regime)} ${citation}`,
    title,
    status,
  }));
}

export const provisions: Record<RegimeId, readonly Provision[]> = {
  foia: build('foia'),
  eir: build('eir'),
  foisa: build('foisa'),
  eisr: build('eisr'),
};
