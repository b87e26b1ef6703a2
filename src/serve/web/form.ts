// The deal's form, built from the form model the library makes from the template's schema: no
// template has a hand-written form.

import type { FormField, FormGroup } from "../../library/deal-form.js";
import type { DealEdits } from "../../library/edit-deal.js";
import { controlId, h } from "./dom.js";
import { t } from "./i18n.js";

type Value = DealEdits[string];

export interface FormEvents {
  /** A field's value changed: its path and its value (null when emptied). */
  onEdit(path: string, value: Value): void;
  /** A field got the focus: light up its clause. */
  onFocus(path: string): void;
}

export function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const k of path.split(".")) v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

export function buildForm(groups: FormGroup[], values: unknown, events: FormEvents): HTMLElement {
  const form = h("form", { class: "deal-form", "aria-label": `${t("form")}` });
  form.addEventListener("submit", (e) => e.preventDefault());
  for (const g of groups) {
    const legend = h("legend", {}, g.number ? `${g.number.zh} ${g.title.zh}` : g.title.zh, h("span", { class: "en", lang: "en" }, g.number ? `${g.number.en} ${g.title.en}` : g.title.en));
    const set = h("fieldset", { class: "group", "data-group": g.id }, legend);
    for (const f of g.fields) set.append(fieldRow(f, values, events));
    form.append(set);
  }
  return form;
}

function labelOf(f: FormField, forId: string | undefined): HTMLElement {
  return h(forId ? "label" : "span", { class: "label", ...(forId ? { for: forId } : { id: `${controlId(f.path)}-label` }) }, f.label.zh, h("span", { class: "en", lang: "en" }, f.label.en));
}

function fieldRow(f: FormField, values: unknown, events: FormEvents): HTMLElement {
  const id = controlId(f.path);
  const row = h("div", { class: `field input-${f.input}${f.decidesClauses ? " optional-clause" : ""}`, "data-field": f.path });
  const help: HTMLElement[] = [];
  if (f.hint) help.push(h("span", { class: "hint" }, `${f.hint.zh} / ${f.hint.en}`));
  if (f.example && f.input !== "switch") help.push(h("span", { class: "example" }, `${t("example")}: ${f.example.zh === f.example.en ? f.example.zh : `${f.example.zh} / ${f.example.en}`}`));
  if (f.note) help.push(h("span", { class: "note" }, `${f.note.zh} / ${f.note.en}`));
  const helpId = `${id}-help`;
  const describedBy = help.length ? helpId : undefined;
  const focus = (): void => events.onFocus(f.path);

  if (f.input === "text-pair") {
    row.append(labelOf(f, undefined));
    const pair = h("div", { class: "pair", role: "group", "aria-labelledby": `${id}-label` });
    for (const half of ["zh", "en"] as const) {
      const path = `${f.path}.${half}`;
      const current = valueAt(values, path);
      const box = h("textarea", { id: controlId(path), rows: "2", lang: half === "zh" ? "zh-CN" : "en", "aria-label": `${f.label.zh} / ${f.label.en} (${half === "zh" ? "中文 Chinese" : "英文 English"})`, "aria-describedby": describedBy });
      box.value = typeof current === "string" ? current : "";
      box.addEventListener("input", () => events.onEdit(path, box.value === "" ? null : box.value));
      box.addEventListener("focus", focus);
      pair.append(h("div", { class: `half ${half}` }, h("span", { class: "half-label", "aria-hidden": "true" }, half === "zh" ? "中文" : "English"), box));
    }
    row.append(pair);
  } else {
    row.append(labelOf(f, id));
    row.append(h("div", { class: "control" }, control(f, id, describedBy, valueAt(values, f.path), events, focus), f.unit ? h("span", { class: "unit" }, f.unit.zh === f.unit.en ? f.unit.zh : `${f.unit.zh} / ${f.unit.en}`) : null));
  }
  if (help.length) row.append(h("div", { class: "help", id: helpId }, ...help));
  row.append(h("ul", { class: "field-findings", "aria-live": "polite" }));
  return row;
}

function control(f: FormField, id: string, describedBy: string | undefined, current: unknown, events: FormEvents, focus: () => void): HTMLElement {
  const common = { id, "aria-describedby": describedBy, name: f.path };
  let el: HTMLInputElement | HTMLSelectElement;
  if (f.input === "select") {
    const select = h("select", common, h("option", { value: "" }, t("empty")));
    for (const o of f.options ?? []) select.append(h("option", { value: o.value }, `${o.label.zh} / ${o.label.en}`));
    select.value = current === undefined || current === null ? "" : String(current);
    select.addEventListener("change", () => events.onEdit(f.path, select.value === "" ? null : select.value));
    el = select;
  } else if (f.input === "switch") {
    const box = h("input", { ...common, type: "checkbox", role: "switch" });
    box.checked = current === true;
    box.addEventListener("change", () => events.onEdit(f.path, box.checked));
    el = box;
  } else {
    const numeric = f.input === "integer" || f.input === "number";
    // a value of the wrong type (text where a number belongs) stays visible, for the finding beside it
    const asNumber = numeric && (current === undefined || current === null || typeof current === "number");
    const input = h("input", {
      ...common,
      type: f.input === "date" ? "date" : asNumber ? "number" : "text",
      inputmode: numeric ? "decimal" : undefined,
      step: asNumber ? (f.input === "integer" ? "1" : "any") : undefined,
      min: asNumber && f.minimum !== undefined ? String(f.minimum) : asNumber && f.exclusiveMinimum !== undefined ? String(f.exclusiveMinimum) : undefined,
      max: asNumber && f.maximum !== undefined ? String(f.maximum) : undefined,
    });
    input.value = current === undefined || current === null ? "" : String(current);
    input.addEventListener("input", () => {
      if (input.value === "") return events.onEdit(f.path, null);
      if (asNumber) return Number.isFinite(input.valueAsNumber) ? events.onEdit(f.path, input.valueAsNumber) : undefined;
      events.onEdit(f.path, input.value);
    });
    el = input;
  }
  el.addEventListener("focus", focus);
  return el;
}
