import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";

/** A stand-in for standard error: what was written, and whether it is a terminal. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, text: "", write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe("the progress bar of a batch", () => {
  it("on a terminal: done / total, failures and rate, ending on the last deal", () => {
    const err = stream(true);
    const p = new Progress(1000, false, err);
    for (let i = 0; i < 1000; i++) p.tick(i % 100 === 0);
    const frames = err.text.split("\r\u001b[K").filter(Boolean);
    // drawn a few times, not once per deal
    expect(frames.length).toBeLessThan(20);
    expect(frames.at(-1)).toMatch(/^\[=+\] 1000\/1000  10 failed  \d+(\.\d)? deals\/s$/);
    p.finish();
    expect(err.text.endsWith("\r\u001b[K")).toBe(true);
  });

  it("a message goes above the bar, which is drawn again under it", () => {
    const err = stream(true);
    const p = new Progress(3, false, err);
    p.tick(false);
    p.say("deals/b.yaml: not rendered");
    expect(err.text).toMatch(/\r\u001b\[Kdeals\/b\.yaml: not rendered\n\r\u001b\[K\[=+ +\] 1\/3/);
  });

  it("nothing with --quiet, nothing when standard error is not a terminal", () => {
    for (const [tty, quiet] of [[true, true], [false, false]] as const) {
      const err = stream(tty);
      const p = new Progress(10, quiet, err);
      for (let i = 0; i < 10; i++) p.tick(false);
      p.finish();
      expect(err.text).toBe("");
    }
  });
});
