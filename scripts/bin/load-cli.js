// Loads the command line (dist/bundle/cli.cjs, one CommonJS file) through V8's code cache that
// `npm run build` wrote beside it (cli.cjs.cache): the bytecode of every function a `lint` and a
// `render` of the sample ran, so a cold start neither parses nor compiles them again. Node 20 has
// no compile cache for ES modules (module.enableCompileCache is 22.1+), hence CommonJS here.
// A cache that does not fit (another Node, other V8 flags, a rebuilt bundle) is rejected by V8,
// and the source is compiled as it would be without one: slower, never different.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const dir = dirname(fileURLToPath(import.meta.url));
export const CLI_FILE = join(dir, "cli.cjs");
export const CACHE_FILE = `${CLI_FILE}.cache`;

function cached() {
  try {
    return readFileSync(CACHE_FILE);
  } catch {
    return undefined;
  }
}

/** The command line's exports ({ run }), and the script they were compiled from (for the build's cache). */
export function loadCli() {
  // the wrapper Node's own CommonJS loader puts around a module, on the first line, so that
  // line and column numbers stay the file's
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(CLI_FILE, "utf8")}\n});`;
  const cachedData = cached();
  const script = new Script(source, { filename: CLI_FILE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(CLI_FILE), module, CLI_FILE, dir);
  return { cli: module.exports, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}
