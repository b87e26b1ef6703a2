/**
 * Custom document properties (File ▸ Properties ▸ Custom in Word): what produced the file, so a
 * returned one can be matched to its template, layout and deal values.
 */
export const PROVENANCE = {
  template: "clausewright.template",
  templateVersion: "clausewright.templateVersion",
  layout: "clausewright.layout",
  dealHash: "clausewright.dealHash",
} as const;
