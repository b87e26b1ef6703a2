/** Whole processes for the benchmark: run, time, take turns, and say what was run. */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";
import { summarize, type Summary } from "./stats.js";

/** A real failure: a command that failed or an output that is missing. The only cause of exit 1. */
export class BenchFailure extends Error {}

export const ms = (start: bigint, end: bigint): number => Number(end - start) / 1e6;

export function progress(line: string): void {
  process.stderr.write(`  · ${line}\n`);
}

export interface Run {
  ms: number;
  result: SpawnSyncReturns<string>;
}

/** Run a whole process and time it from spawn to exit; a non-zero exit is a failure. */
export function runProcess(command: string, args: readonly string[], cwd: string): Run {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const elapsed = ms(start, process.hrtime.bigint());
  if (result.error) throw new BenchFailure(`${command} ${args.join(" ")}: ${result.error.message}`);
  if (result.status !== 0) {
    const said = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim().split("\n").slice(0, 20).join("\n");
    throw new BenchFailure(`${command} ${args.join(" ")} exited with ${String(result.status ?? result.signal)}:\n${said}`);
  }
  return { ms: elapsed, result };
}

export interface ProcessSpec {
  label: string;
  command: string;
  args: readonly string[];
  cwd: string;
  /** Called before each run, untimed: empties an output folder. */
  before?: () => void;
  /** Called after each run, untimed: throws BenchFailure when the output is missing or wrong. */
  check?: (stdout: string) => void;
}

/**
 * Run each process `runs` times, after one untimed run of each (to fill the file cache). The
 * processes take turns, run by run, so a change in the machine's load falls on all of them alike
 * and their ratio stays fair.
 */
export function measureProcesses(runs: number, specs: readonly ProcessSpec[]): Summary[] {
  const samples = specs.map(() => [] as number[]);
  for (let round = -1; round < runs; round++) {
    specs.forEach((spec, i) => {
      spec.before?.();
      const run = runProcess(spec.command, spec.args, spec.cwd);
      spec.check?.(run.result.stdout);
      if (round >= 0) samples[i]?.push(run.ms);
    });
  }
  return specs.map((spec, i) => {
    const s = summarize(samples[i] ?? []);
    progress(`${spec.label}: median ${s.median.toFixed(1)} ms over ${runs} runs`);
    return s;
  });
}

export const TIME_BIN = "/usr/bin/time";

/** One run under GNU time: wall seconds, CPU seconds (user + system, threads included) and peak RSS. */
export interface Usage {
  wallS: number;
  cpuS: number;
  rssMb: number;
}

export function runUsage(spec: ProcessSpec, report: string): Usage {
  spec.before?.();
  rmSync(report, { force: true });
  const run = runProcess(TIME_BIN, ["-f", "%e %U %S %M", "-o", report, spec.command, ...spec.args], spec.cwd);
  spec.check?.(run.result.stdout);
  const last = readFileSync(report, "utf8").trim().split("\n").pop() ?? "";
  const [wall, user, sys, kb] = last.split(" ").map(Number);
  if (![wall, user, sys, kb].every((n) => n !== undefined && Number.isFinite(n)) || !kb) {
    throw new BenchFailure(`${TIME_BIN} gave no usage: ${last}`);
  }
  // GNU time's wall clock has 10 ms steps: ours is finer
  return { wallS: run.ms / 1000, cpuS: (user as number) + (sys as number), rssMb: (kb as number) / 1024 };
}

/** What a reader types to run the same thing: `node` for this Node, paths below the repository or `$TMP`. */
export function shown(spec: Pick<ProcessSpec, "command" | "args">, root: string, tmp: string): string {
  const quote = (a: string): string => (/^[\w./=,$<>:-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  const rel = (a: string): string => a.split(`${root}/`).join("").split(tmp).join("$TMP");
  const command = spec.command === process.execPath ? "node" : spec.command;
  return [command, ...spec.args.map((a) => quote(rel(a)))].join(" ");
}

export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
