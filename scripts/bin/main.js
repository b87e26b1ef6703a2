#!/usr/bin/env node
// clausewright's command line (the package's bin). CommonJS, as all of dist/bundle/ is (its
// package.json says so): Node starts a CommonJS main file without its ES module loader, 9 ms.
//
// It loads the command line (cli.cjs, one file) through V8's code cache that `npm run build`
// wrote beside it (cli.cjs.cache, by scripts/code-cache.mjs): the bytecode of every function a
// `lint` and a `render` of the sample ran, so a cold start neither parses nor compiles them
// again. Node 20 has no compile cache for ES modules (module.enableCompileCache is 22.1+). A
// cache that does not fit (another Node, other V8 flags, a rebuilt bundle) is rejected by V8 and
// the source compiled as it would be without one: slower, never different.
"use strict";
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { Script } = require("node:vm");

const CLI_FILE = join(__dirname, "cli.cjs");
const CACHE_FILE = `${CLI_FILE}.cache`;

function cached() {
  try {
    return readFileSync(CACHE_FILE);
  } catch {
    return undefined;
  }
}

/** The command line's exports ({ run, … }), and the script they were compiled from (for the build's cache). */
function loadCli() {
  // the wrapper of Node's own CommonJS loader, on the first line: line numbers stay the file's
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(CLI_FILE, "utf8")}\n});`;
  const cachedData = cached();
  const script = new Script(source, { filename: CLI_FILE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(CLI_FILE), module, CLI_FILE, __dirname);
  return { cli: module.exports, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

module.exports = { CLI_FILE, CACHE_FILE, loadCli };

if (require.main === module) {
  loadCli()
    .cli.run(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
}
