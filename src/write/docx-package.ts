// The DOCX package around the body: the parts that do not depend on the clauses (styles,
// numbering, settings, font table, theme, content types, relationships, header, footer,
// document properties), made once per template and layout and kept. The docx library makes
// them (docx-skeleton.ts), at build time for the bundled templates (dist/precompiled): a render
// of one of those reads the stored parts and never loads the library.

import { loadPrecompiledJson } from "../package/precompiled.js";
import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import { escapeXml } from "./docx-xml.js";
import { withoutTimestamps } from "./docx-zip.js";
import type { Layout } from "./layout.js";
import { PROVENANCE } from "./provenance.js";

/** What the fixed parts depend on: everything of the agreement but its parties and clauses. */
export interface FixedPartsInput {
  layout: Layout;
  langs: readonly Lang[];
  fonts: Agreement["fonts"];
  title: Agreement["title"];
  templateId: string;
  templateVersion: string;
  prevailing: Agreement["prevailing"];
}

// Stands for the subject (the parties' names) in the fixed core properties, so that one
// compilation serves every deal of a template.
const SUBJECT_MARK = "clausewright-subject-a8d3f1";
const SUBJECT_ELEMENT = `<dc:subject>${SUBJECT_MARK}</dc:subject>`;

// Stands for the hash of the deal's values in the custom properties, for the same reason.
const DEAL_HASH_MARK = "clausewright-deal-hash-5c07e2";

export { PROVENANCE };

/** What stands for the deal's own values in the fixed parts (docx-skeleton.ts writes them). */
export interface SkeletonMarks {
  subject: string;
  dealHash: string;
}

const MARKS: SkeletonMarks = { subject: SUBJECT_MARK, dealHash: DEAL_HASH_MARK };

const DEAL_HASH_PROPERTY = new RegExp(`<property [^>]*name="${PROVENANCE.dealHash}"><vt:lpwstr>${DEAL_HASH_MARK}</vt:lpwstr></property>`);

const DOCUMENT_PART = "word/document.xml";
const CORE_PART = "docProps/core.xml";
const CUSTOM_PART = "docProps/custom.xml";
const NUMBERING_PART = "word/numbering.xml";
const BODY_START = "<w:body>";

export interface FixedParts {
  /** Every part but word/document.xml, as compiled by the docx library. */
  parts: Map<string, string>;
  /** word/document.xml up to and including <w:body>. */
  documentStart: string;
  /** word/document.xml from the section properties on. */
  documentEnd: string;
}

const COMPILED = new Map<string, FixedParts>();
const CACHE_SIZE = 32;

/** What the fixed parts are stored under: everything they depend on. */
export function skeletonKey(input: FixedPartsInput): string {
  return JSON.stringify([input.layout, input.fonts, input.title, input.templateId, input.templateVersion, input.prevailing]);
}

/**
 * The package without the agreement's body, and word/document.xml with an empty body but for
 * its section properties (page size and margins, header and footer references), as the docx
 * library makes them from a Document with no children. Only the body is written as XML
 * (docx-xml.ts), because the library's formatting of every paragraph and run object cost about
 * 13 ms per agreement.
 */
export async function compileFixedParts(input: FixedPartsInput): Promise<FixedParts> {
  const { librarySkeleton } = await import("./docx-skeleton.js");
  const parts = await librarySkeleton(input, MARKS);
  const documentXml = parts.get(DOCUMENT_PART) ?? "";
  const bodyStart = documentXml.indexOf(BODY_START);
  const sectionStart = documentXml.indexOf("<w:sectPr", bodyStart);
  const core = parts.get(CORE_PART) ?? "";
  const custom = parts.get(CUSTOM_PART) ?? "";
  if (
    bodyStart < 0 ||
    sectionStart !== bodyStart + BODY_START.length ||
    !core.includes(SUBJECT_ELEMENT) ||
    !DEAL_HASH_PROPERTY.test(custom)
  ) {
    throw new Error("docx: the library's document.xml, core.xml or custom.xml is not as expected");
  }
  parts.delete(DOCUMENT_PART);
  parts.set(CORE_PART, withoutTimestamps(core));
  return { parts, documentStart: documentXml.slice(0, sectionStart), documentEnd: documentXml.slice(sectionStart) };
}

/** Fixed parts as dist/precompiled stores them (JSON). */
export interface StoredSkeleton {
  parts: Array<[string, string]>;
  documentStart: string;
  documentEnd: string;
}

export function storedSkeleton(fixed: FixedParts): StoredSkeleton {
  return { parts: [...fixed.parts], documentStart: fixed.documentStart, documentEnd: fixed.documentEnd };
}

/**
 * The fixed parts for a template and layout: kept from an earlier deal, stored by the build, or
 * compiled by the docx library now (a template of the user's own, or one changed since the build).
 */
export async function fixedParts(input: FixedPartsInput): Promise<FixedParts> {
  const key = skeletonKey(input);
  const cached = COMPILED.get(key);
  if (cached) return cached;
  const stored = loadPrecompiledJson<StoredSkeleton>("skeleton", key);
  const built: FixedParts = stored
    ? { parts: new Map(stored.parts), documentStart: stored.documentStart, documentEnd: stored.documentEnd }
    : await compileFixedParts(input);
  if (COMPILED.size >= CACHE_SIZE) {
    const [oldest] = COMPILED.keys();
    if (oldest !== undefined) COMPILED.delete(oldest);
  }
  COMPILED.set(key, built);
  return built;
}

/** What varies from deal to deal in the package: the subject (the parties), the hash and the body. */
export interface DealParts {
  subject: string;
  /** The deal values' hash, when the agreement was built from a deal. */
  dealHash: string | undefined;
  /** The body's paragraphs and tables, without the section properties. */
  body: string;
  /** word/numbering.xml: the lists of the agreement's articles (the library's holds its default bullets only). */
  numbering: string;
}

/** Every part of the package, the fixed ones with the deal's own filled in. */
export function packageParts(fixed: FixedParts, deal: DealParts): Map<string, Uint8Array | string> {
  const core = (fixed.parts.get(CORE_PART) ?? "").replace(
    SUBJECT_ELEMENT,
    // The library leaves out an empty subject.
    () => (deal.subject === "" ? "" : `<dc:subject>${escapeXml(deal.subject)}</dc:subject>`),
  );
  const custom = (fixed.parts.get(CUSTOM_PART) ?? "").replace(DEAL_HASH_PROPERTY, (property) =>
    deal.dealHash === undefined ? "" : property.replace(DEAL_HASH_MARK, () => escapeXml(deal.dealHash ?? "")),
  );
  const all = new Map<string, Uint8Array | string>(fixed.parts);
  all.set(CORE_PART, core);
  all.set(CUSTOM_PART, custom);
  all.set(NUMBERING_PART, deal.numbering);
  all.set(DOCUMENT_PART, fixed.documentStart + deal.body + fixed.documentEnd);
  return all;
}
