import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDeal } from "../../src/library/prepare-deal.js";
import { LAYOUTS } from "../../src/write/layout.js";
import { writeMarkdown } from "../../src/write/markdown.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "customer-service.yaml");
const golden = (layout: string): string => join(ROOT, "test", "golden", `customer-service.${layout}.md`);

// Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/write/golden.test.ts
describe("the bundled sample", () => {
  const prepared = prepareDeal(SAMPLE);

  it("validates and renders with nothing missing", () => {
    expect(prepared.findings).toEqual([]);
    expect(JSON.stringify(prepared.agreement)).not.toContain('"placeholder"');
  });

  it.each(LAYOUTS)("renders the %s layout exactly as its golden file", (layout) => {
    // built for the layout, as `render --layout` does: the language clause follows it
    const md = writeMarkdown(prepareDeal(SAMPLE, undefined, [], layout).agreement!, layout);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden(layout), md);
    expect(existsSync(golden(layout)), `missing golden file ${golden(layout)}`).toBe(true);
    expect(md).toBe(readFileSync(golden(layout), "utf8"));
  });

  it("the zh and en layouts hold the seed's wording and its English counterpart", () => {
    const zh = writeMarkdown(prepared.agreement!, "zh");
    const en = writeMarkdown(prepared.agreement!, "en");
    expect(zh).toContain("2.2 乙方应确保客服团队至少配备20名客服代表");
    expect(zh).toContain("乙方应定期（至少每半年一次）对客服团队进行复训和技能提升培训");
    expect(zh).toMatch(/3\.2 若乙方未能达到第3\.1条约定的SLA指标，每发生一次，应向甲方支付人民币伍仟元整（¥5,000\.00）作为违约金。.*甲方有权根据本协议第7\.4条的规定采取进一步措施。/);
    expect(en).toMatch(/3\.2 .*Clause 3\.1.*RMB 5,000\.00.*Clause 7\.4/);
    expect(zh).toContain("## 签署页");
  });
});
