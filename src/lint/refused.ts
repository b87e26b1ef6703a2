import type { Finding } from "../core/finding.js";
import { fieldSchema, type SchemaNode } from "../template/schema.js";

/**
 * Whether the validate stage refused the value at `path` (or the mapping it is in): the value is
 * then left out of the agreement, but it was given, and the schema's finding says what is wrong
 * with it. A rule does not also report it as missing. With the schema, an alternative of a
 * `oneOf` (an amount, or a percentage) counts as refused when the one the deal gave was.
 */
export function isRefused(validation: readonly Finding[], path: string, schema?: SchemaNode): boolean {
  const parent = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
  const alternatives = schema && parent ? (fieldSchema(schema, parent)?.oneOf?.length ?? 0) > 0 : false;
  return validation.some((f) => {
    if (f.severity !== "error" || !f.path) return false;
    return path === f.path || path.startsWith(`${f.path}.`) || (alternatives && f.path.startsWith(`${parent}.`));
  });
}
