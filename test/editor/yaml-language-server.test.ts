// The editor a user opens a fresh `init` file in: yaml-language-server 1.25 over stdio, following
// the `# yaml-language-server: $schema=` line that init writes, as VS Code's YAML extension does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInit } from "../../src/cli/init-command.js";
import { fieldSchema } from "../../src/template/schema.js";
import { loadTemplate } from "../../src/template/template.js";
import { tempDir } from "../helpers.js";
import { LspClient, type Diagnostic } from "./lsp-client.js";

const template = loadTemplate("customer-service");
let client: LspClient;
let dir: string;
let skeleton: string;
let opened = 0;

/** Open a document (never saved: the server reads the buffer) and wait for its diagnostics. */
async function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = pathToFileURL(join(dir, `deal-${++opened}.yaml`)).href;
  const published = client.nextDiagnostics(uri);
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
  return { uri, diagnostics: await published };
}

const lineOf = (text: string, needle: string): number => {
  const line = text.split("\n").findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no line with ${needle}`);
  return line;
};

interface CompletionItem {
  label: string;
  documentation?: string | { kind: string; value: string };
}
const docText = (item: CompletionItem | undefined): string =>
  typeof item?.documentation === "string" ? item.documentation : (item?.documentation?.value ?? "");

beforeAll(async () => {
  dir = tempDir();
  const out = join(dir, "deal.yaml");
  const stdout = process.stdout.write;
  process.stdout.write = () => true; // init says where it wrote; not this test's concern
  try {
    runInit("customer-service", { out, force: false });
  } finally {
    process.stdout.write = stdout;
  }
  skeleton = readFileSync(out, "utf8");
  client = new LspClient();
  await client.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "deals" }],
    capabilities: {
      textDocument: {
        completion: { completionItem: { documentationFormat: ["markdown", "plaintext"], snippetSupport: true } },
        hover: { contentFormat: ["markdown", "plaintext"] },
      },
    },
  });
  client.notify("initialized", {});
  // the schema comes from the file's own modeline; the schema store would go to the network
  client.notify("workspace/didChangeConfiguration", { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } });
}, 10_000);

afterAll(async () => {
  await client?.close();
});

describe("yaml-language-server on a fresh `init customer-service` file", () => {
  it("follows the modeline that init writes, to the published schema", () => {
    expect(skeleton.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=\S*schemas\/customer-service\.schema\.json$/);
  });

  it("shows no diagnostics on the untouched skeleton", async () => {
    const { diagnostics } = await open(skeleton);
    expect(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it("flags a value of the wrong type at its line", async () => {
    const text = skeleton.replace(/^  min_headcount:$/m, '  min_headcount: "many"');
    const { diagnostics } = await open(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.range.start.line).toBe(lineOf(text, "min_headcount:"));
    expect(diagnostics[0]?.message).toContain("Minimum number of customer service representatives: expected a whole number, e.g. 20");
    expect(diagnostics[0]?.message).toContain("客服代表最低人数：应为整数");
  });

  it("flags an unknown key at its line and lists the keys allowed there, in both languages", async () => {
    const text = skeleton.replace(/^  min_headcount:$/m, "  min_headcont: 20");
    const { diagnostics } = await open(text);
    const unknown = diagnostics.find((d) => d.range.start.line === lineOf(text, "min_headcont:"));
    expect(unknown?.message).toContain("min_headcount, capacity, retraining_interval_months, manager, replacement");
    expect(unknown?.message).toContain("客服团队只能包含以下键");
  });

  it("completes a group's keys with both labels, the clause each fills, its unit and an example", async () => {
    // `sla.response:` with its keys deleted and the cursor on the empty line below it
    const lines = skeleton.split("\n");
    const at = lineOf(skeleton, "  response:");
    const end = lines.findIndex((l, i) => i > at && !l.startsWith("    "));
    const text = [...lines.slice(0, at + 1), "    ", ...lines.slice(end)].join("\n");
    const { uri } = await open(text);
    const { items } = await client.request<{ items: CompletionItem[] }>("textDocument/completion", { textDocument: { uri }, position: { line: at + 1, character: 4 } });
    expect(items.map((i) => i.label).sort()).toEqual(["business_hours_only", "minutes"]);
    const minutes = docText(items.find((i) => i.label === "minutes"));
    expect(minutes).toContain("响应时限");
    expect(minutes).toContain("Response time");
    expect(minutes).toMatch(/Fills clause 3\.1\(a\)/);
    expect(minutes).toContain("第3.1条(a)项");
    expect(minutes).toContain("Unit: minutes");
    expect(minutes).toContain("Example: 15 → 15 minutes");
    for (const item of items) {
      const label = fieldSchema(template.schema, `sla.response.${item.label}`)?.["x-label"];
      expect(docText(item)).toContain(label?.zh);
      expect(docText(item)).toContain(label?.en);
    }
  });

  it("completes an enum's values with their labels", async () => {
    const text = skeleton.replace(/^  prevailing:$/m, "  prevailing: ");
    const { uri } = await open(text);
    const line = lineOf(text, "  prevailing:");
    const { items } = await client.request<{ items: CompletionItem[] }>("textDocument/completion", { textDocument: { uri }, position: { line, character: "  prevailing: ".length } });
    expect(docText(items.find((i) => i.label === "zh"))).toContain("中文");
    expect(docText(items.find((i) => i.label === "en"))).toContain("English");
  });

  it("shows both labels and the clause on hover", async () => {
    const { uri } = await open(skeleton);
    const line = lineOf(skeleton, "  min_headcount:");
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: { line, character: 4 } });
    expect(hover.contents.value).toContain("客服代表最低人数");
    expect(hover.contents.value).toContain("Minimum number of customer service representatives");
    expect(hover.contents.value).toMatch(/Fills clause 2\.\d+/);
  });
});
