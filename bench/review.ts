/**
 * The review rows of `npm run bench`: a cold whole-process `clausewright review` of the sample
 * returned file (the report, and the redline), beside cold lint. The issue asks for well under
 * a second; the sample's review exits 1 (its returned file has two errors), which is its answer,
 * not a failure: any other exit, or output that is not the sample's seven findings, is.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fromSummary, type Line } from "./report.js";
import { summarize, type Summary } from "./stats.js";

const RETURNED = "samples/returned/customer-service.docx";
const DEAL = "samples/customer-service.yaml";
/** The sample returned file's deviations, as review reports them. */
const FINDINGS = 7;
export const COLD_REVIEW_TARGET_MS = 1000;

export interface ColdReview {
  review: Summary;
  redline: Summary;
}

function timed(cli: string, root: string, args: readonly string[], check: (stdout: string) => void): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error || run.status !== 1) throw new Error(`clausewright ${args.join(" ")} exited with ${String(run.status ?? run.signal ?? run.error?.message)} (1 expected):\n${run.stderr}`);
  check(run.stdout);
  return elapsed;
}

/** `review` and `review --format docx -o …` of the sample returned file, `runs` times each in turns, after one untimed run. */
export function measureColdReview(cli: string, root: string, tmp: string, runs: number): ColdReview {
  const out = join(tmp, "redline.docx");
  const samples = { review: [] as number[], redline: [] as number[] };
  for (let round = -1; round < runs; round++) {
    const review = timed(cli, root, ["review", RETURNED, "--deal", DEAL, "--format", "json"], (stdout) => {
      const found = (JSON.parse(stdout) as Array<{ messages: unknown[] }>)[0]?.messages.length;
      if (found !== FINDINGS) throw new Error(`review of ${RETURNED} reported ${String(found)} findings, not ${FINDINGS}`);
    });
    const redline = timed(cli, root, ["review", RETURNED, "--deal", DEAL, "--format", "docx", "-o", out], () => {
      if (!existsSync(out)) throw new Error(`review --format docx wrote no ${out}`);
      rmSync(out);
    });
    if (round >= 0) {
      samples.review.push(review);
      samples.redline.push(redline);
    }
  }
  const result = { review: summarize(samples.review), redline: summarize(samples.redline) };
  process.stderr.write(`  clausewright review: median ${result.review.median.toFixed(1)} ms; with the redline ${result.redline.median.toFixed(1)} ms over ${runs} runs\n`);
  return result;
}

/** The table's rows, after the cold rows of one deal: each with its command and the goal. */
export function coldReviewLines(c: ColdReview): Line[] {
  const goal = { comparison: "≤", limit: COLD_REVIEW_TARGET_MS } as const;
  return [
    { section: "Cold review of the sample returned file, whole processes (taking turns)" },
    fromSummary("cold.review", "`review` the sample returned file", c.review, "ms", `node dist/bundle/main.js review ${RETURNED} --deal ${DEAL} --format json`, { goal }),
    fromSummary("cold.redline", "`review --format docx` (the redline)", c.redline, "ms", `node dist/bundle/main.js review ${RETURNED} --deal ${DEAL} --format docx -o <tmp>/redline.docx`, { goal }),
  ];
}
