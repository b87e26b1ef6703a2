// What a party is decides how it is identified in the agreement and how it signs: only a PRC
// company has a Unified Social Credit Code (GB 32100-2015) and a company seal.

export type PartyKind = "company" | "individual" | "foreign-company";

export const PARTY_KINDS: readonly PartyKind[] = ["company", "individual", "foreign-company"];

/** The key under the party's field that identifies it: party_b.id_number for a person. */
export const IDENTIFIER_KEY: Readonly<Record<PartyKind, string>> = {
  company: "credit_code",
  individual: "id_number",
  "foreign-company": "registration_number",
};

/** The party's kind as the manifest gives it; a party the manifest says nothing of is a PRC company. */
export function partyKindOf(spec: { kind?: PartyKind }): PartyKind {
  return spec.kind ?? "company";
}
