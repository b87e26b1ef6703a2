// One deal open: the form beside the live preview, the findings on both, save and download.

import type { Layout } from "../../write/layout.js";
import type { FormGroup } from "../../library/deal-form.js";
import type { DealEdits } from "../../library/edit-deal.js";
import { ApiError, api, apiJson, controlId, h } from "./dom.js";
import { showFindings, type ShownFinding } from "./findings.js";
import { buildForm } from "./form.js";
import { t } from "./i18n.js";

interface OpenDeal {
  path: string;
  text: string;
  hash: string;
  values: unknown;
  form: FormGroup[];
}

interface Preview {
  sections: string[];
  findings: ShownFinding[];
}

/**
 * Replace the parts of the preview whose HTML changed, and only those: a keystroke changes one
 * article, and laying out the whole agreement again would cost more than the server's work. The
 * server's writer escapes every value (values are data, never markup).
 */
function patch(preview: HTMLElement, sections: string[]): void {
  const shown = (preview as HTMLElement & { sections?: string[] }).sections ?? [];
  sections.forEach((html, i) => {
    if (shown[i] === html && preview.children[i]) return;
    const part = document.createElement("template");
    part.innerHTML = html;
    const old = preview.children[i];
    if (old) old.replaceWith(part.content);
    else preview.append(part.content);
  });
  while (preview.children.length > sections.length) preview.lastElementChild?.remove();
  (preview as HTMLElement & { sections?: string[] }).sections = sections;
}

export async function openEditor(root: HTMLElement, tools: HTMLElement, path: string): Promise<{ relabel(): void }> {
  const deal = await apiJson<OpenDeal>(`/deal?path=${encodeURIComponent(path)}`);
  let base = deal.text;
  let hash = deal.hash;
  let edits: DealEdits = {};
  let layout: Layout = (localStorage.getItem("clausewright-layout") as Layout | null) ?? "parallel";
  let focused: string | undefined;
  let findings: ShownFinding[] = [];

  const status = h("span", { id: "save-status", class: "status", role: "status", "aria-live": "polite" });
  const preview = h("div", { id: "preview", class: "agreement", "aria-label": t("preview"), "aria-busy": "false" });
  const summary = h("section", { id: "findings", class: "findings-summary", "aria-label": t("findings") });

  // one preview request at a time; what is typed meanwhile goes in the next one, so the latest state wins
  let inFlight = false;
  let again = false;
  const refresh = async (): Promise<void> => {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    preview.setAttribute("aria-busy", "true");
    try {
      const p = await apiJson<Preview>("/preview", { path: deal.path, base, edits: { ...edits }, layout });
      patch(preview, p.sections);
      findings = p.findings;
      place();
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      inFlight = false;
      preview.setAttribute("aria-busy", "false");
      if (again) {
        again = false;
        void refresh();
      }
    }
  };

  const place = (): void => {
    showFindings(findings, { form, preview, summary, jump });
    light(preview, focused);
  };

  const jump = (path: string | undefined, clause: string | undefined): void => {
    const control = path ? fieldControl(path) : undefined;
    if (control) {
      control.focus();
      control.scrollIntoView({ block: "center" });
    } else if (clause) preview.querySelector(`[data-clause="${CSS.escape(clause)}"]`)?.scrollIntoView({ block: "center" });
  };

  const form = buildForm(deal.form, deal.values, {
    onEdit: (p, value) => {
      edits[p] = value;
      status.textContent = t("unsaved");
      void refresh();
    },
    onFocus: (p) => {
      focused = p;
      light(preview, p);
    },
  });

  const save = async (): Promise<void> => {
    try {
      const sent = { ...edits };
      const saved = await apiJson<{ hash: string; text: string }>("/save", { path: deal.path, base, hash, edits: sent });
      base = saved.text;
      hash = saved.hash;
      // what was typed while the file was being written stays an edit of the new text
      for (const [p, v] of Object.entries(sent)) if (edits[p] === v) delete edits[p];
      status.classList.remove("alarm");
      status.textContent = Object.keys(edits).length ? t("unsaved") : t("saved");
    } catch (err) {
      status.textContent = err instanceof ApiError && err.status === 409 ? t("changedOnDisk") : String(err instanceof Error ? err.message : err);
      status.classList.add("alarm");
    }
  };

  const relabelTools = toolbar(tools, status, {
    layout: () => layout,
    onLayout: (l) => {
      layout = l;
      localStorage.setItem("clausewright-layout", layout);
      void refresh();
    },
    onSave: () => void save(),
    onDownload: (format) => void downloadAgreement({ path: deal.path, base, edits, format, layout }, status),
  });
  const relabel = (): void => void (relabelTools(), place());
  relabel();
  root.replaceChildren(h("div", { class: "editor" }, h("div", { class: "form-pane" }, summary, form), h("div", { class: "preview-pane" }, preview)));
  await refresh();
  return { relabel };
}

/** The form control of a field, or of the nearest group of fields that has one. */
function fieldControl(path: string): HTMLElement | undefined {
  let p = path;
  for (;;) {
    const el = document.getElementById(controlId(p)) ?? document.getElementById(controlId(`${p}.zh`));
    if (el) return el;
    if (!p.includes(".")) return undefined;
    p = p.slice(0, p.lastIndexOf("."));
  }
}

/** Light up the clauses that print a field (each value in the preview carries its deal path). */
function light(preview: HTMLElement, path: string | undefined): void {
  for (const el of preview.querySelectorAll(".lit")) el.classList.remove("lit");
  if (!path) return;
  const field = path.replace(/\.(zh|en)$/, "");
  const values = preview.querySelectorAll(`[data-path="${CSS.escape(field)}"], [data-path^="${CSS.escape(`${field}.`)}"]`);
  values.forEach((v) => v.closest(".clause, .row")?.classList.add("lit"));
  values[0]?.scrollIntoView({ block: "nearest" });
}

interface ToolbarEvents {
  layout(): Layout;
  onLayout(layout: Layout): void;
  onSave(): void;
  onDownload(format: "docx" | "md"): void;
}

/** The bar's tools for an open deal: layout, save, downloads. Returns what relabels them in the page's language. */
function toolbar(tools: HTMLElement, status: HTMLElement, events: ToolbarEvents): () => void {
  const layoutSelect = h("select", { id: "layout" });
  const saveButton = h("button", { type: "button", id: "save" });
  const docxButton = h("button", { type: "button", id: "download-docx" });
  const mdButton = h("button", { type: "button", id: "download-md" });
  const layoutLabel = h("label", { for: "layout" });
  saveButton.addEventListener("click", () => events.onSave());
  docxButton.addEventListener("click", () => events.onDownload("docx"));
  mdButton.addEventListener("click", () => events.onDownload("md"));
  layoutSelect.addEventListener("change", () => events.onLayout(layoutSelect.value as Layout));
  tools.replaceChildren(layoutLabel, layoutSelect, saveButton, docxButton, mdButton, status);
  return () => {
    layoutLabel.textContent = t("layout");
    layoutSelect.replaceChildren(
      ...(["parallel", "stacked", "zh", "en"] as const).map((l) => h("option", { value: l }, t(l === "zh" ? "zhOnly" : l === "en" ? "enOnly" : l))),
    );
    layoutSelect.value = events.layout();
    saveButton.textContent = t("save");
    docxButton.textContent = t("downloadDocx");
    mdButton.textContent = t("downloadMd");
  };
}

/** The agreement as the server renders it from what the form shows, saved as a file by the browser. */
async function downloadAgreement(body: { path: string; base: string; edits: DealEdits; format: "docx" | "md"; layout: Layout }, status: HTMLElement): Promise<void> {
  const res = await api("/download", body);
  if (!res.ok) {
    status.textContent = ((await res.json()) as { error?: string }).error ?? res.statusText;
    return;
  }
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `agreement.${body.format}`);
  const url = URL.createObjectURL(await res.blob());
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
