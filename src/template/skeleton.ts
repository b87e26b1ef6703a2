import type { Template } from "./template.js";
import { deref, propertiesOf, type SchemaNode } from "./schema.js";

const comment = (node: SchemaNode): string[] => {
  const out: string[] = [];
  const label = node["x-label"];
  if (label) out.push(`${label.zh} / ${label.en}`);
  else if (node.title) out.push(node.title);
  const hint = node["x-hint"];
  if (hint) out.push(`${hint.zh} / ${hint.en}`);
  // null in an enum only says the value may be left empty, as every value of the skeleton is
  if (node.enum) out.push(`one of: ${node.enum.filter((v) => v !== null).map((v) => JSON.stringify(v)).join(", ")}`);
  return out;
};

/**
 * A deal file with every field of the template's schema left empty, each commented with its
 * labels and hint; empty values count as not given, so the skeleton renders in draft mode.
 */
export function writeDealSkeleton(template: Template, schemaRef: string): string {
  const root = template.schema;
  const lines = [`# yaml-language-server: $schema=${schemaRef}`, `template: ${template.id}`];
  const walk = (node: SchemaNode, indent: string): void => {
    const props = deref(root, node).oneOf ? propertiesOf(root, (deref(root, node).oneOf ?? [])[0] as SchemaNode) : propertiesOf(root, node);
    const alternatives = deref(root, node).oneOf;
    if (alternatives && alternatives.length > 1) {
      const others = alternatives.slice(1).map((alt) => Object.keys(propertiesOf(root, alt)).join(" + "));
      lines.push(`${indent}# give one of: ${Object.keys(props).join(" + ")}, or ${others.join(", or ")}`);
    }
    for (const [key, raw] of Object.entries(props)) {
      if (key === "template" && indent === "") continue;
      const child = deref(root, raw);
      for (const c of comment(child)) lines.push(`${indent}# ${c}`);
      const childProps = propertiesOf(root, child);
      if (Object.keys(childProps).length > 0) {
        lines.push(`${indent}${key}:`);
        walk(child, `${indent}  `);
      } else {
        lines.push(`${indent}${key}:`);
      }
    }
  };
  walk(root, "");
  return `${lines.join("\n")}\n`;
}
