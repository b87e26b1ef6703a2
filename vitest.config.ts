import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/build-if-stale.ts"],
    testTimeout: 20_000,
    // vitest's default leaves one of the two cores of our machines idle; many tests wait on a
    // child process (LibreOffice, the SARIF multitool, npm), so two workers keep both busy
    maxWorkers: 2,
  },
});
