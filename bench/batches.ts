/** The batches of the benchmark: against pandoc, with and without threads, lint, and memory. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { prepareDeal } from "../src/library/prepare-deal.js";
import { writeMarkdown } from "../src/write/markdown.js";
import { expectOutputs, generateDeals } from "./deals.js";
import { BenchFailure, measureProcesses, progress, runUsage, TIME_BIN, type ProcessSpec, type Usage } from "./processes.js";
import { fromSummary, GOALS, ratio, type Line } from "./report.js";
import { summarize, type Summary } from "./stats.js";

export const BATCH_RUNS = 3;
export const MEMORY_RUNS = 3;
export const MEMORY_JOBS = 2;

/** Where the batches run: the bin, the sample, the scratch folder, and how a command is shown. */
export interface BatchContext {
  cli: string;
  sample: string;
  tmp: string;
  show: (spec: ProcessSpec) => string;
}

/** A batch against a batch: one `render` of N deals against pandoc over the same N agreements, one process each. */
export function pandocBatchRows({ cli: CLI, sample: SAMPLE, tmp, show }: BatchContext, pandoc: string, count: number): Line[] {
  process.stderr.write(`batch against pandoc (${count} deals, docx)\n`);
  generateDeals(SAMPLE, join(tmp, "pdeals"), count, 3);
  mkdirSync(join(tmp, "pmd"));
  for (const name of readdirSync(join(tmp, "pdeals"))) {
    const agreement = prepareDeal(join(tmp, "pdeals", name)).agreement;
    if (!agreement) throw new BenchFailure(`generated deal ${name} did not build`);
    writeFileSync(join(tmp, "pmd", name.replace(/\.yaml$/, ".md")), writeMarkdown(agreement, "stacked"));
  }
  const fresh = (dir: string) => () => {
    rmSync(join(tmp, dir), { recursive: true, force: true });
    mkdirSync(join(tmp, dir));
  };
  const specs: ProcessSpec[] = [
    {
      label: `render ${count} deals --jobs 1`,
      command: process.execPath,
      args: [CLI, "render", "pdeals/*.yaml", "--format", "docx", "-o", "pout", "--jobs", "1", "--quiet"],
      cwd: tmp,
      before: fresh("pout"),
      check: () => expectOutputs(join(tmp, "pout"), count, ["docx"]),
    },
    {
      label: `pandoc over ${count} files`,
      command: "/bin/sh",
      args: ["-c", `for f in pmd/*.md; do b=\${f#pmd/}; ${pandoc} "$f" -o "pdout/\${b%.md}.docx" || exit 1; done`],
      cwd: tmp,
      before: fresh("pdout"),
      check: () => expectOutputs(join(tmp, "pdout"), count, ["docx"]),
    },
  ];
  const [oursS, pandocS] = measureProcesses(BATCH_RUNS, specs) as [Summary, Summary];
  const perDeal = (s: Summary): Summary => ({ ...s, median: s.median / count, p90: s.p90 / count, min: s.min / count, max: s.max / count });
  const ours = fromSummary("pandocBatch.render", `\`render\` of ${count} deals to docx, one process, one thread; per deal`, perDeal(oursS), "ms", show(specs[0] as ProcessSpec));
  const theirs = fromSummary("pandocBatch.pandoc", `pandoc over the same ${count} agreements, a loop of ${count} processes; per deal`, perDeal(pandocS), "ms", show(specs[1] as ProcessSpec));
  return [
    { section: `Batch against batch, ${count} deals to docx (${BATCH_RUNS} runs each, taking turns)` },
    ours,
    theirs,
    ratio("pandocBatch.renderOverPandoc", "our batch / pandoc's loop", ours, theirs),
  ];
}

/** The big batch under GNU time: wall, CPU per deal and the gain of threads. */
export function batchRows({ cli: CLI, tmp, show }: BatchContext, deals: number, cores: number): Line[] {
  process.stderr.write(`batch (${deals} deals, default formats md + docx)\n`);
  const spec = (jobs: number): ProcessSpec => ({
    label: `--jobs ${jobs}`,
    command: process.execPath,
    args: [CLI, "render", "deals/*.yaml", "-o", "out", "--jobs", String(jobs), "--quiet"],
    cwd: tmp,
    before: () => rmSync(join(tmp, "out"), { recursive: true, force: true }),
    check: () => expectOutputs(join(tmp, "out"), deals, ["md", "docx"]),
  });
  const settings = [cores, 1];
  const usages: Usage[][] = [[], []];
  for (let i = 0; i < BATCH_RUNS; i++) {
    settings.forEach((jobs, k) => {
      const u = runUsage(spec(jobs), join(tmp, "time.txt"));
      usages[k]?.push(u);
      progress(`--jobs ${jobs}, run ${i + 1} of ${BATCH_RUNS}: ${u.wallS.toFixed(2)} s, CPU ${u.cpuS.toFixed(2)} s`);
    });
  }
  const [all, one] = usages.map((us) => ({ wall: summarize(us.map((u) => u.wallS)), cpu: summarize(us.map((u) => (u.cpuS * 1000) / deals)) })) as [
    { wall: Summary; cpu: Summary },
    { wall: Summary; cpu: Summary },
  ];
  const wallAll = fromSummary("batch.wallAll", `\`--jobs ${cores}\` (all cores), wall`, all.wall, "s", show(spec(cores)), { detail: `${(deals / all.wall.median).toFixed(0)} deals/s` });
  const wallOne = fromSummary("batch.wallOne", "`--jobs 1`, wall", one.wall, "s", show(spec(1)), { detail: `${(deals / one.wall.median).toFixed(0)} deals/s` });
  const cpuCmd = `${TIME_BIN} -f '%U %S': (user + system) / ${deals}`;
  return [
    { section: `Batch, ${deals} deals to md + docx, one process (${BATCH_RUNS} runs each, taking turns)` },
    wallAll,
    wallOne,
    ratio("batch.speedUp", `speed-up, ${cores} threads over 1 (wall of 1 / wall of ${cores})`, wallOne, wallAll, { goal: GOALS.threadSpeedUp }),
    fromSummary("batch.cpuPerDealAll", `CPU per deal, \`--jobs ${cores}\``, all.cpu, "ms", cpuCmd, { goal: GOALS.batchCpuPerDealMs }),
    fromSummary("batch.cpuPerDealOne", "CPU per deal, `--jobs 1`", one.cpu, "ms", cpuCmd, { goal: GOALS.batchCpuPerDealMs }),
  ];
}

export function lintBatchRows({ cli: CLI, tmp, show }: BatchContext, deals: number, cores: number): Line[] {
  process.stderr.write(`lint batch (${deals} deals)\n`);
  const specs = [cores, 1].map((jobs) => ({
    label: `lint --jobs ${jobs}`,
    command: process.execPath,
    args: [CLI, "lint", "deals/*.yaml", "--format", "json", "--jobs", String(jobs)],
    cwd: tmp,
    check: (stdout: string) => {
      const reported = (JSON.parse(stdout) as unknown[]).length;
      if (reported !== deals) throw new BenchFailure(`lint --jobs ${jobs} reported ${reported} deals, not ${deals}`);
    },
  }));
  const seconds = (x: Summary): Summary => ({ ...x, median: x.median / 1000, p90: x.p90 / 1000, min: x.min / 1000, max: x.max / 1000 });
  const [all, one] = measureProcesses(BATCH_RUNS, specs).map(seconds) as [Summary, Summary];
  return [
    { section: `Lint batch, ${deals} deals, one process` },
    fromSummary("lintBatch.all", `\`lint --jobs ${cores}\``, all, "s", show(specs[0] as ProcessSpec), { detail: `${(deals / all.median).toFixed(0)} deals/s` }),
    fromSummary("lintBatch.one", "`lint --jobs 1`", one, "s", show(specs[1] as ProcessSpec), { detail: `${(deals / one.median).toFixed(0)} deals/s` }),
  ];
}

/** Peak RSS of a render of the default formats, small batch and large. */
export function memoryRows({ cli: CLI, sample: SAMPLE, tmp, show }: BatchContext, deals: number, memoryDeals: number): Line[] {
  process.stderr.write(`memory (${deals} and ${memoryDeals} deals, md + docx, --jobs ${MEMORY_JOBS})\n`);
  generateDeals(SAMPLE, join(tmp, "memory-deals"), memoryDeals, 2);
  const peak = (dir: string, count: number): [Summary, ProcessSpec] => {
    const spec: ProcessSpec = {
      label: `memory ${count}`,
      command: process.execPath,
      args: [CLI, "render", `${dir}/*.yaml`, "-o", "memory-out", "--jobs", String(MEMORY_JOBS), "--quiet"],
      cwd: tmp,
      before: () => rmSync(join(tmp, "memory-out"), { recursive: true, force: true }),
      check: () => expectOutputs(join(tmp, "memory-out"), count, ["md", "docx"]),
    };
    const s = summarize(Array.from({ length: MEMORY_RUNS }, () => runUsage(spec, join(tmp, "time.txt")).rssMb));
    progress(`${count} deals: peak RSS ${s.median.toFixed(0)} MB`);
    return [s, spec];
  };
  const [small, smallSpec] = peak("deals", deals);
  const [large, largeSpec] = peak("memory-deals", memoryDeals);
  rmSync(join(tmp, "memory-out"), { recursive: true, force: true });
  const smallR = fromSummary("memory.small", `${deals} deals, peak RSS`, small, "MB", `${TIME_BIN} -f %M ${show(smallSpec)}`);
  const largeR = fromSummary("memory.large", `${memoryDeals} deals, peak RSS`, large, "MB", `${TIME_BIN} -f %M ${show(largeSpec)}`);
  return [
    { section: `Memory, default formats (md + docx), \`--jobs ${MEMORY_JOBS}\`` },
    smallR,
    largeR,
    ratio("memory.growth", `growth, ${memoryDeals} over ${deals}`, largeR, smallR),
  ];
}

