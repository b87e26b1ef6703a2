import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runServe } from "../../src/cli/serve-command.js";
import { tempDir } from "../helpers.js";
import { send } from "./http.js";

describe("clausewright serve [folder]", () => {
  it("prints a URL on 127.0.0.1 with this start's token, answers it, and stops cleanly", async () => {
    const folder = tempDir();
    copyFileSync(join(import.meta.dirname, "..", "..", "samples", "customer-service.yaml"), join(folder, "acme.yaml"));
    let out = "";
    const stop = new AbortController();
    const io = { stdout: { write: (s: string) => void (out += s) }, stderr: { write: () => undefined }, readStdin: () => new Uint8Array(), env: {} };
    const running = runServe(folder, { port: 0 }, io, stop.signal);
    await expect.poll(() => out, { timeout: 10_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}/);
    const url = new URL(/http:\S+/.exec(out)?.[0] as string);
    const port = Number(url.port);
    expect((await send(port, "GET", `/${url.search}`, {})).status).toBe(303);
    expect((await send(port, "GET", "/", {})).status).toBe(401);
    stop.abort();
    expect(await running).toBe(0);
    await expect(send(port, "GET", "/", {})).rejects.toThrow();
  });
});
