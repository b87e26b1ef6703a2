// Every article, clause and item of the DOCX carries a Word bookmark named after its id, one per
// language version: `cw_<id>_zh` and `cw_<id>_en`, at the start of the paragraph that Word's
// list numbers (docx-numbering.ts). The references of the agreement are REF fields to them
// (docx-references.ts), and a returned file can be matched clause by clause to the tree that
// produced it. A bookmark is a point, not a span: one that ended after a paragraph's last
// character made LibreOffice break a full last line again, leaving an empty one.
//
// Word's rules for a bookmark's name: it starts with a letter, holds only letters, digits and
// underscores, and has at most 40 characters (a name starting with "_" is a hidden one, which
// Word uses for its own). An id may hold "." and "-" and be of any length, so ids are mapped:
// every other character becomes "_", and an id that is too long, or whose mapped name another
// id of the agreement shares (sla.penalty and sla_penalty), gets a short hash of the id instead
// of its tail. The mapping depends only on the id, except in that case of a shared name.

import { createHash } from "node:crypto";
import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";

const PREFIX = "cw_";
const MAX_NAME = 40;
/** The room for the mapped id: the prefix and the language suffix ("_zh") take the rest. */
const MAX_BASE = MAX_NAME - PREFIX.length - "_zh".length;
const HASH_DIGITS = 8;

function readable(id: string): string {
  return PREFIX + id.replace(/[^A-Za-z0-9_]/g, "_");
}

function hashed(id: string): string {
  const hash = createHash("sha256").update(id).digest("hex").slice(0, HASH_DIGITS);
  return `${readable(id).slice(0, PREFIX.length + MAX_BASE - HASH_DIGITS - 1)}_${hash}`;
}

/**
 * The bookmark base of each id (the name without its language suffix), distinct for distinct
 * ids. Throws if two ids still share a name after hashing, which would take two ids whose
 * hashes agree in their first 32 bits.
 */
export function bookmarkBases(ids: Iterable<string>): Map<string, string> {
  const unique = [...new Set(ids)];
  const byReadable = new Map<string, string[]>();
  for (const id of unique) {
    const name = readable(id);
    byReadable.set(name, [...(byReadable.get(name) ?? []), id]);
  }
  const bases = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const id of unique) {
    const name = readable(id);
    const base = name.length > PREFIX.length + MAX_BASE || (byReadable.get(name)?.length ?? 0) > 1 ? hashed(id) : name;
    const owner = owners.get(base);
    if (owner !== undefined) throw new Error(`docx: the ids "${owner}" and "${id}" give the same bookmark ${base}: rename one of them`);
    owners.set(base, id);
    bases.set(id, base);
  }
  return bases;
}

export function bookmarkName(base: string, lang: Lang): string {
  return `${base}_${lang}`;
}

/** The ids of every article, clause and item, in the order of the agreement. */
export function numberedIds(agreement: Agreement): string[] {
  return agreement.articles.flatMap((article) => [
    article.id,
    ...article.clauses.flatMap((clause) => [
      clause.id,
      ...clause.body.flatMap((element) => (element.type === "item" ? [element.id] : [])),
    ]),
  ]);
}

/**
 * The bookmarks of one document: names from ids, and Word's numeric bookmark ids counted in
 * the order they are written, so the same agreement gives the same XML.
 */
export class Bookmarks {
  private readonly bases: Map<string, string>;
  private readonly written = new Set<string>();
  private next = 0;

  constructor(agreement: Agreement) {
    this.bases = bookmarkBases(numberedIds(agreement));
  }

  /** The name of an id's bookmark in one language, if the agreement has that id. */
  name(id: string, lang: Lang): string | undefined {
    const base = this.bases.get(id);
    return base === undefined ? undefined : bookmarkName(base, lang);
  }

  /**
   * Runs after the bookmark of an id in one language. A name is given once: should a tree hold
   * an id twice, its first occurrence keeps the bookmark, and references lead there.
   */
  mark(id: string, lang: Lang, runs: string): string {
    const name = this.name(id, lang);
    if (name === undefined || this.written.has(name)) return runs;
    this.written.add(name);
    const bookmarkId = this.next++;
    return `<w:bookmarkStart w:id="${bookmarkId}" w:name="${name}"/><w:bookmarkEnd w:id="${bookmarkId}"/>${runs}`;
  }
}
