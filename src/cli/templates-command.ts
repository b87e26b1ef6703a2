import { listTemplateIds, loadTemplate } from "../template/template.js";

/** `clausewright templates`: the bundled templates, one line each. */
export function runTemplates(): number {
  const rows = listTemplateIds().map((id) => {
    const t = loadTemplate(id);
    return [t.id, t.manifest.version, t.manifest.title.zh, t.manifest.title.en];
  });
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length), i === 0 ? 2 : 7));
  process.stdout.write(`${"id".padEnd(widths[0] ?? 0)}  ${"version".padEnd(widths[1] ?? 0)}  title\n`);
  for (const r of rows) process.stdout.write(`${(r[0] ?? "").padEnd(widths[0] ?? 0)}  ${(r[1] ?? "").padEnd(widths[1] ?? 0)}  ${r[2]} / ${r[3]}\n`);
  return 0;
}
