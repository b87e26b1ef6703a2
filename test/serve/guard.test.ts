import { mkdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { tempDir } from "../helpers.js";
import { send } from "./http.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml");
const TOKEN = "t0ken-for-the-tests-0123456789abcdef";

let server: RunningServer;
let outside: string;
let folder: string;

beforeAll(async () => {
  const base = tempDir();
  folder = join(base, "deals");
  outside = join(base, "secret");
  mkdirSync(folder);
  mkdirSync(outside);
  copyFileSync(SAMPLE, join(folder, "acme.yaml"));
  writeFileSync(join(outside, "other.yaml"), "template: customer-service\n# not the app's to read\n");
  symlinkSync(join(outside, "other.yaml"), join(folder, "escape.yaml"));
  symlinkSync(outside, join(folder, "linked-dir"));
  symlinkSync(join(folder, "acme.yaml"), join(folder, "alias.yaml"));
  // 甲方 in GBK: a deal saved by an editor that does not write UTF-8
  writeFileSync(join(folder, "gbk.yaml"), Buffer.concat([Buffer.from("template: customer-service\nnote: "), Buffer.from([0xbc, 0xd7, 0xb7, 0xbd]), Buffer.from("\n")]));
  server = await startServer({ folder, port: 0, token: TOKEN });
});

afterAll(async () => {
  await server?.close();
});

const api = { "x-clausewright-token": TOKEN };

describe("clausewright serve listens", () => {
  it("on 127.0.0.1 only, and prints a URL with its token", () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it("gives a fresh random token to each start", async () => {
    const a = await startServer({ folder, port: 0 });
    const b = await startServer({ folder, port: 0 });
    try {
      expect(a.token).toMatch(/^[0-9a-f]{48}$/);
      expect(a.token).not.toBe(b.token);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe("the token", () => {
  it.each([
    ["the page without a token", "GET", "/", {}],
    ["the page with a wrong token", "GET", "/?token=wrong", {}],
    ["the API without a token", "GET", "/api/deals", {}],
    ["the API with a wrong token", "GET", "/api/deals", { "x-clausewright-token": "wrong" }],
    ["the API with the token in the query only", "GET", `/api/deals?token=${TOKEN}`, {}],
    ["an asset without a token", "GET", "/assets/app.js", {}],
  ])("refuses %s (401)", async (_what, method, path, headers) => {
    const reply = await send(server.port, method, path, headers as Record<string, string>);
    expect(reply.status).toBe(401);
    expect(reply.body).toMatch(/token/);
  });

  it("moves the printed URL's token into a cookie for the page", async () => {
    const first = await send(server.port, "GET", `/?token=${TOKEN}`, {});
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe("/");
    const cookie = String(first.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const page = await send(server.port, "GET", "/", { cookie: cookie.split(";")[0] as string });
    expect(page.status).toBe(200);
    expect(page.body).toContain("<title>clausewright</title>");
    expect(page.headers["content-security-policy"]).toMatch(/default-src 'none'/);
  });

  it("answers the API with the token in its header", async () => {
    const reply = await send(server.port, "GET", "/api/deals", api);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).deals.map((d: { path: string }) => d.path)).toEqual(["acme.yaml", "alias.yaml"]);
  });
});

describe("Host and Origin", () => {
  it.each([
    ["a rebinding page's name", { host: `attacker.example:${0}` }],
    ["another port", { host: "127.0.0.1:1" }],
    ["no Host at all", { host: "" }],
  ])("refuses a request for %s (403)", async (_what, headers) => {
    const reply = await send(server.port, "GET", "/api/deals", { ...api, ...headers });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/host/i);
  });

  it("takes localhost as well as 127.0.0.1", async () => {
    const reply = await send(server.port, "GET", "/api/deals", { ...api, host: `localhost:${server.port}` });
    expect(reply.status).toBe(200);
  });

  it.each([
    ["a foreign site", "https://attacker.example"],
    ["the same host on another port", "http://127.0.0.1:1"],
    ["an opaque origin (a sandboxed frame, a file)", "null"],
  ])("refuses a request from %s (403), even with the token", async (_what, origin) => {
    const reply = await send(server.port, "POST", "/api/preview", { ...api, origin }, { path: "acme.yaml", base: "", edits: {} });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/refused/);
  });

  it("refuses a cross-site request that names no Origin (Sec-Fetch-Site)", async () => {
    const reply = await send(server.port, "GET", "/", { "sec-fetch-site": "cross-site" });
    expect(reply.status).toBe(403);
  });

  it("answers its own page's requests", async () => {
    const base = readFileSync(join(folder, "acme.yaml"), "utf8");
    const reply = await send(server.port, "POST", "/api/preview", { ...api, origin: `http://127.0.0.1:${server.port}`, "sec-fetch-site": "same-origin" }, { path: "acme.yaml", base, edits: {} });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).sections.join("")).toContain('data-number="3.1"');
  });
});

describe("paths", () => {
  const open = (path: string) => send(server.port, "GET", `/api/deal?path=${encodeURIComponent(path)}`, api);

  it.each([
    ["a path out of the folder", "../secret/other.yaml"],
    ["an absolute path", "/tmp/other.yaml"],
    ["a link to a file outside", "escape.yaml"],
    ["a file in a linked folder outside", "linked-dir/other.yaml"],
    ["a file that is no deal", "../../../../etc/passwd"],
    ["a file of the folder that is no deal", "acme.txt"],
    ["a NUL byte", "acme.yaml\0.yaml"],
  ])("refuses to read %s (403)", async (_what, path) => {
    const reply = await open(path);
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain("not the app's to read");
  });

  it("never lists what a link outside points to", async () => {
    const reply = await send(server.port, "GET", "/api/deals", api);
    expect(reply.body).not.toContain("escape.yaml");
    expect(reply.body).not.toContain("other.yaml");
  });

  it("reads a deal as lint does: a file that is not UTF-8 is refused (422), named as the page knows it", async () => {
    const reply = await open("gbk.yaml");
    expect(reply.status).toBe(422);
    const { error } = JSON.parse(reply.body) as { error: string };
    expect(error).toMatch(/^gbk\.yaml:2: cannot read the file: not UTF-8 text: the byte 0xBC/);
    expect(error).not.toContain(folder);
  });

  it("opens a deal of the folder, and a link that stays inside", async () => {
    expect((await open("acme.yaml")).status).toBe(200);
    expect((await open("alias.yaml")).status).toBe(200);
  });

  it.each([
    ["outside the folder", "../secret/new.yaml"],
    ["through a link out of it", "escape.yaml"],
    ["into a linked folder outside", "linked-dir/new.yaml"],
  ])("refuses to write %s (403), and leaves the file alone", async (_what, path) => {
    const before = readFileSync(join(outside, "other.yaml"), "utf8");
    const save = await send(server.port, "POST", "/api/save", api, { path, base: before, hash: "x", edits: { "team.min_headcount": 1 } });
    const create = await send(server.port, "POST", "/api/deals", api, { path, template: "customer-service" });
    expect(save.status).toBe(403);
    expect(create.status).toBe(403);
    expect(readFileSync(join(outside, "other.yaml"), "utf8")).toBe(before);
  });

  it("refuses to save over a link inside the folder (the atomic write would replace the link)", async () => {
    const base = readFileSync(join(folder, "acme.yaml"), "utf8");
    const reply = await send(server.port, "POST", "/api/save", api, { path: "alias.yaml", base, hash: "x", edits: {} });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/symbolic link/);
  });
});
