// Findings where the user looks: beside their field, on their clause in the preview, and listed
// at the top of the form; each one, clicked, jumps to its field.

import type { Bilingual } from "../../core/bilingual.js";
import { h } from "./dom.js";
import { inLang, t } from "./i18n.js";

export interface ShownFinding {
  ruleId: string;
  severity: "error" | "warning";
  message: Bilingual<string>;
  line: number;
  column: number;
  path?: string;
  clause?: string;
}

interface Places {
  form: HTMLElement;
  preview: HTMLElement;
  summary: HTMLElement;
  jump(path: string | undefined, clause: string | undefined): void;
}

/** The form row a finding belongs to: its field, or the nearest group of fields that has a row. */
function rowOf(form: HTMLElement, path: string): HTMLElement | undefined {
  let p = path;
  for (;;) {
    const row = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(p)}"]`);
    if (row) return row;
    if (!p.includes(".")) return undefined;
    p = p.slice(0, p.lastIndexOf("."));
  }
}

const item = (f: ShownFinding, places: Places): HTMLElement => {
  const li = h("li", { class: `finding ${f.severity}`, "data-rule": f.ruleId });
  const button = h("button", { type: "button", class: "finding-link" }, h("span", { class: "severity" }, t(f.severity)), " ", inLang(f.message), " ", h("span", { class: "rule" }, f.ruleId));
  button.addEventListener("click", () => places.jump(f.path, f.clause));
  li.append(button);
  return li;
};

export function showFindings(findings: ShownFinding[], places: Places): void {
  for (const list of places.form.querySelectorAll(".field-findings")) list.replaceChildren();
  for (const row of places.form.querySelectorAll(".field.has-error, .field.has-warning")) row.classList.remove("has-error", "has-warning");
  for (const f of findings) {
    const row = f.path ? rowOf(places.form, f.path) : undefined;
    if (!row) continue;
    row.querySelector(".field-findings")?.append(item(f, places));
    row.classList.add(f.severity === "error" ? "has-error" : "has-warning");
  }
  for (const el of places.preview.querySelectorAll(".clause-findings")) el.remove();
  for (const f of findings) {
    if (!f.clause) continue;
    const target = places.preview.querySelector(`.row[data-clause="${CSS.escape(f.clause)}"]`) ?? places.preview.querySelector(`.clause[data-number="${CSS.escape(f.clause)}"]`);
    if (!target) continue;
    let list = target.previousElementSibling?.classList.contains("clause-findings") ? (target.previousElementSibling as HTMLElement) : undefined;
    if (!list) {
      list = h("ul", { class: "clause-findings" });
      target.before(list);
    }
    list.append(item(f, places));
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const heading = h("h2", {}, `${t("findings")}: ${errors}${t("errors")}, ${findings.length - errors}${t("warnings")}`);
  places.summary.replaceChildren(heading, findings.length ? h("ul", {}, ...findings.map((f) => item(f, places))) : h("p", {}, t("noFindings")));
}
