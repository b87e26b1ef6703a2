// The web app end to end in real Chromium (Debian's chromium, driven by playwright-core): open the
// sample deal, edit it, watch the preview and the findings follow, save, download.

import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import mammoth from "mammoth";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { tempDir } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "customer-service.yaml");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

let server: RunningServer;
let browser: Browser;
let page: Page;
let folder: string;
const deal = () => join(folder, "acme.yaml");

const field = (path: string) => page.locator(`[data-field="${path}"]`);
const control = (path: string) => page.locator(`#f-${path.replace(/\./g, "--")}`);
const clause = (number: string) => page.locator(`#preview .clause[data-number="${number}"]`);

beforeAll(async () => {
  // the page's script and style, as the build makes them
  execFileSync(process.execPath, [join(ROOT, "scripts", "bundle-web.mjs")], { cwd: ROOT });
  folder = tempDir();
  copyFileSync(SAMPLE, deal());
  server = await startServer({ folder, port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"], timeout: 30_000 });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  // the page works offline: any request that leaves the app fails the test
  const foreign: string[] = [];
  page.on("request", (r) => void (r.url().startsWith(`http://127.0.0.1:${server.port}/`) || r.url().startsWith("blob:") || foreign.push(r.url())));
  (globalThis as { foreign?: string[] }).foreign = foreign;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.sequential("clausewright serve in Chromium", () => {
  it("lists the folder's deals with their lint status and opens one", async () => {
    await page.goto(server.url);
    expect(new URL(page.url()).search).toBe(""); // the token left the address bar for a cookie
    const row = page.locator(".deal-list tr", { hasText: "acme.yaml" });
    await expect.poll(() => row.textContent()).toContain("无问题");
    await row.locator("a").click();
    await expect.poll(() => clause("2.2").textContent()).toContain("至少配备20名客服代表");
    expect(await page.locator(".group legend").first().textContent()).toContain("封面与当事人");
    expect(await page.locator('.group[data-group="sla"] legend').textContent()).toContain("第三条");
  });

  it("labels every control", async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea, button")]
        .filter((el) => !(el as HTMLElement).innerText?.trim() && !el.getAttribute("aria-label") && !(el.id && document.querySelector(`label[for="${el.id}"]`)) && !el.closest("label"))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  });

  it("updates the preview as the headcount changes, and lights up its clause on focus", async () => {
    await control("team.min_headcount").fill("25");
    await expect.poll(() => clause("2.2").textContent()).toContain("至少配备25名客服代表");
    expect(await clause("2.2").textContent()).toContain("at least 25 customer service representatives");
    await control("team.min_headcount").focus();
    expect(await page.locator("#preview .lit").first().textContent()).toContain("25");
  });

  it("shows a finding beside the headcount when it breaks the schema, and clears it when fixed", async () => {
    await control("team.min_headcount").fill("0");
    await expect.poll(() => field("team.min_headcount").locator(".field-findings li").count()).toBeGreaterThan(0);
    await control("team.min_headcount").fill("25");
    await expect.poll(() => field("team.min_headcount").locator(".field-findings li").count()).toBe(0);
  });

  it("updates the preview with the response time, and reports an SLA contradiction beside its field and on its clause", async () => {
    await control("sla.response.minutes").fill("30");
    await expect.poll(() => page.locator("#preview").textContent()).toContain("30分钟内予以响应");
    expect(await page.locator("#findings li").count()).toBe(0);
    // resolution within 4 hours: a response time of 300 minutes cannot be shorter
    await control("sla.response.minutes").fill("300");
    const beside = field("sla.response.minutes").locator('.field-findings li[data-rule="sla-consistency"]');
    await expect.poll(() => beside.count()).toBe(1);
    expect(await beside.textContent()).toContain("300分钟");
    expect(await page.locator('#preview .clause-findings li[data-rule="sla-consistency"]').count()).toBe(1);
    expect(await page.locator("#findings li").count()).toBe(1);
  });

  it("shows the findings in the language the user picks, and a click jumps to the field", async () => {
    const beside = field("sla.response.minutes").locator(".field-findings li");
    await page.selectOption("#ui-lang", "en");
    expect(await beside.textContent()).toContain("is 300 minutes, not shorter than the resolution time");
    await page.selectOption("#ui-lang", "zh");
    expect(await beside.textContent()).toContain("300分钟");
    await control("team.min_headcount").focus();
    await page.locator("#findings li button").first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-sla--response--minutes");
  });

  it("switches an optional clause off and on", async () => {
    const clauses = () => page.locator("#preview .clause").count();
    const before = await clauses();
    await control("options.termination_for_convenience").uncheck();
    await expect.poll(clauses).toBe(before - 1);
    await control("options.termination_for_convenience").check();
    await expect.poll(clauses).toBe(before);
  });

  it("renders the preview in each layout", async () => {
    await page.selectOption("#layout", "en");
    await expect.poll(() => page.locator("#preview .row.en").count()).toBeGreaterThan(10);
    expect(await page.locator('#preview p[lang="zh-CN"]').count()).toBe(0);
    await page.selectOption("#layout", "parallel");
    await expect.poll(() => page.locator("#preview .row.parallel").count()).toBeGreaterThan(10);
  });

  it("saves the YAML in place, comments and key order intact", async () => {
    const before = readFileSync(deal(), "utf8");
    await page.click("#save");
    await expect.poll(() => page.locator("#save-status").textContent()).toBe("已保存");
    const after = readFileSync(deal(), "utf8");
    const changed = before.split("\n").map((l, i) => [l, after.split("\n")[i]]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ["  min_headcount: 20", "  min_headcount: 25"],
      ["    minutes: 15", "    minutes: 300"],
    ]);
    expect(after).toContain("      amount: 5000              # or: percent_of_monthly_fee: 2");
    expect(after).toContain("  # with method: court, give instead:");
  });

  it("refuses to overwrite a file that changed on disk since it was opened", async () => {
    const theirs = readFileSync(deal(), "utf8").replace("cure_days: 15", "cure_days: 20");
    writeFileSync(deal(), theirs);
    await control("team.min_headcount").fill("30");
    await page.click("#save");
    await expect.poll(() => page.locator("#save-status").textContent()).toContain("已在磁盘上被修改");
    expect(readFileSync(deal(), "utf8")).toBe(theirs);
  });

  it("downloads the agreement as a DOCX with the edited values", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-docx")]);
    expect(download.suggestedFilename()).toBe("acme.docx");
    const file = join(folder, "downloaded.docx");
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const parts = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(parts)).toContain("word/document.xml");
    // opened as a word processor reads it: the edited headcount is in the agreement's text
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(/至少配备(\d+)名客服代表/.exec(text)?.[1]).toBe("30");
    expect(/at least (\d+) customer service representatives/.exec(text)?.[1]).toBe("30");
  });

  it("downloads the Markdown", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
    expect(download.suggestedFilename()).toBe("acme.md");
    const text = readFileSync(await download.path(), "utf8");
    expect(text).toMatch(/^# 客服外包服务及团队建设协议/);
  });

  it("updates the preview after each keystroke (latency measured in the page, to the next frame)", async () => {
    const times = await page.evaluate(async (rounds: number) => {
      const input = document.getElementById("f-team--min_headcount") as HTMLInputElement;
      const preview = document.getElementById("preview") as HTMLElement;
      const out: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const value = String(21 + (i % 9));
        const shown = new Promise<number>((resolve) => {
          const watch = new MutationObserver(() => {
            if (!preview.querySelector('.clause[data-number="2.2"]')?.textContent?.includes(`至少配备${value}名`)) return;
            watch.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          });
          watch.observe(preview, { childList: true, subtree: true });
        });
        const start = performance.now();
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        out.push((await shown) - start);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    }, 40);
    const server = await page.evaluate(() =>
      performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/api/preview")).slice(-40).map((e) => e.duration),
    );
    expect(times).toHaveLength(40);
    const median = (xs: number[]) => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number).toFixed(1);
    process.stdout.write(`preview request (server round trip) median ${median(server)} ms\n`);
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number).toFixed(1);
    process.stdout.write(`preview latency over ${times.length} edits: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms\n`);
  });

  it("shows the SLA contradiction beside its field, its clause lit (the README's screenshot)", async () => {
    await control("team.min_headcount").fill("25");
    await control("sla.response.minutes").focus();
    await field("sla.response.minutes").scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("#preview .lit").count()).toBeGreaterThan(0);
    const file = process.env.SCREENSHOT ?? join(folder, "serve.png");
    await page.screenshot({ path: file });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });

  it("asked for nothing outside the app", () => {
    expect((globalThis as { foreign?: string[] }).foreign).toEqual([]);
  });
});
