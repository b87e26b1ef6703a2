import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFolder, OutputError, removeStaleTempFiles, writeFileAtomic, writeFilesTogether } from "../../src/library/atomic-write.js";
import { tempDir } from "../helpers.js";

// A name no file system takes (255 bytes is the limit of a name on Linux, macOS and Windows):
// its temporary file is written, the rename to it fails.
const TOO_LONG = `${"x".repeat(300)}.md`;

describe("a deal's files are written all or none", () => {
  it("both files are written when both can be", async () => {
    const dir = tempDir();
    await writeFilesTogether([[join(dir, "a.docx"), new Uint8Array([1, 2])], [join(dir, "a.md"), "text"]]);
    expect(readdirSync(dir).sort()).toEqual(["a.docx", "a.md"]);
  });

  it("when the second cannot be written, the first is not left new", async () => {
    const dir = tempDir();
    await expect(writeFilesTogether([[join(dir, "a.docx"), "new"], [join(dir, TOO_LONG), "new"]])).rejects.toThrow(OutputError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("when the second cannot be written, the first keeps what it held", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.docx"), "old");
    await expect(writeFilesTogether([[join(dir, "a.docx"), "new"], [join(dir, TOO_LONG), "new"]])).rejects.toThrow(/ENAMETOOLONG/);
    expect(readFileSync(join(dir, "a.docx"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["a.docx"]);
  });

  it("a target that is a folder is refused before anything is written", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a.md"));
    await expect(writeFilesTogether([[join(dir, "a.docx"), "new"], [join(dir, "a.md"), "new"]])).rejects.toThrow(`cannot write ${join(dir, "a.md")}: it is a folder`);
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });
});

describe("folders are made one level at a time", () => {
  it("makes the missing levels", () => {
    const dir = tempDir();
    makeFolder(join(dir, "a", "b", "c"));
    expect(existsSync(join(dir, "a", "b", "c"))).toBe(true);
  });

  it("under /proc, where no folder can be made, it fails at once and names the level", () => {
    const started = Date.now();
    expect(() => makeFolder("/proc/clausewright-test/out")).toThrow("cannot write into /proc/clausewright-test/out: cannot make the folder /proc/clausewright-test: no folder can be made there (ENOENT)");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a file in the way is named", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "taken"), "");
    expect(() => writeFileAtomic(join(dir, "taken", "x.md"), "x")).toThrow(`${join(dir, "taken")} is a file, not a folder`);
  });
});

describe("temporary files a killed run left", () => {
  it("are removed when their process is gone, and kept while it runs", async () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ["-e", ""]).pid as number;
    const running = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      const stale = `.clausewright-${gone}-0-1.tmp`;
      const live = `.clausewright-${running.pid}-0-1.tmp`;
      const mine = `.clausewright-${process.pid}-0-99.tmp`;
      for (const name of [stale, live, mine, "notes.tmp"]) writeFileSync(join(dir, name), "");
      removeStaleTempFiles(dir);
      expect(readdirSync(dir).sort()).toEqual([live, mine, "notes.tmp"].sort());
    } finally {
      running.kill("SIGKILL");
    }
  });
});
