import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/build-if-stale.ts"],
    testTimeout: 20_000,
    // vitest's default leaves one of the two cores of our machines idle; many tests wait on a
    // child process (LibreOffice, the SARIF multitool, npm), so two workers keep both busy
    maxWorkers: 2,
    // the test files share their workers' loaded modules instead of loading the library afresh
    // for each file: a fifth less CPU over the suite (305 s → 241 s of user and system time,
    // /usr/bin/time npx vitest run); no test relies on a fresh module state
    isolate: false,
  },
});
