// Same input, same bytes. The docx library stamps the time of packing into
// docProps/core.xml and into every zip entry's header; this rewrites the package without
// either, so two renders of one agreement are byte-identical on any machine.

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

// fflate writes an entry's DOS date and time from the Date's local-time fields, so a Date
// built from local-time fields comes out as the same bytes in every time zone. Noon, so
// that no daylight-saving change at midnight can move it to another day.
const ENTRY_TIME = (): Date => new Date(1980, 0, 1, 12, 0, 0);

const CORE_PROPERTIES = "docProps/core.xml";

/** OPC readers look for the content types first; the rest in code-point order. */
function entryOrder(a: string, b: string): number {
  const rank = (name: string): number => (name === "[Content_Types].xml" ? 0 : name === "_rels/.rels" ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The creation and modification dates are the clock; a document without them is valid. */
export function withoutTimestamps(coreXml: string): string {
  return coreXml.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, "");
}

function zipParts(parts: Iterable<[string, Uint8Array | string]>): Uint8Array {
  const out: Zippable = {};
  const mtime = ENTRY_TIME();
  const byName = new Map(parts);
  for (const name of [...byName.keys()].sort(entryOrder)) {
    const raw = byName.get(name);
    if (raw === undefined) continue;
    let data = typeof raw === "string" ? strToU8(raw) : raw;
    if (name === CORE_PROPERTIES) data = strToU8(withoutTimestamps(strFromU8(data)));
    out[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(out);
}

export function repackDeterministically(packed: Uint8Array): Uint8Array {
  return zipParts(Object.entries(unzipSync(packed)));
}

interface PartsCompiler {
  compile(document: unknown): Map<string, Uint8Array | string>;
}

/**
 * The document's parts zipped once, with fixed dates. The docx library's packer zips with
 * the clock; its compiler (the step before zipping) gives the parts themselves, which saves
 * deflating everything twice and inflating it once. The version of docx is pinned; should the
 * compiler not be there, the packed file is rewritten instead.
 */
export async function packDeterministically(document: unknown, packer: { toBuffer(d: never): Promise<Uint8Array> }): Promise<Uint8Array> {
  const compiler = (packer as unknown as { compiler?: PartsCompiler }).compiler;
  if (compiler && typeof compiler.compile === "function") return zipParts(compiler.compile(document));
  return repackDeterministically(await packer.toBuffer(document as never));
}
