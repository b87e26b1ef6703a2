// What a deal file may hold. A deal is a few kilobytes of YAML, five levels deep: these limits are
// far above any deal and far below what would make the tool spin or run out of memory. A file past
// one is refused with a message that names the limit (docs/limits.md lists them).

export const LIMITS = {
  /** Bytes of a deal file (or of a deal's text given on stdin). */
  fileBytes: 1024 * 1024,
  /** Levels of nested mappings and lists. */
  depth: 32,
  /** Keys and values in one deal, counted over the whole document. */
  nodes: 20_000,
  /** Aliases (`*name`) in one deal; each one is also limited in how much it may expand. */
  aliases: 100,
} as const;

/**
 * What `scaffold` reads: a contract as .txt, .md or .docx. A DOCX is a zip whose text sits in
 * word/document.xml; a small zip can inflate to gigabytes, so the sizes its directory declares
 * are checked before anything is inflated.
 */
export const DOCUMENT_LIMITS = {
  /** Bytes of the document file as it lies on disk (a DOCX with its images). */
  fileBytes: 50 * 1024 * 1024,
  /** Bytes of word/document.xml once unzipped: a contract of a thousand pages has some 10 MiB. */
  documentXmlBytes: 32 * 1024 * 1024,
  /** Bytes of every part of the DOCX once unzipped. */
  unzippedBytes: 256 * 1024 * 1024,
} as const;

/** 1048576 → "1 MiB", 20000 → "20,000": a limit as a message names it. */
export function shownLimit(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}
