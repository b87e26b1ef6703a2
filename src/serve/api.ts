// The web app's routes under /api: each parses the request, calls the library and answers JSON.
// The page sends the text it opened and its edits; the server applies them to that text's YAML
// document, so the preview shows exactly what saving would write.

import { existsSync } from "node:fs";
import { Hono, type Context } from "hono";
import { ToolError } from "../core/errors.js";
import { readDealText, UnreadableInputError } from "../load/read-text.js";
import type { Finding } from "../core/finding.js";
import { dealAgreement } from "../library/deal-agreement.js";
import { dealForm } from "../library/deal-form.js";
import { editDealText, textHash, type DealEdits } from "../library/edit-deal.js";
import { dealSkeleton } from "../library/init.js";
import { lint } from "../library/lint.js";
import { renderAgreement } from "../library/render.js";
import { listTemplates } from "../library/templates.js";
import { writeFileAtomic } from "../library/atomic-write.js";
import { LAYOUTS, type Layout } from "../write/layout.js";
import { parseDocument } from "yaml";
import { COLLECTION_KEY, collectionKeyOffset } from "../load/collection-key.js";
import { DealFolder, RefusedPath } from "./folder.js";
import { previewSections } from "./preview-html.js";


/**
 * A deal's text read as `lint` reads it (a regular file, within the size limit, strict UTF-8), its
 * refusal naming the file as the page knows it rather than by its path on the server.
 */
function dealText(file: string, shown: string): string {
  try {
    return readDealText(file);
  } catch (err) {
    if (err instanceof UnreadableInputError) throw new ToolError(err.message.replace(err.file, shown));
    throw err;
  }
}

export interface ApiOptions {
  folder: DealFolder;
  templates?: readonly string[];
}

// the web app has no -o: the deals folder itself must take the file
const SAVE_HINT = "check that the folder of deals can be written to";

/** A finding as the page shows it: beside its field (path) and on its clause. */
const shown = (f: Finding) => ({
  ruleId: f.ruleId,
  severity: f.severity,
  message: f.message,
  line: f.line,
  column: f.column,
  ...(f.path ? { path: f.path } : {}),
  ...(f.clause ? { clause: f.clause } : {}),
});

interface Edited {
  path: string;
  base: string;
  edits: DealEdits;
}

function editedBody(body: unknown): Edited {
  const b = (body ?? {}) as Partial<Edited>;
  if (typeof b.path !== "string" || typeof b.base !== "string" || typeof b.edits !== "object" || b.edits === null) {
    throw new BadRequest("send { path, base, edits }");
  }
  for (const [k, v] of Object.entries(b.edits)) {
    if (!/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(k)) throw new BadRequest(`\`${k}\` is not a deal field's path`);
    if (v !== null && !["string", "number", "boolean"].includes(typeof v)) throw new BadRequest(`${k}: a value is text, a number, true or false`);
  }
  return b as Edited;
}

class BadRequest extends Error {}

const layoutOf = (value: unknown): Layout => ((LAYOUTS as readonly unknown[]).includes(value) ? (value as Layout) : "parallel");

export function apiRoutes(options: ApiOptions): Hono {
  const { folder } = options;
  const templates = options.templates ? { templates: options.templates } : {};
  const api = new Hono();

  api.onError((err, c) => {
    if (err instanceof RefusedPath) return c.json({ error: err.message }, 403);
    if (err instanceof BadRequest || err instanceof SyntaxError) return c.json({ error: err.message }, 400);
    if (err instanceof ToolError) return c.json({ error: err.message }, 422);
    return c.json({ error: `internal error: ${err.message}` }, 500);
  });

  api.get("/templates", (c) => c.json(listTemplates()));

  api.get("/deals", async (c) => {
    const files = folder.dealFiles();
    const run = await lint(files, { ...templates, jobs: 1 });
    const deals = run.results.map((r) => ({
      path: folder.nameOf(r.filePath),
      errors: r.findings.filter((f) => f.severity === "error").length,
      warnings: r.findings.filter((f) => f.severity === "warning").length,
    }));
    const unreadable = run.unreadable.map((u) => ({ path: folder.nameOf(u.file), error: u.error }));
    return c.json({ folder: folder.root, deals, unreadable });
  });

  api.post("/deals", async (c) => {
    const body = (await c.req.json()) as { template?: unknown; path?: unknown };
    if (typeof body.template !== "string") throw new BadRequest("send { template, path }");
    const file = folder.resolve(body.path, "write");
    if (existsSync(file)) return c.json({ error: `${String(body.path)} already exists: choose another name` }, 409);
    writeFileAtomic(file, dealSkeleton(body.template, templates), SAVE_HINT);
    return c.json({ path: folder.nameOf(file) });
  });

  api.get("/deal", (c) => {
    const file = folder.resolve(c.req.query("path"), "read");
    const text = dealText(file, folder.nameOf(file));
    const doc = parseDocument(text);
    if (doc.errors.length > 0) throw new ToolError(`${folder.nameOf(file)} has a YAML syntax error (${doc.errors[0]?.message.split("\n")[0]}): fix it in a text editor first`);
    if (collectionKeyOffset(doc) !== undefined) throw new ToolError(`${folder.nameOf(file)}: ${COLLECTION_KEY}; fix it in a text editor first`);
    const { templateId } = dealAgreement(file, { text, ...templates });
    if (templateId === undefined) throw new ToolError(`${folder.nameOf(file)} does not name a known template (\`template: …\`, see \`clausewright templates\`)`);
    // the values the form starts from: the deal as written, before the pipeline drops empty ones
    return c.json({ path: folder.nameOf(file), templateId, text, hash: textHash(text), values: doc.toJS() ?? {}, form: dealForm(templateId, templates) });
  });

  api.post("/preview", async (c) => {
    const body = (await c.req.json()) as Edited & { layout?: unknown };
    const { path, base, edits } = editedBody(body);
    const file = folder.resolve(path, "read");
    const text = editDealText(base, edits);
    const layout = layoutOf(body.layout);
    const { findings, agreement } = dealAgreement(file, { text, layout, ...templates });
    const sections = agreement ? previewSections(agreement, layout) : [];
    return c.json({ sections, findings: findings.map(shown) });
  });

  api.post("/save", async (c) => {
    const body = (await c.req.json()) as Edited & { hash?: unknown };
    const { path, base, edits } = editedBody(body);
    const file = folder.resolve(path, "write");
    const onDisk = dealText(file, folder.nameOf(file));
    // the file changed since the page opened it (another editor, a git pull): nothing is overwritten
    if (textHash(onDisk) !== body.hash || onDisk !== base) return c.json({ error: "changed on disk", changed: true }, 409);
    const text = editDealText(onDisk, edits);
    writeFileAtomic(file, text, SAVE_HINT);
    return c.json({ hash: textHash(text), text });
  });

  api.post("/download", async (c) => {
    const body = (await c.req.json()) as Edited & { format?: unknown; layout?: unknown };
    const { path, base, edits } = editedBody(body);
    const format = body.format === "docx" ? "docx" : "md";
    const file = folder.resolve(path, "read");
    // a deal with errors downloads as a draft, its gaps marked, as render --draft writes it
    const rendered = await renderAgreement(file, { text: editDealText(base, edits), formats: [format], layout: layoutOf(body.layout), draft: true, ...templates });
    const output = rendered.outputs[format];
    if (output === undefined) return c.json({ error: "no agreement could be made from this deal" }, 422);
    const name = folder.nameOf(file).replace(/^.*\//, "").replace(/\.ya?ml$/i, `.${format}`);
    return download(c, output, name, format);
  });

  return api;
}

function download(c: Context, output: string | Uint8Array, name: string, format: "md" | "docx"): Response {
  c.header("content-type", format === "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/markdown; charset=utf-8");
  c.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  return c.body(typeof output === "string" ? output : new Uint8Array(output));
}
