// Who may talk to the web app. It listens on 127.0.0.1 only, but any web page the user opens can
// make the browser send requests there, so three checks stand before every route:
// - Host must be the loopback name and port: a DNS-rebinding page reaches us under its own name.
// - Origin (and Sec-Fetch-Site) must be the app's own: a foreign page's request (CSRF) is refused.
// - The per-start token must come with it: another user or program on the machine does not have it.

import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";

export interface GuardOptions {
  port: () => number;
  token: string;
}

/** The cookie holds the token for the page and its assets; a port of its own, as cookies ignore ports. */
export const cookieName = (port: number): string => `clausewright-token-${port}`;
export const TOKEN_HEADER = "x-clausewright-token";

const sameToken = (given: string | undefined, token: string): boolean => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

const refuse = (c: Context, status: 401 | 403, en: string, zh: string) => {
  c.header("content-type", "text/plain; charset=utf-8");
  return c.body(`clausewright serve: ${en}\n${zh}\n`, status);
};

export function guard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const port = options.port();
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    const host = c.req.header("host") ?? "";
    if (!hosts.includes(host.toLowerCase())) {
      return refuse(c, 403, `refused: the request is for host \`${host}\`, not ${hosts[0]} (a page under another name cannot use this app).`, `已拒绝：请求的主机为 \`${host}\`，而非 ${hosts[0]}。`);
    }
    const origin = c.req.header("origin");
    if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) {
      return refuse(c, 403, `refused: a request from ${origin}, not from this app's own page.`, `已拒绝：请求来自 ${origin}，而非本应用的页面。`);
    }
    const site = c.req.header("sec-fetch-site");
    if (site === "cross-site" || (site === "same-site" && c.req.method !== "GET")) {
      return refuse(c, 403, "refused: a request sent by another site's page.", "已拒绝：该请求由其他网站的页面发出。");
    }
    const query = c.req.query("token");
    if (c.req.path === "/" && c.req.method === "GET" && query !== undefined && sameToken(query, options.token)) {
      // the printed URL's token moves into a cookie, and out of the address bar and history
      setCookie(c, cookieName(port), options.token, { httpOnly: true, sameSite: "Strict", path: "/" });
      return c.redirect("/", 303);
    }
    // the API takes the token in a header only: a form or a link of a foreign page cannot send one
    const given = c.req.path.startsWith("/api/") ? c.req.header(TOKEN_HEADER) : getCookie(c, cookieName(port));
    if (!sameToken(given, options.token)) {
      return refuse(c, 401, "no valid token: open the URL that `clausewright serve` printed, with its ?token=….", "缺少有效令牌：请打开 `clausewright serve` 输出的网址（含 ?token=…）。");
    }
    await next();
    c.header("content-security-policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'");
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    c.header("cache-control", "no-store");
  };
}
