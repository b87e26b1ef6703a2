import { createRequire } from "node:module";
import type { Ajv2020, Options, ValidateFunction } from "ajv/dist/2020.js";
import { loadPrecompiledModule } from "../package/precompiled.js";

// ajv itself is loaded only to compile a schema that has no precompiled validator.
const require = createRequire(import.meta.url);

// One set of options for every schema, so a precompiled validator behaves as a compiled one.
const OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  // lint config rules are `[level]` or `[level, {options}]`: a tuple of one or two
  strictTuples: false,
  allowUnionTypes: true,
  code: { source: true },
};

const X_KEYWORDS = ["x-label", "x-hint", "x-kind", "x-compare", "x-enum-labels", "x-note", "x-clause-kind"];
// read by editors only (yaml-language-server, VS Code): annotations, not checks
const EDITOR_KEYWORDS = ["markdownDescription", "enumDescriptions", "markdownEnumDescriptions", "errorMessage"];

function makeAjv(): Ajv2020 {
  const { Ajv2020: Ajv } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;
  const ajv = new Ajv(OPTIONS);
  addFormats(ajv);
  ajv.addVocabulary([...X_KEYWORDS, ...EDITOR_KEYWORDS]);
  return ajv;
}

const compiled = new WeakMap<object, ValidateFunction>();

/** A validator for a schema: precompiled in dist/precompiled when bundled, else compiled now (once per process). */
export function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    const pre = loadPrecompiledModule<{ default?: ValidateFunction } & ValidateFunction>("validator", JSON.stringify(schema));
    v = pre ? (pre.default ?? pre) : makeAjv().compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** The validator as a CommonJS module, for dist/precompiled. */
export function standaloneValidatorSource(schema: object): string {
  const standalone = require("ajv/dist/standalone/index.js") as typeof import("ajv/dist/standalone/index.js").default;
  const ajv = makeAjv();
  return standalone(ajv, ajv.compile(schema));
}
