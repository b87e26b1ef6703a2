// The few DOM helpers the page needs: no framework, so the page is one small script served locally.

import type { Lang } from "../../core/bilingual.js";

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; text children are text, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === "class") el.className = String(v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

const token = (): string => document.querySelector<HTMLMetaElement>('meta[name="clausewright-token"]')?.content ?? "";

/** An API call with the token in its header (a foreign page's form or link cannot send one). */
export async function api(path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { headers: { "x-clausewright-token": token() } };
  if (body !== undefined) {
    init.method = "POST";
    init.headers = { ...init.headers, "content-type": "application/json" };
    init.body = JSON.stringify(body);
  }
  return fetch(`/api${path}`, init);
}

export async function apiJson<T>(path: string, body?: unknown): Promise<T> {
  const res = await api(path, body);
  const data = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, data.error ?? res.statusText, data);
  return data;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly data: unknown,
  ) {
    super(message);
  }
}

/** The id of a field's control, from its deal path. */
export const controlId = (path: string): string => `f-${path.replace(/\./g, "--")}`;

let lang: Lang = (localStorage.getItem("clausewright-lang") as Lang | null) ?? (navigator.language.startsWith("zh") ? "zh" : "en");
export const uiLang = (): Lang => lang;
export function setUiLang(l: Lang): void {
  lang = l;
  localStorage.setItem("clausewright-lang", l);
  document.documentElement.lang = l === "zh" ? "zh-CN" : "en";
}
