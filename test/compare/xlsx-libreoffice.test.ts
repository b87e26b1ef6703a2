// Opens the workbook in a real spreadsheet: LibreOffice Calc converts it to CSV, and the CSV
// must hold the vendors, the terms and the marks, in Chinese. This catches what reading the
// package back with exceljs cannot: a file that another spreadsheet refuses.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { writeComparison } from "../../src/compare/index.js";
import { tempDir } from "../helpers.js";
import { compareFiles, SAMPLE_POLICY, VENDORS } from "./compare-helpers.js";

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

/**
 * soffice is on PATH and its Calc module is installed (Debian: libreoffice-calc-nogui): a
 * LibreOffice with Writer only converts no workbook. Where the program folder cannot be found,
 * Calc is assumed and the conversion says otherwise.
 */
function hasCalc(): boolean {
  if (!onPath("soffice")) return false;
  const where = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  let program: string;
  try {
    program = dirname(realpathSync(where));
  } catch {
    return true;
  }
  const modules = readdirSync(program);
  if (!modules.some((f) => f.startsWith("libsclo.") || f.startsWith("libswlo."))) return true;
  return modules.some((f) => f.startsWith("libsclo."));
}

const HAS_CALC = hasCalc();
// The CI installs LibreOffice Calc: a missing one there is a broken build, not a reason to skip.
const SKIP = !HAS_CALC && !process.env.CI;
if (SKIP) console.log("xlsx-libreoffice: skipped, soffice is not on PATH (install libreoffice-calc-nogui)");

describe("the xlsx comparison in LibreOffice Calc", () => {
  it.skipIf(SKIP)(
    "converts to CSV with the vendors, the terms, the marks and the ranking",
    async () => {
      expect(HAS_CALC, "soffice (LibreOffice Calc) must be on PATH in CI").toBe(true);
      const dir = tempDir();
      const file = join(dir, "offers.xlsx");
      writeFileSync(file, (await writeComparison(compareFiles(VENDORS, SAMPLE_POLICY), "xlsx", "zh")) as Uint8Array);
      const profile = pathToFileURL(join(dir, "profile")).href;
      // 44: comma, 34: double quote, 76: UTF-8; the first sheet is the matrix
      const convert = spawnSync(
        "soffice",
        [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, file],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(convert.status, `soffice: ${convert.stderr}${convert.stdout}`).toBe(0);
      const csv = readFileSync(join(dir, "offers.csv"), "utf8");
      const lines = csv.split(/\r?\n/);
      expect(lines[0]).toBe("条款,成都锦程呼叫中心服务有限公司,杭州云岫客户服务有限公司,深圳海湾联络中心有限公司");
      expect(lines).toContain("响应时限 ↓（权重3）,20分钟,10分钟 ✓,45分钟 ⚠2");
      expect(csv).toContain("人民币壹拾柒万捌仟元整（¥178,000.00）");
      expect(lines).toContain("排名,2,1,不合格");
    },
    180_000,
  );
});
