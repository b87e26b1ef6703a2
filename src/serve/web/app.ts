// The page's entry: the list of the folder's deals, or one deal open in the editor (#deal=path).

import type { Lang } from "../../core/bilingual.js";
import type { TemplateInfo } from "../../library/templates.js";
import { ApiError, apiJson, h, setUiLang, uiLang } from "./dom.js";
import { openEditor } from "./editor.js";
import { inLang, t } from "./i18n.js";

interface DealList {
  folder: string;
  deals: Array<{ path: string; errors: number; warnings: number }>;
  unreadable: Array<{ path: string; error: string }>;
}

const app = document.getElementById("app") as HTMLElement;
const tools = document.getElementById("bar-tools") as HTMLElement;
const dealName = document.getElementById("deal-name") as HTMLElement;
const langSelect = document.getElementById("ui-lang") as HTMLSelectElement;
let relabel: () => void = () => undefined;

async function showList(): Promise<void> {
  tools.replaceChildren();
  dealName.textContent = "";
  const [list, templates] = await Promise.all([apiJson<DealList>("/deals"), apiJson<TemplateInfo[]>("/templates")]);
  const draw = (): void => {
    const status = (d: DealList["deals"][number]): string =>
      d.errors + d.warnings === 0 ? t("clean") : `${d.errors}${t("errors")}, ${d.warnings}${t("warnings")}`;
    const rows = list.deals.map((d) =>
      h("tr", { class: d.errors ? "has-error" : d.warnings ? "has-warning" : "clean" }, h("td", {}, h("a", { href: `#deal=${encodeURIComponent(d.path)}` }, d.path)), h("td", {}, status(d))),
    );
    for (const u of list.unreadable) rows.push(h("tr", { class: "has-error" }, h("td", {}, u.path), h("td", {}, `${t("unreadable")}: ${u.error}`)));
    const select = h("select", { id: "new-template" }, ...templates.map((tp) => h("option", { value: tp.id }, `${tp.id} — ${inLang(tp.title)}`)));
    const name = h("input", { id: "new-name", type: "text", value: "new-deal.yaml", required: true });
    const message = h("p", { class: "status", role: "status" });
    const create = h("button", { type: "submit" }, t("create"));
    const form = h(
      "form",
      { class: "new-deal", "aria-label": t("newDeal") },
      h("h2", {}, t("newDeal")),
      h("label", { for: "new-template" }, t("template")),
      select,
      h("label", { for: "new-name" }, t("fileName")),
      name,
      create,
      message,
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      apiJson<{ path: string }>("/deals", { template: select.value, path: name.value }).then(
        (made) => void (location.hash = `deal=${encodeURIComponent(made.path)}`),
        (err: unknown) => void (message.textContent = err instanceof Error ? err.message : String(err)),
      );
    });
    app.replaceChildren(
      h(
        "section",
        { class: "deal-list" },
        h("h1", {}, t("deals")),
        h("p", { class: "folder" }, `${t("folder")}: ${list.folder}`),
        h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, t("deals")), h("th", {}, t("status")))), h("tbody", {}, ...rows)),
      ),
      form,
    );
  };
  relabel = draw;
  draw();
}

async function route(): Promise<void> {
  const deal = /^#deal=(.+)$/.exec(location.hash)?.[1];
  try {
    if (deal) {
      const path = decodeURIComponent(deal);
      dealName.replaceChildren(h("a", { href: "#" }, `← ${t("back")}`), ` ${path}`);
      const editor = await openEditor(app, tools, path);
      relabel = editor.relabel;
    } else await showList();
  } catch (err) {
    app.replaceChildren(h("p", { class: "error", role: "alert" }, err instanceof ApiError || err instanceof Error ? err.message : String(err)));
  }
}

langSelect.value = uiLang();
setUiLang(uiLang());
langSelect.addEventListener("change", () => {
  setUiLang(langSelect.value as Lang);
  relabel();
});
window.addEventListener("hashchange", () => void route());
void route();
