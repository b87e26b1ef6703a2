import type { Rule } from "../rule.js";
import { arbitrationInstitutionRule } from "./arbitration-institution.js";
import { availability100Rule } from "./availability-100.js";
import { bilingualMismatchRule } from "./bilingual-mismatch.js";
import { leftoverPlaceholderRule } from "./leftover-placeholder.js";
import { penaltyCapRule } from "./penalty-cap.js";
import { piplEntrustedProcessingRule } from "./pipl-entrusted-processing.js";
import { policyRule } from "./policy.js";
import { creditCodeRule } from "./credit-code.js";
import { danglingReferenceRule } from "./dangling-reference.js";
import { dataLocalizationRule } from "./data-localization.js";
import { dateOrderRule } from "./date-order.js";
import { duplicatePartyRule } from "./duplicate-party.js";
import { missingTranslationRule } from "./missing-translation.js";
import { missingValueRule } from "./missing-value.js";
import { referenceKindRule } from "./reference-kind.js";
import { schemaRule } from "./schema.js";
import { slaConsistencyRule } from "./sla-consistency.js";

/** Every rule. Adding a rule is adding its file and its line here, and its page in docs/rules/. */
export const RULES: readonly Rule[] = [
  schemaRule,
  missingValueRule,
  missingTranslationRule,
  creditCodeRule,
  duplicatePartyRule,
  danglingReferenceRule,
  referenceKindRule,
  slaConsistencyRule,
  availability100Rule,
  penaltyCapRule,
  dateOrderRule,
  bilingualMismatchRule,
  leftoverPlaceholderRule,
  piplEntrustedProcessingRule,
  dataLocalizationRule,
  arbitrationInstitutionRule,
  policyRule,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
