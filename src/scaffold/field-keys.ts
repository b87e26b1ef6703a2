// Each field's deal key and English label, from its label's dictionary words (see keys.ts).

import type { FieldRegistry } from "./field-registry.js";
import { humanize, slugFromLabel, uniqueKey } from "./keys.js";
import type { Field } from "./model.js";

/** Where a field first stands, as a Chinese label suffix: 第1.1条a)项, 前言. */
function placeOf(f: Field): string {
  const where = f.occurrences[0]?.where ?? "";
  if (/^\d/.test(where)) return `第${where.replace(" ", "条")}${where.includes(" ") ? "项" : "条"}`;
  return where === "preamble" ? "前言" : where === "parties" ? "当事人" : where;
}

/** Give every field a unique key (`taken` holds the keys already used) and an English label. */
export function assignKeys(fields: FieldRegistry, taken: Set<string>): void {
  let fallback = 0;
  for (const f of fields.list) {
    if (f.fixedPath) {
      f.path = f.fixedPath;
      continue;
    }
    let base = f.slugHint ?? slugFromLabel(f.label);
    if (fields.siblings(f).length > 1) {
      f.title = `${f.label}（${placeOf(f)}）`;
      const ctx = f.context ? slugFromLabel(f.context) : undefined;
      if (ctx && base) {
        const words = [...ctx.split("_"), ...base.split("_").filter((w) => !ctx.split("_").includes(w))];
        base = words.join("_");
        f.keyFrom = "context";
      }
    }
    if (!base) {
      fallback++;
      base = `field_${fallback}`;
      f.keyFrom = "fallback";
    }
    f.path = uniqueKey(base, taken);
  }
  for (const f of fields.list) f.labelEn = humanize(f.path.split(".").pop() as string);
}
