// Writes V8's code cache for the bundled command line (dist/bundle/cli.cjs.cache) and for the
// precompiled modules it loaded (dist/precompiled/*.cjs.cache): runs a `lint`
// and a `render` (md + docx) of the sample in this process, through the same loader as the bin,
// and keeps the bytecode of every function they compiled. Run by scripts/bundle.mjs in a fresh
// `node` without flags, since V8 accepts a cache only under the flags it was made with.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const { CACHE_FILE, loadCli } = createRequire(import.meta.url)("../dist/bundle/main.js");

const { cli, script } = loadCli();
const out = mkdtempSync(join(tmpdir(), "clausewright-code-cache-"));
const said = [];
const io = { stdout: { write: (s) => said.push(s) }, stderr: { write: (s) => said.push(s) }, readStdin: () => new Uint8Array(), env: {} };
try {
  const sample = "samples/customer-service.yaml";
  const runs = [["lint", sample], ["render", sample, "-o", out]];
  for (const argv of runs) {
    const code = await cli.run(argv, io);
    if (code !== 0) throw new Error(`clausewright ${argv.join(" ")} exited with ${code}:\n${said.join("")}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
const data = script.createCachedData();
writeFileSync(CACHE_FILE, data);
const modules = cli.writePrecompiledCodeCache();
process.stdout.write(`clausewright: code cache of the command line (${Math.round(data.length / 1024)} kB) and of ${modules} precompiled modules\n`);
