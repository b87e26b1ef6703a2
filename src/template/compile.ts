import { createRequire } from "node:module";
import type Handlebars from "handlebars";
// the runtime runs every precompiled template, so it is bundled with the command line (and so in
// its code cache) rather than required from node_modules, twenty files, on every start
import HandlebarsRuntime from "handlebars/runtime.js";
import { ToolError } from "../core/errors.js";
import { TEMPLATE_VARIABLES } from "./variables.js";

// The compiler (with source-map) is loaded only when a template is compiled here rather than
// read precompiled from dist/precompiled: a cold `lint` does not pay for it.
const require = createRequire(import.meta.url);
const compiler = (): typeof Handlebars => require("handlebars") as typeof Handlebars;
const runtime = (): typeof Handlebars => HandlebarsRuntime as unknown as typeof Handlebars;

/** A place in the template source. */
export interface TemplateLoc {
  line: number;
  column: number;
}

/** A field or clause the template source names, and where. */
export interface FieldUse {
  path: string;
  loc: TemplateLoc;
  /** "value": printed; "ref": names a clause; "condition": decides what is printed. */
  as: "value" | "ref" | "condition";
}

export interface ClauseRefUse {
  target: string;
  loc: TemplateLoc;
}

export interface CompiledSource {
  render: (deal: unknown, data: Record<string, unknown>) => string;
  fields: FieldUse[];
  clauseRefs: ClauseRefUse[];
}

export class TemplateSyntaxError extends ToolError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

type Node = hbs.AST.Node & Record<string, unknown>;
type Expr = hbs.AST.Expression;

const BLOCK_HELPERS = new Set(["if", "unless", "is"]);

const loc = (n: hbs.AST.Node): TemplateLoc => ({ line: n.loc.start.line, column: n.loc.start.column + 1 });

const stringLiteral = (value: string, near: hbs.AST.Node): hbs.AST.StringLiteral => ({
  type: "StringLiteral",
  value,
  original: value,
  loc: near.loc,
});

const helperPath = (name: string, near: hbs.AST.Node): hbs.AST.PathExpression => ({
  type: "PathExpression",
  data: false,
  depth: 0,
  parts: [name],
  original: name,
  loc: near.loc,
});

/** A template source after the transform below: its AST and what it uses. */
export interface TransformedSource {
  ast: hbs.AST.Program;
  fields: FieldUse[];
  clauseRefs: ClauseRefUse[];
}

/** What `precompileSource` returns: plain data and the JavaScript of the template. */
export interface PrecompiledSource {
  spec: string;
  fields: FieldUse[];
  clauseRefs: ClauseRefUse[];
}

/**
 * Parse a template source. Every `{{path}}` becomes `{{field "path"}}` and every path given to
 * `ref`/`is` becomes a string: helpers then know which deal field they print, so the Agreement
 * tree can keep each value's origin, and a value is inserted as data, never as template text.
 */
export function transformSource(source: string, file: string, helpers: Record<string, Handlebars.HelperDelegate>): TransformedSource {
  let ast: hbs.AST.Program;
  try {
    ast = compiler().parse(source);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /line (\d+)/.exec(msg);
    throw new TemplateSyntaxError(file, m ? Number(m[1]) : 1, 1, msg.split("\n")[0] ?? msg);
  }
  const fields: FieldUse[] = [];
  const clauseRefs: ClauseRefUse[] = [];

  const pathParam = (e: Expr | undefined, what: string, near: hbs.AST.Node): string => {
    if (e?.type !== "PathExpression") {
      const l = loc(near);
      throw new TemplateSyntaxError(file, l.line, l.column, `${what} needs a deal field, such as sla.response.minutes`);
    }
    if ((e as hbs.AST.PathExpression).data) throw onlyTested(near, (e as hbs.AST.PathExpression).original);
    return (e as hbs.AST.PathExpression).original;
  };
  const variables = TEMPLATE_VARIABLES.map((v) => `@${v}`).join(", ");
  const onlyTested = (near: hbs.AST.Node, name: string): TemplateSyntaxError => {
    const l = loc(near);
    const known = (TEMPLATE_VARIABLES as readonly string[]).includes(name.slice(1));
    return new TemplateSyntaxError(file, l.line, l.column, known
      ? `\`${name}\` can only be tested: {{#is @layout "zh"}}, {{#if @bilingual}}`
      : `unknown variable \`${name}\` (known: ${variables}, tested with {{#is}} or {{#if}})`);
  };
  /** A condition on a template variable (`{{#if @bilingual}}`, `{{#is @layout "zh"}}`), not on a deal field. */
  const variableParam = (e: Expr | undefined, near: hbs.AST.Node): string | undefined => {
    if (e?.type !== "PathExpression" || !(e as hbs.AST.PathExpression).data) return undefined;
    const name = (e as hbs.AST.PathExpression).original;
    const path = e as hbs.AST.PathExpression;
    if (path.parts.length !== 1 || !(TEMPLATE_VARIABLES as readonly string[]).includes(path.parts[0] ?? "")) throw onlyTested(near, `@${path.parts.join(".")}`);
    return name;
  };

  const visit = (node: Node | undefined | null): void => {
    if (!node || typeof node !== "object") return;
    if (node.type === "MustacheStatement" || node.type === "BlockStatement") {
      const m = node as unknown as hbs.AST.MustacheStatement & { program?: hbs.AST.Program; inverse?: hbs.AST.Program };
      if (m.path.type !== "PathExpression") {
        const l = loc(m);
        throw new TemplateSyntaxError(file, l.line, l.column, "expected a field name or a helper");
      }
      const name = (m.path as hbs.AST.PathExpression).original;
      if ((m.path as hbs.AST.PathExpression).data) throw onlyTested(m, name);
      if (node.type === "MustacheStatement" && m.params.length === 0 && !m.hash) {
        fields.push({ path: name, loc: loc(m), as: "value" });
        m.params = [stringLiteral(name, m)];
        m.path = helperPath("field", m);
      } else if (name === "ref") {
        const target = m.params[0];
        if (target?.type === "StringLiteral") {
          clauseRefs.push({ target: (target as hbs.AST.StringLiteral).value, loc: loc(m) });
        } else {
          const path = pathParam(target, "ref", m);
          fields.push({ path, loc: loc(m), as: "ref" });
          m.params = [stringLiteral(path, m)];
          m.path = helperPath("ref_field", m);
        }
      } else if (node.type === "BlockStatement" && BLOCK_HELPERS.has(name) && variableParam(m.params[0], m) !== undefined) {
        // the helper reads the variable from the evaluation's data, by its name
        if (name === "is") m.params = [stringLiteral(variableParam(m.params[0], m) ?? "", m), ...m.params.slice(1)];
      } else if (node.type === "BlockStatement" && BLOCK_HELPERS.has(name)) {
        const path = pathParam(m.params[0], `{{#${name}}}`, m);
        fields.push({ path, loc: loc(m), as: "condition" });
        if (name === "is") m.params = [stringLiteral(path, m), ...m.params.slice(1)];
      } else if (!Object.hasOwn(helpers, name)) {
        const l = loc(m);
        throw new TemplateSyntaxError(file, l.line, l.column, `unknown helper \`${name}\` (known: ${Object.keys(helpers).join(", ")})`);
      }
      visit(m.program as unknown as Node);
      visit(m.inverse as unknown as Node);
      return;
    }
    if (node.type === "PartialStatement" || node.type === "PartialBlockStatement" || node.type === "DecoratorBlock" || node.type === "Decorator") {
      // a partial would be looked up when the deal is rendered, and could include itself without end
      const l = loc(node as unknown as hbs.AST.Node);
      throw new TemplateSyntaxError(file, l.line, l.column, "partials (`{{> name}}`) and decorators are not part of the template language: write the clause out");
    }
    if (node.type === "Program") for (const s of (node as unknown as hbs.AST.Program).body) visit(s as unknown as Node);
  };
  visit(ast as unknown as Node);

  return { ast, fields, clauseRefs };
}

const COMPILE_OPTIONS = { noEscape: true, strict: false, knownHelpersOnly: false } as const;

function wrap(template: Handlebars.TemplateDelegate, fields: FieldUse[], clauseRefs: ClauseRefUse[]): CompiledSource {
  return {
    render: (deal, data) => template(deal, { data, allowProtoPropertiesByDefault: false }),
    fields,
    clauseRefs,
  };
}

export function compileSource(source: string, file: string, helpers: Record<string, Handlebars.HelperDelegate>): CompiledSource {
  const { ast, fields, clauseRefs } = transformSource(source, file, helpers);
  const env = compiler().create();
  env.registerHelper(helpers);
  return wrap(env.compile(ast, COMPILE_OPTIONS), fields, clauseRefs);
}

/** The template as JavaScript, for dist/precompiled (see src/precompile/build.ts). */
export function precompileSource(source: string, file: string, helpers: Record<string, Handlebars.HelperDelegate>): PrecompiledSource {
  const { ast, fields, clauseRefs } = transformSource(source, file, helpers);
  return { spec: String(compiler().precompile(ast, COMPILE_OPTIONS)), fields, clauseRefs };
}

/** A precompiled template, run with Handlebars' small runtime. */
export function loadPrecompiled(spec: TemplateSpecification, fields: FieldUse[], clauseRefs: ClauseRefUse[], helpers: Record<string, Handlebars.HelperDelegate>): CompiledSource {
  const env = runtime().create();
  env.registerHelper(helpers);
  return wrap(env.template(spec), fields, clauseRefs);
}
