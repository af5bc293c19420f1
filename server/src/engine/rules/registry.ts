import { dateOrder } from './date-order';
import { invalidFrontMatter } from './invalid-front-matter';
import { missingDate } from './missing-date';
import { missingDirectMarketing } from './missing-direct-marketing';
import { missingRegimeStatement } from './missing-regime-statement';
import { missingRights } from './missing-rights';
import { missingSection } from './missing-section';
import { placeholder } from './placeholder';
import type { Rule } from './rule';
import { sharedAnswer } from './shared-answer';
import { unansweredQuestion } from './unanswered-question';
import { lateResponse } from './late-response';
import { refusalGroundUnspecified } from './refusal-ground-unspecified';
import { refusalNoReasons } from './refusal-no-reasons';
import { refusalNoPublicInterestTest } from './refusal-no-public-interest-test';
import { costLimit } from './cost-limit';
import { notAnExemption } from './not-an-exemption';
import { feesRegulations } from './fees-regulations';
import { costEstimate } from './cost-estimate';
import { costAggregation } from './cost-aggregation';
import { citationForm } from './citation-form';
import { supersededCitation } from './superseded-citation';
import { prejudiceWording } from './prejudice-wording';
import { eirNotHeldException } from './eir-not-held-exception';
import { refusalNoRights } from './refusal-no-rights';
import { redactionWithoutExemption } from './redaction-without-exemption';
import { wrongRegime } from './wrong-regime';
import { considerEir } from './consider-eir';
import { personalData } from './personal-data';
import { unresolvedComment } from './unresolved-comment';
import { trackedChange } from './tracked-change';
import { pointerWithoutLocation } from './pointer-without-location';
import { emptyLink } from './empty-link';
import { pointerOnlyReply } from './pointer-only-reply';
import { emptyField } from './empty-field';
import { repeatedText } from './repeated-text';
import { templateInstruction } from './template-instruction';
import { templateChoice } from './template-choice';
import { periodMismatch } from './period-mismatch';

/** Every rule, in the order their findings are documented. */
export const allRules: readonly Rule[] = [
  unansweredQuestion,
  sharedAnswer,
  placeholder,
  missingRegimeStatement,
  missingRights,
  missingDirectMarketing,
  missingSection,
  dateOrder,
  missingDate,
  invalidFrontMatter,
  lateResponse,
  refusalGroundUnspecified,
  refusalNoReasons,
  refusalNoPublicInterestTest,
  citationForm,
  supersededCitation,
  prejudiceWording,
  eirNotHeldException,
  costLimit,
  costEstimate,
  costAggregation,
  feesRegulations,
  notAnExemption,
  refusalNoRights,
  redactionWithoutExemption,
  wrongRegime,
  considerEir,
  personalData,
  unresolvedComment,
  trackedChange,
  pointerWithoutLocation,
  emptyLink,
  pointerOnlyReply,
  emptyField,
  repeatedText,
  templateInstruction,
  templateChoice,
  periodMismatch,
];

const byId = new Map(allRules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
