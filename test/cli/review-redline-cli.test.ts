// `clausewright review --format docx -o redline.docx`: the redline written whole, its author
// and date from the options or the environment (never the clock), review's exit codes, and a
// clear refusal with nothing written for what cannot be done.

import { strFromU8, unzipSync } from "fflate";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";
import { returnedFile, sampleDocx, SAMPLE } from "../review/returned-docx.js";
import { SAMPLE_RETURNED } from "../review/sample-returned.js";
import { runCli } from "./run-cli.js";

const documentOf = (file: string): string => strFromU8(unzipSync(readFileSync(file))["word/document.xml"] as Uint8Array);

describe("clausewright review --format docx", () => {
  it("writes the redline, exits 1 for the returned file's errors, and prints nothing", async () => {
    const out = join(tempDir(), "redline.docx");
    const r = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "docx", "-o", out, "--author", "Legal Team", "--date", "2027-01-06"]);
    expect(r).toEqual({ code: 1, stdout: "", stderr: "" });
    const xml = documentOf(out);
    expect(xml).toContain('w:author="Legal Team" w:date="2027-01-06T00:00:00Z"');
    expect(xml).toContain("<w:commentReference");
  });

  it("takes the author and date from CLAUSEWRIGHT_AUTHOR and SOURCE_DATE_EPOCH; the options win", async () => {
    const dir = tempDir();
    const env = { CLAUSEWRIGHT_AUTHOR: "CI", SOURCE_DATE_EPOCH: "1800000000" };
    await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "docx", "-o", join(dir, "a.docx")], undefined, "", env);
    expect(documentOf(join(dir, "a.docx"))).toContain('w:author="CI" w:date="2027-01-15T08:00:00Z"');
    await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "docx", "-o", join(dir, "b.docx"), "--author", "Me", "--date", "2027-02-01T09:30:00+08:00"], undefined, "", env);
    expect(documentOf(join(dir, "b.docx"))).toContain('w:author="Me" w:date="2027-02-01T01:30:00Z"');
  });

  it("exits 0 for a file returned as sent: the redline is the agreement, with no change and no comment", async () => {
    const out = join(tempDir(), "redline.docx");
    const r = await runCli(["review", returnedFile(await sampleDocx()), "--deal", SAMPLE, "--format", "docx", "-o", out]);
    expect(r.code).toBe(0);
    const xml = documentOf(out);
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(unzipSync(readFileSync(out))["word/comments.xml"]).toBeUndefined();
  });

  it("exits 2 and writes nothing without -o, with a date that is none, or for a file that is no DOCX", async () => {
    const noOut = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "docx"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("give it with -o redline.docx");
    const out = join(tempDir(), "redline.docx");
    const badDate = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "docx", "-o", out, "--date", "next Tuesday"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("--date `next Tuesday` is no date");
    const badEpoch = await runCli(["review", SAMPLE_RETURNED, "--deal", SAMPLE, "--format", "docx", "-o", out], undefined, "", { SOURCE_DATE_EPOCH: "soon" });
    expect(badEpoch.stderr).toContain("SOURCE_DATE_EPOCH `soon` is no date");
    const notDocx = await runCli(["review", SAMPLE, "--deal", SAMPLE, "--format", "docx", "-o", out]);
    expect(notDocx.code).toBe(2);
    expect(notDocx.stderr).toContain("not a DOCX file");
    expect(existsSync(out)).toBe(false);
  });
});
