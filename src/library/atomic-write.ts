import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Write a file whole or not at all: a crash or a full disk never leaves half an agreement
 * where a user would open it.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempNameBeside(file);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * {@link writeFileAtomic} on libuv's thread pool: a batch renders the next deal while the disk
 * creates this one's files (creating a file took up to a millisecond on the machines we measure).
 */
export async function writeFileAtomicAsync(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempNameBeside(file);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** How this process's temporary files begin: hidden, and known to {@link removeTempFiles}. */
const tempPrefix = (): string => `.clausewright-${process.pid}-`;

/** A hidden name in the same folder, so the rename is atomic; unique across worker threads. */
function tempNameBeside(file: string): string {
  return join(dirname(file), `${tempPrefix()}${Math.random().toString(36).slice(2)}.tmp`);
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
