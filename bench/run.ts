/**
 * `npm run bench`: how fast clausewright is, against the goals of issue 18 (docs/benchmarks.md).
 *
 * Like is compared with like: a whole process with a whole process (a cold `render` against a
 * cold `pandoc` of the same agreement), a batch with a batch (one `render` of N deals against a
 * loop of N pandoc processes), warm in-process figures only with each other. Every figure is a
 * median over repeated runs, or a ratio of two medians from this run, and carries the command
 * that produced it. The table and the commands go to stdout, the figures to bench/results.json.
 * The script fails (exit 1) only when something did not work, never because a goal was missed.
 *
 * Environment:
 *   BENCH_DEALS=1000          deals in the batch (and the small memory batch)
 *   BENCH_PANDOC_DEALS=100    deals in the batch against a loop of pandoc processes
 *   BENCH_MEMORY_DEALS=10000  deals in the large memory batch
 *   BENCH_SKIP_MEMORY=1       skip the memory batches
 *   BENCH_ONLY=cold           only the cold whole-process rows (lint, render, pandoc, review):
 *                             a minute instead of the batches' quarter of an hour; results.json
 *                             then holds those figures only, and says so (settings.only)
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { hasErrors } from "../src/core/finding.js";
import { lintPrepared } from "../src/lint/engine.js";
import { readDealFile } from "../src/load/deal-file.js";
import { prepareDeal } from "../src/library/prepare-deal.js";
import { renderDeal } from "../src/library/render-deal.js";
import { loadTemplate } from "../src/template/template.js";
import { validateDeal } from "../src/validate/validate.js";
import { writeDocx } from "../src/write/docx.js";
import { writeMarkdown } from "../src/write/markdown.js";
import { BATCH_RUNS, MEMORY_JOBS, batchRows, lintBatchRows, memoryRows, pandocBatchRows, type BatchContext } from "./batches.js";
import { expectOutputs, generateDeals } from "./deals.js";
import { BenchFailure, measureProcesses, ms, onPath, progress, shown, TIME_BIN, type ProcessSpec } from "./processes.js";
import { commands, fromSummary, GOALS, met, ratio, roundReplacer, table, type Line, type Row } from "./report.js";
import { coldReviewLines, measureColdReview } from "./review.js";
import { summarize, type Summary } from "./stats.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, ""); // dist/bench/run.js → the repository
const CLI = join(ROOT, "dist", "bundle", "main.js"); // the bin of package.json
const SAMPLE = join(ROOT, "samples", "customer-service.yaml");
const RESULTS = join(ROOT, "bench", "results.json");

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new BenchFailure(`${name} must be a whole number of at least 1, not \`${raw}\``);
  return n;
}

const WARMUP = 100;
const WARM_ITERATIONS = 100;
const COLD_RUNS = 20;


/** Time a function in this process: WARMUP calls first, then WARM_ITERATIONS timed calls. */
async function measureWarm(label: string, fn: () => unknown): Promise<Summary> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < WARM_ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(ms(start, process.hrtime.bigint()));
  }
  progress(`warm ${label}: median ${summarize(samples).median.toFixed(2)} ms`);
  return summarize(samples);
}


/** Warm, in this process: each step alone, and the whole of `renderDeal`, as a batch does it per deal. */
async function warmRows(tmp: string, cmd: (what: string) => string): Promise<Line[]> {
  process.stderr.write("warm (in one process)\n");
  const template = loadTemplate("customer-service");
  const prepared = prepareDeal(SAMPLE);
  const agreement = prepared.agreement;
  if (!agreement) throw new BenchFailure(`${SAMPLE} did not build: ${JSON.stringify(prepared.findings)}`);
  if (hasErrors(lintPrepared(prepared))) throw new BenchFailure(`${SAMPLE} has lint errors`);
  const loadValidate = await measureWarm("load + validate", () => {
    const loaded = readDealFile(SAMPLE);
    if (!loaded.ok) throw new BenchFailure(`${SAMPLE} did not load`);
    return validateDeal(loaded.deal, template.schema);
  });
  const lint = await measureWarm("lint", () => lintPrepared(prepareDeal(SAMPLE)));
  const markdown = await measureWarm("Markdown", () => writeMarkdown(agreement, "parallel"));
  const docx = await measureWarm("DOCX", () => writeDocx(agreement, { layout: "parallel" }));
  const job = { file: SAMPLE, target: join(tmp, "warm", "customer-service"), formats: ["md", "docx"] as ("md" | "docx")[], layout: "parallel" as const, draft: false };
  const whole = await measureWarm("renderDeal", async () => {
    const outcome = await renderDeal(job);
    if (outcome.status !== "written") throw new BenchFailure(`renderDeal: ${outcome.status} ${outcome.error ?? ""}`);
  });
  return [
    { section: "Warm, per deal, in one process (no process start; compare these only with each other)" },
    fromSummary("warm.loadValidate", "load + validate (`readDealFile` + schema)", loadValidate, "ms", cmd("readDealFile + validateDeal")),
    fromSummary("warm.lint", "lint (`prepareDeal` + `lintPrepared`)", lint, "ms", cmd("lintPrepared(prepareDeal(sample))")),
    fromSummary("warm.markdown", "Markdown (parallel)", markdown, "ms", cmd("writeMarkdown(agreement, 'parallel')")),
    fromSummary("warm.docx", "DOCX (parallel), in memory", docx, "ms", cmd("writeDocx(agreement, {layout: 'parallel'})")),
    fromSummary("warm.renderDeal", "`renderDeal`: read, validate, lint, md + docx, written", whole, "ms", cmd("renderDeal({formats: ['md','docx']})"), { goal: GOALS.warmRenderDealMs }),
  ];
}

/** Cold, one deal, whole processes taking turns: ours against pandoc and against Node's own start. */
function coldRows(tmp: string, pandoc: string | undefined, markdownOf: string, show: (s: ProcessSpec) => string): Line[] {
  process.stderr.write("cold (whole processes, one deal)\n");
  const node = process.execPath;
  const out = (name: string): ProcessSpec["before"] => () => rmSync(join(tmp, name), { recursive: true, force: true });
  const specs: ProcessSpec[] = [
    { label: "node -e 0", command: node, args: ["-e", "0"], cwd: ROOT },
    { label: "lint", command: node, args: [CLI, "lint", "samples/customer-service.yaml"], cwd: ROOT },
    {
      label: "render --format docx",
      command: node,
      args: [CLI, "render", "samples/customer-service.yaml", "--format", "docx", "-o", join(tmp, "cold-docx")],
      cwd: ROOT,
      before: out("cold-docx"),
      check: () => expectOutputs(join(tmp, "cold-docx"), 1, ["docx"]),
    },
    {
      label: "render (md + docx)",
      command: node,
      args: [CLI, "render", "samples/customer-service.yaml", "-o", join(tmp, "cold-both")],
      cwd: ROOT,
      before: out("cold-both"),
      check: () => expectOutputs(join(tmp, "cold-both"), 1, ["md", "docx"]),
    },
  ];
  if (pandoc) {
    writeFileSync(join(tmp, "x.md"), markdownOf);
    specs.push({
      label: "pandoc x.md -o x.docx",
      command: pandoc,
      args: ["x.md", "-o", "x.docx"],
      cwd: tmp,
      before: () => rmSync(join(tmp, "x.docx"), { force: true }),
      check: () => {
        if (!existsSync(join(tmp, "x.docx"))) throw new BenchFailure("pandoc wrote no x.docx");
      },
    });
  }
  const [nodeS, lintS, docxS, bothS, pandocS] = measureProcesses(COLD_RUNS, specs) as Summary[];
  const rows = [
    fromSummary("cold.node", "`node -e 0` (Node's own start)", nodeS as Summary, "ms", show(specs[0] as ProcessSpec)),
    fromSummary("cold.lint", "`lint` the sample", lintS as Summary, "ms", show(specs[1] as ProcessSpec)),
    fromSummary("cold.renderDocx", "`render --format docx` the sample", docxS as Summary, "ms", show(specs[2] as ProcessSpec)),
    fromSummary("cold.renderDefault", "`render` the sample (default formats: md + docx)", bothS as Summary, "ms", show(specs[3] as ProcessSpec)),
  ];
  const [nodeR, lintR, docxR, bothR] = rows as [Row, Row, Row, Row];
  const lines: Line[] = [{ section: `Cold, one deal, whole processes (${COLD_RUNS} runs each, taking turns)` }, ...rows];
  lines.push(ratio("cold.lintOverNode", "`lint` / `node -e 0`", lintR, nodeR, { goal: GOALS.coldLintOverNode }));
  if (pandocS) {
    const pandocR = fromSummary("cold.pandoc", "`pandoc x.md -o x.docx`, the same agreement (stacked Markdown)", pandocS, "ms", show(specs[4] as ProcessSpec));
    lines.push(
      pandocR,
      ratio("cold.renderDocxOverPandoc", "`render --format docx` / pandoc", docxR, pandocR, { goal: GOALS.coldDocxOverPandoc }),
      ratio("cold.renderDefaultOverPandoc", "`render` (md + docx) / pandoc", bothR, pandocR, { goal: GOALS.coldDefaultOverPandoc }),
    );
  } else lines.push({ key: "cold.pandoc", what: "pandoc", value: null, unit: "ms", detail: "not on PATH: skipped" });
  return lines;
}

async function main(): Promise<void> {
  const deals = intFromEnv("BENCH_DEALS", 1000);
  const pandocDeals = intFromEnv("BENCH_PANDOC_DEALS", 100);
  const memoryDeals = intFromEnv("BENCH_MEMORY_DEALS", 10000);
  const skipMemory = process.env.BENCH_SKIP_MEMORY === "1";
  const only = process.env.BENCH_ONLY ?? "";
  if (only !== "" && only !== "cold") throw new BenchFailure(`BENCH_ONLY takes \`cold\` or nothing, not \`${only}\``);
  const coldOnly = only === "cold";
  const cores = availableParallelism();
  if (!existsSync(CLI)) throw new BenchFailure(`${CLI} is missing: build first (npm run bench does)`);
  const loadBefore = loadavg();
  const pandoc = onPath("pandoc");
  const pandocVersion = pandoc ? ((spawnSync(pandoc, ["--version"], { encoding: "utf8" }).stdout ?? "").split("\n")[0]?.trim() ?? null) : null;

  const tmp = mkdtempSync(join(tmpdir(), "clausewright-bench-"));
  try {
    const show = (s: ProcessSpec): string => shown(s, ROOT, tmp) + (s.cwd === tmp ? "   (in $TMP)" : "");
    const ctx: BatchContext = { cli: CLI, sample: SAMPLE, tmp, show };
    const inProcess = (what: string): string => `in this process: ${what}, ${WARMUP} warm-up + ${WARM_ITERATIONS} timed calls`;
    const prepared = prepareDeal(SAMPLE);
    if (!prepared.agreement) throw new BenchFailure(`${SAMPLE} did not build`);
    const lines: Line[] = [
      ...(coldOnly ? [] : await warmRows(tmp, inProcess)),
      ...coldRows(tmp, pandoc, writeMarkdown(prepared.agreement, "stacked"), show),
      ...coldReviewLines(measureColdReview(CLI, ROOT, tmp, COLD_RUNS)),
    ];
    if (!coldOnly) {
      if (pandoc) lines.push(...pandocBatchRows(ctx, pandoc, pandocDeals));
      generateDeals(SAMPLE, join(tmp, "deals"), deals, 1);
      lines.push(...batchRows(ctx, deals, cores), ...lintBatchRows(ctx, deals, cores));
      if (!skipMemory && existsSync(TIME_BIN)) lines.push(...memoryRows(ctx, deals, memoryDeals));
    }
    const loadAfter = loadavg();

    const rows = lines.filter((l): l is Row => !("section" in l));
    const goals = rows.filter((r) => r.goal);
    const results = {
      date: new Date().toISOString().slice(0, 10),
      machine: { cpus: cores, cpuModel: cpus()[0]?.model ?? null, node: process.version, platform: `${process.platform} ${process.arch}`, pandoc: pandocVersion },
      load: { before: loadBefore, after: loadAfter, note: "os.loadavg() (1, 5, 15 minutes): the machine is shared, so ratios of figures taken in turns are what holds" },
      settings: coldOnly
        ? { only: "cold", coldRuns: COLD_RUNS }
        : { warmup: WARMUP, warmIterations: WARM_ITERATIONS, coldRuns: COLD_RUNS, batchRuns: BATCH_RUNS, deals, pandocDeals, memoryDeals: skipMemory ? null : memoryDeals, memoryJobs: MEMORY_JOBS },
      figures: Object.fromEntries(rows.map(({ key, ...r }) => [key, { ...r, ...(r.goal ? { met: met(r as Row) } : {}) }])),
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, roundReplacer, 2)}\n`);

    const la = (l: number[]): string => l.map((x) => x.toFixed(2)).join(", ");
    process.stdout.write(`\n${table(lines)}\n\nCommands:\n${commands(lines)}\n\n`);
    process.stdout.write(
      `${results.date}; ${cores} CPUs (${results.machine.cpuModel ?? "unknown"}), Node ${process.version}${pandocVersion ? `, ${pandocVersion}` : ""}; ` +
        `load average ${la(loadBefore)} before, ${la(loadAfter)} after.\n`,
    );
    process.stdout.write(`Goals met: ${goals.filter((r) => met(r)).length} of ${goals.length}. Figures in ${RESULTS}.\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\nbench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  if (!(err instanceof BenchFailure) && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
});
