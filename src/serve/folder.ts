// The one folder the web app serves: every path a request names is resolved here, and nothing
// outside the folder is read or written, whatever `..`, absolute paths or symbolic links say.

import { lstatSync, readdirSync, realpathSync, type Dirent } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** A request for a path the app will not touch: answered 403 with this message. */
export class RefusedPath extends Error {}

const DEAL_NAME = /\.ya?ml$/i;

export class DealFolder {
  /** The folder as the disk knows it (symbolic links resolved), so every check compares like with like. */
  readonly root: string;

  constructor(folder: string) {
    this.root = realpathSync(resolve(folder));
  }

  /**
   * The absolute path of a deal the page names (relative to the folder, `/` between parts), or a
   * RefusedPath: not a YAML file, outside the folder, or reached through a link that leaves it.
   * For a file that is to be written, its folder must exist inside, and the file must not be a link
   * (an atomic write would replace the link, not the file it points to).
   */
  resolve(name: unknown, purpose: "read" | "write"): string {
    if (typeof name !== "string" || name === "" || name.includes("\0")) throw new RefusedPath("give a deal file's path relative to the folder");
    if (isAbsolute(name) || /^[a-zA-Z]:/.test(name)) throw new RefusedPath(`${name}: give a path relative to the folder, not an absolute one`);
    if (!DEAL_NAME.test(name)) throw new RefusedPath(`${name}: only deal files (.yaml, .yml) are opened`);
    const file = resolve(this.root, name);
    if (!this.inside(file)) throw new RefusedPath(`${name} is outside the folder the app serves`);
    const real = this.realOf(file);
    if (real !== undefined && !this.inside(real)) throw new RefusedPath(`${name} is a link to a file outside the folder the app serves`);
    if (purpose === "write") {
      const parent = this.realOf(dirname(file));
      if (parent === undefined || !this.inside(parent)) throw new RefusedPath(`${name}: its folder is not inside the folder the app serves`);
      if (isLink(file)) throw new RefusedPath(`${name} is a symbolic link: saving would replace the link; edit the file it points to`);
      return join(parent, basename(file));
    }
    if (real === undefined) throw new RefusedPath(`${name} does not exist in the folder`);
    return real;
  }

  /** The path the page shows for a file of the folder. */
  nameOf(file: string): string {
    return relative(this.root, file).split(sep).join("/");
  }

  /**
   * The deal files of the folder and its subfolders, sorted; hidden folders and node_modules are
   * left out, and a link is followed only when it stays inside.
   */
  dealFiles(): string[] {
    const out: string[] = [];
    const walk = (dir: string): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return; // a folder we may not read is not ours to list
      }
      for (const e of entries) {
        if (e.name.startsWith(".") || e.name === "node_modules") continue;
        const path = join(dir, e.name);
        if (e.isSymbolicLink()) {
          const real = this.realOf(path);
          if (real === undefined || !this.inside(real)) continue;
          if (DEAL_NAME.test(e.name) && !lstatSync(real).isDirectory()) out.push(path);
        } else if (e.isDirectory()) walk(path);
        else if (e.isFile() && DEAL_NAME.test(e.name)) out.push(path);
      }
    };
    walk(this.root);
    return out.sort();
  }

  private inside(path: string): boolean {
    const rel = relative(this.root, path);
    return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  }

  private realOf(path: string): string | undefined {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
