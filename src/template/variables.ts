// What a template may test besides the deal's values: the layout the agreement is evaluated for,
// so that a single-language document can say in its language clause that it has one language.
// Written `@layout` and `@bilingual` (Handlebars data variables), never printed.

import { languagesOf, type Layout } from "../core/layout.js";

export const TEMPLATE_VARIABLES = ["layout", "bilingual"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** The variables' values for one layout: `@layout` is its name, `@bilingual` whether it writes both languages. */
export function templateVariables(layout: Layout): Record<TemplateVariable, string | boolean> {
  return { layout, bilingual: languagesOf(layout).length === 2 };
}
