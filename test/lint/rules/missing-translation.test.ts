import { describe, expect, it } from "vitest";
import { missingTranslationRule } from "../../../src/lint/rules/missing-translation.js";
import { lintDeal, spanOf } from "../lint-helpers.js";

describe("missing-translation", () => {
  it("is an error by default", () => {
    expect(missingTranslationRule.defaultSeverity).toBe("error");
  });

  const valid: Array<[string, Record<string, unknown>]> = [
    ["the sample", {}],
    // a text left out in both languages is missing-value's finding
    ["a text left out", { team: { capacity: null } }],
  ];
  it.each(valid)("valid: %s", (_, patch) => {
    expect(lintDeal(patch, [missingTranslationRule]).findings).toEqual([]);
  });

  // the missing half has no line of its own: the finding points at the half that is there
  const invalid: Array<{ name: string; patch: Record<string, unknown>; path: string; there: string }> = [
    { name: "no English", patch: { team: { capacity: { zh: "日均不超过3,000通来电", en: null } } }, path: "team.capacity.en", there: "日均不超过3,000通来电" },
    { name: "no Chinese", patch: { team: { capacity: { zh: null, en: "up to 3,000 calls per day" } } }, path: "team.capacity.zh", there: "up to 3,000 calls per day" },
    // checked whether or not this deal's options print it
    {
      name: "a text this deal's options do not print",
      patch: { dispute: { court: { location: { zh: "甲方住所地", en: null } } } },
      path: "dispute.court.location.en",
      there: "甲方住所地",
    },
  ];
  it.each(invalid)("invalid: $name", ({ patch, path, there }) => {
    const { text, findings } = lintDeal(patch, [missingTranslationRule]);
    expect(findings).toEqual([expect.objectContaining({ ruleId: "missing-translation", messageId: "oneLanguage", severity: "error", path, ...spanOf(text, there) })]);
  });

  it("says which half to add, next to which", () => {
    const { findings } = lintDeal({ team: { capacity: { zh: "日均不超过3,000通来电", en: null } } }, [missingTranslationRule]);
    expect(findings[0]?.message.zh).toBe("team.capacity（服务量或客户数量）缺少英文文本：请在 `zh:` 旁补充 `en:`。");
  });
});
