import type Handlebars from "handlebars";
import { valueAt } from "../load/value-at.js";
import type { TemplateLoc } from "./compile.js";
import { token, type Insertion } from "./insertions.js";

/** What the helpers write into while a template is evaluated: one per evaluation. */
export interface EvalState {
  insertions: Insertion[];
  deal: Record<string, unknown>;
}

type HelperOptions = Handlebars.HelperOptions & { data: { cw: EvalState }; loc?: { start: { line: number; column: number } } };

const locOf = (options: HelperOptions): TemplateLoc => ({
  line: options.loc?.start.line ?? 0,
  column: (options.loc?.start.column ?? 0) + 1,
});

function insert(options: HelperOptions, insertion: Insertion): string {
  const list = options.data.cw.insertions;
  list.push(insertion);
  return token(list.length - 1);
}

/** The helpers a template may use: the whole of the template language; see docs/template-guide.md. */
export const templateHelpers: Record<string, Handlebars.HelperDelegate> = {
  field(path: string, options: HelperOptions) {
    return insert(options, { kind: "field", path, loc: locOf(options) });
  },
  ref(target: unknown, options: HelperOptions) {
    return insert(options, { kind: "ref", target: String(target), loc: locOf(options) });
  },
  ref_field(path: string, options: HelperOptions) {
    return insert(options, { kind: "ref-field", path, loc: locOf(options) });
  },
  is(this: unknown, path: string, expected: unknown, options: HelperOptions) {
    // `@layout` (see variables.ts) is the evaluation's, not the deal's
    const value = path.startsWith("@") ? (options.data as Record<string, unknown>)[path.slice(1)] : valueAt(options.data.cw.deal, path);
    return value === expected ? options.fn(this) : options.inverse(this);
  },
};
