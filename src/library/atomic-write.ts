import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { link, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { ToolError } from "../core/errors.js";

/** A file or folder that cannot be written: one line naming it, with what to do; exit code 2. */
export class OutputError extends ToolError {}

const codeOf = (err: unknown): string => String((err as NodeJS.ErrnoException).code ?? "");

/** Why a path cannot be written, in words, with the system's code for whoever searches it. */
function because(err: unknown): string {
  const code = codeOf(err);
  const words: Record<string, string> = {
    EISDIR: "it is a folder",
    ENOTDIR: "a part of its path is a file, not a folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device",
    EDQUOT: "the disk quota is used up",
    ENOENT: "no folder can be made there",
    ENAMETOOLONG: "the name is too long",
  };
  return words[code] ? `${words[code]} (${code})` : err instanceof Error ? err.message : String(err);
}

/**
 * Make a folder and the missing folders above it, one level at a time. `mkdir -p` in Node retries
 * a level the system refuses to make (any folder under /proc) for ever; here the first refusal is
 * the answer. `hint` says what to do (which flag names the path).
 */
export function makeFolder(dir: string, hint = "give -o a folder that can be written to"): void {
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    let isFolder: boolean;
    try {
      isFolder = statSync(at).isDirectory();
    } catch (err) {
      // ENOTDIR: a file further up, which the walk up names
      if (codeOf(err) !== "ENOENT" && codeOf(err) !== "ENOTDIR") throw new OutputError(`cannot write into ${dir}: ${because(err)}: ${hint}`);
      missing.push(at);
      if (dirname(at) === at) break;
      continue;
    }
    if (!isFolder) throw new OutputError(`cannot write into ${dir}: ${at} is a file, not a folder: ${hint}`);
    break;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (err) {
      // made meanwhile by another thread or process of this batch
      if (codeOf(err) === "EEXIST" && statSync(level).isDirectory()) continue;
      throw new OutputError(`cannot write into ${dir}: cannot make the folder ${level}: ${because(err)}: ${hint}`);
    }
  }
}

/**
 * A file about to be written must not be a folder: renaming onto one fails only after the work.
 * Whether it is there already: only a file that is there needs keeping until the others are in.
 */
function existingFile(file: string, hint: string): boolean {
  let isFolder = false;
  try {
    isFolder = statSync(file).isDirectory();
  } catch {
    return false; // a new file
  }
  if (isFolder) throw new OutputError(`cannot write ${file}: it is a folder: ${hint}`);
  return true;
}

/**
 * Write a file whole or not at all: a crash or a full disk never leaves half an agreement
 * where a user would open it. Temporary files that a killed run left in the folder go.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, hint = "give -o a file name in a folder that can be written to"): void {
  makeFolder(dirname(file), hint);
  existingFile(file, hint);
  removeStaleTempFiles(dirname(file));
  const tmp = tempNameBeside(file);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new OutputError(`cannot write ${file}: ${because(err)}: ${hint}`);
  }
}

/** The path of an error, as the failed step names it, else the first file. */
const failedAt = (results: PromiseSettledResult<unknown>[], files: ReadonlyArray<readonly [string, unknown]>): { at: string; err: unknown } | undefined => {
  const i = results.findIndex((r) => r.status === "rejected");
  return i < 0 ? undefined : { at: (files[i] as readonly [string, unknown])[0], err: (results[i] as PromiseRejectedResult).reason };
};

/**
 * Write files that belong together (a deal's .docx and .md) all or none: each is written to a
 * temporary file first, and only when all are whole are they renamed over the final names. If a
 * rename fails, the files already renamed get back what they held (kept by a hard link), or go
 * when they are new. The writing runs on libuv's thread pool: a batch renders its next deal
 * meanwhile. Each step is one round trip to the pool for all the files (write, keep, rename,
 * clean up), as the files do not depend on each other.
 */
export async function writeFilesTogether(files: ReadonlyArray<readonly [string, string | Uint8Array]>, hint = "give -o a folder that can be written to"): Promise<void> {
  for (const folder of new Set(files.map(([file]) => dirname(file)))) makeFolder(folder, hint);
  const existing = files.map(([file]) => existingFile(file, hint));
  const temps = files.map(([file]) => tempNameBeside(file));
  const backups: Array<string | undefined> = [];
  const renamed = new Set<number>();
  try {
    let failed = failedAt(await Promise.allSettled(files.map(([, content], i) => writeFile(temps[i] as string, content))), files);
    if (failed) throw failed;
    backups.push(...(await Promise.all(files.map(([file], i) => (existing[i] ? keepOld(file) : undefined)))));
    const renames = await Promise.allSettled(files.map(([file], i) => rename(temps[i] as string, file).then(() => renamed.add(i))));
    failed = failedAt(renames, files);
    if (failed) throw failed;
  } catch (caught) {
    const { at, err } = caught as { at?: string; err?: unknown };
    await Promise.all(
      [...renamed].map((i) => {
        const [file] = files[i] as readonly [string, unknown];
        const backup = backups[i];
        return (backup ? rename(backup, file) : rm(file, { force: true })).catch(() => undefined);
      }),
    );
    throw new OutputError(`cannot write ${at ?? files[0]?.[0] ?? ""}: ${because(err ?? caught)}: ${hint}`);
  } finally {
    const left = [...temps.filter((_, i) => !renamed.has(i)), ...backups];
    await Promise.all(left.map((t) => (t ? rm(t, { force: true }) : undefined)));
  }
}

/** A hard link to what `file` holds now, to put back if the files cannot all be replaced. */
async function keepOld(file: string): Promise<string | undefined> {
  const backup = tempNameBeside(file);
  try {
    await link(file, backup);
    return backup;
  } catch {
    return undefined; // gone meanwhile, or a file system without hard links: nothing to put back
  }
}

/** How this process's temporary files begin: hidden, and known to {@link removeTempFiles}. */
const tempPrefix = (): string => `.clausewright-${process.pid}-`;
const TEMP_NAME = /^\.clausewright-(\d+)-[\w-]*\.tmp$/;
let tempCount = 0;

/** A hidden name in the same folder, so the rename is atomic; unique across worker threads. */
function tempNameBeside(file: string): string {
  return join(dirname(file), `${tempPrefix()}${threadId}-${++tempCount}.tmp`);
}

/** Is a process of this id running? EPERM: it is, under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return codeOf(err) !== "ESRCH";
  }
}

/**
 * Remove the temporary files that runs killed outright (SIGKILL, a power cut) left in a folder:
 * those of a process that no longer runs. A running process's files are its own business.
 */
export function removeStaleTempFiles(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // not made yet
  }
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? 0);
    // pid 0 would ask about the whole process group
    if (pid > 0 && pid !== process.pid && !isAlive(pid)) rmSync(join(folder, name), { force: true });
  }
}

/**
 * Remove the temporary files this process (any of its threads) left in these folders: a batch
 * stopped with Ctrl-C leaves no half-written file behind, under any name.
 */
export function removeTempFiles(folders: Iterable<string>): void {
  const prefix = tempPrefix();
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // not made yet
    }
    for (const name of names) if (name.startsWith(prefix) && name.endsWith(".tmp")) rmSync(join(folder, name), { force: true });
  }
}
