// Procurement policies: the company's rules for the deals of one template (schemas/policy.schema.json).

export { breachMessage, policyBreaches, defaultMessage, normalizeText, type Breach, type PolicyTest } from "./breaches.js";
export { isComparable, loadPolicy, parsePolicyText, PolicyError, readPolicyFile, resolvePolicy, type Policy, type PolicyFile, type PolicyPosition, type PolicyRule } from "./policy.js";
export { displayValue, isGiven, valueAt } from "./values.js";
