import fc from "fast-check";
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { readFileSync } from "node:fs";
import { MINI_DEAL, prepareMini } from "../helpers.js";
import { writeMarkdown } from "../../src/write/markdown.js";
import { LAYOUTS } from "../../src/write/layout.js";
import type { Agreement } from "../../src/agreement/types.js";

const parser = unified().use(remarkParse).use(remarkGfm);
const BASE = YAML.parse(readFileSync(MINI_DEAL, "utf8")) as Record<string, any>;

/** The document's block structure: what a value must never change. */
function structure(markdown: string): string[] {
  const root = parser.parse(markdown) as Root;
  return root.children.map((n: RootContent) => {
    if (n.type === "heading") return `h${n.depth}`;
    if (n.type === "table") return `table ${n.children.length}x${n.children.map((r) => r.children.length).join(",")}`;
    return n.type;
  });
}

function outline(a: Agreement): string[] {
  return a.articles.flatMap((art) => [art.label.en, ...art.clauses.flatMap((c) => [c.number, ...c.body.map((b) => (b.type === "item" ? b.label.en : "p"))])]);
}

function withValue(value: string): Record<string, any> {
  const deal = structuredClone(BASE);
  deal.service = { zh: value, en: value };
  deal.party_a.name = { zh: value, en: value };
  deal.party_b.address = { zh: value, en: value };
  deal.agreement_no = value;
  return deal;
}

const baseline = prepareMini(YAML.stringify(withValue("客户服务 customer service")));

describe("values are data, not markup", () => {
  it("arbitrary strings as values leave the tree and every layout's structure unchanged", () => {
    const expected = Object.fromEntries(LAYOUTS.map((l) => [l, structure(writeMarkdown(baseline.agreement!, l))]));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 1 }),
          fc.string({ unit: fc.constantFrom("*", "_", "#", "|", "[", "]", "{{", "}}", "<", ">", "\n", "\n\n", "-", "1.", " ", "`", "\\", "=", "~", "!", "&", "a", "中") , minLength: 1 }),
        ),
        (value) => {
          const prepared = prepareMini(YAML.stringify(withValue(value)));
          expect(prepared.agreement).toBeDefined();
          expect(outline(prepared.agreement!)).toEqual(outline(baseline.agreement!));
          for (const layout of LAYOUTS) expect(structure(writeMarkdown(prepared.agreement!, layout))).toEqual(expected[layout]);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it.each(["**bold**", "# heading", "| a | b |", "[link](x)", "{{service}}", "<b>x</b>", "a\n\n# b", "- item", "1. one", "===", "`code`", "\\*"])(
    "%j comes out literally in the zh layout",
    (value) => {
      const prepared = prepareMini(YAML.stringify(withValue(value)));
      const md = writeMarkdown(prepared.agreement!, "zh");
      const root = parser.parse(md) as Root;
      const preamble = root.children.find((n) => n.type === "paragraph" && JSON.stringify(n).includes("鉴于"));
      const plain = (n: any): string => (n.type === "break" ? "\n" : "value" in n ? n.value : (n.children ?? []).map(plain).join(""));
      expect(plain(preamble)).toBe(`鉴于甲方需要${value}服务，双方达成如下协议：`);
    },
  );
});
