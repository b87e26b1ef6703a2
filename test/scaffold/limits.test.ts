import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DOCUMENT_LIMITS } from "../../src/load/limits.js";
import { readDocument } from "../../src/scaffold/index.js";
import { tempDir } from "../helpers.js";

/** A DOCX-shaped zip whose word/document.xml unzips to `bytes` bytes of spaces (a few kilobytes zipped). */
function inflatingDocx(bytes: number): string {
  const file = join(tempDir(), "bomb.docx");
  writeFileSync(file, zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "word/document.xml": new Uint8Array(bytes).fill(0x20) }, { level: 9 }));
  return file;
}

describe("scaffold refuses a document past its limits before reading it", () => {
  it("a DOCX whose text unzips past the limit: refused from the zip's directory, naming the limit", async () => {
    const file = inflatingDocx(DOCUMENT_LIMITS.documentXmlBytes + 1);
    const used = process.memoryUsage().rss;
    await expect(readDocument(file)).rejects.toThrow(`${file}: cannot read the document: its text (word/document.xml) unzips to more than the 32 MiB a document may have (see docs/limits.md)`);
    // nothing was inflated: far less memory than the text would take
    expect(process.memoryUsage().rss - used).toBeLessThan(DOCUMENT_LIMITS.documentXmlBytes / 2);
  });

  it("a device named like a text file is refused, never read", async () => {
    const file = join(tempDir(), "zero.txt");
    symlinkSync("/dev/zero", file);
    await expect(readDocument(file)).rejects.toThrow(`${file}: cannot read the document: it is not a regular file`);
  });
});
