#!/usr/bin/env node
// clausewright's command line (the package's bin): see load-cli.js for why it is loaded so.
import { loadCli } from "./load-cli.js";

process.exitCode = await loadCli().cli.run(process.argv.slice(2));
