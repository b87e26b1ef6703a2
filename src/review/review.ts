// review: a returned DOCX read back and set against the agreement rendered from its deal.
// The library gives this stage the expected Agreement tree (it runs the pipeline for the deal,
// as it does for compare); the stage reads the file, matches its clauses by bookmark and
// reports every deviation as a finding.

import type { Agreement } from "../agreement/types.js";
import type { Lang } from "../core/bilingual.js";
import type { Finding } from "../core/finding.js";
import type { LintConfig } from "../lint/config.js";
import type { MessageData } from "../lint/messages.js";
import { LAYOUTS, languagesOf, type Layout } from "../write/layout.js";
import { PROVENANCE } from "../write/provenance.js";
import { bothLanguages } from "./both-languages.js";
import { deviations, type Deviation } from "./deviations.js";
import { readParagraphs, type DocParagraph } from "./document-xml.js";
import { customProperties, docxParts } from "./docx-parts.js";
import { expectedClauses, type ExpectedClause } from "./expected.js";
import { expectedFront, hasFrontMatter, returnedFront } from "./front-matter.js";
import { ToolError } from "../core/errors.js";
import { alignedClauses } from "./align.js";
import { layoutOfText } from "./align-region.js";
import { alignmentFinding } from "./align-report.js";
import { hasClauseBookmarks, returnedClauses, type ReturnedClauses } from "./returned.js";
import { DEAL_MISMATCH } from "./rules.js";
import { deviationFindings, reviewFinding } from "./findings.js";

/** What the returned file records of what produced it (its custom document properties). */
export interface Provenance {
  template?: string;
  templateVersion?: string;
  layout?: string;
  dealHash?: string;
}

export interface ReviewInput {
  /** The returned file's name, for findings and messages. */
  file: string;
  bytes: Uint8Array;
  /** The agreement as rendered from the deal: what the file should say. */
  expected: Agreement;
  /** The deal's file, as messages name it. */
  dealFile: string;
  config?: LintConfig;
}

export interface Review {
  findings: Finding[];
  deviations: Deviation[];
  provenance: Provenance;
  /** The layout the file is in: recorded in it, or seen from where its bookmarks are (or its languages, without them). */
  layout: Layout;
  /** The expected pieces the file was compared with: its front matter (where it could be read) and every clause. */
  compared: ExpectedClause[];
  /** Whether its clauses were matched by bookmark, or aligned without them (by number, heading and text). */
  matched: "bookmarks" | "aligned";
}

function provenanceOf(properties: Map<string, string>): Provenance {
  const out: Provenance = {};
  for (const key of ["template", "templateVersion", "layout", "dealHash"] as const) {
    const value = properties.get(PROVENANCE[key]);
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

/** The recorded layout; failing that, parallel when the clauses' bookmarks stand in a table, else by their languages. */
function layoutOf(provenance: Provenance, paragraphs: readonly DocParagraph[]): Layout {
  const recorded = LAYOUTS.find((l) => l === provenance.layout);
  if (recorded) return recorded;
  if (!hasClauseBookmarks(paragraphs)) return layoutOfText(paragraphs);
  const marked = paragraphs.filter((p) => p.bookmarks.some((b) => /^cw_\w+_(zh|en)$/.test(b)));
  if (marked.some((p) => p.cell !== undefined)) return "parallel";
  const langs = new Set(marked.flatMap((p) => p.bookmarks.map((b) => /_(zh|en)$/.exec(b)?.[1] as Lang | undefined)));
  return langs.has("zh") && langs.has("en") ? "stacked" : langs.has("en") ? "en" : "zh";
}

/** The findings about what produced the file: another template, other values, or no record at all. */
function provenanceFindings(input: ReviewInput, provenance: Provenance): Finding[] {
  const { expected, file, dealFile, config } = input;
  const found = (messageId: string, data: MessageData): Finding[] => {
    const finding = reviewFinding(DEAL_MISMATCH, messageId, data, { file, paragraph: 1 }, config);
    return finding ? [finding] : [];
  };
  if (provenance.template === undefined) return found("noProvenance", { deal: dealFile });
  const wanted = `${expected.templateId} ${expected.templateVersion}`;
  const recorded = `${provenance.template} ${provenance.templateVersion ?? ""}`.trim();
  if (recorded !== wanted) return found("template", { found: recorded, expected: wanted, deal: dealFile });
  if (expected.dealHash !== undefined && provenance.dealHash !== expected.dealHash) return found("hash", { deal: dealFile });
  return [];
}

/** A file without bookmarks whose text places under a quarter of the clauses is another document: all deleted would be no report. */
function refuseUnaligned(clauses: ReturnedClauses, expected: readonly ExpectedClause[], langs: readonly Lang[], file: string): void {
  const placed = Math.max(...langs.map((lang) => clauses[lang].filter((c) => c.base !== undefined).length));
  if (placed * 4 >= expected.length) return;
  throw new ToolError(
    `${file}: the file has none of the clause bookmarks clausewright writes (cw_…_zh, cw_…_en), and its text matches only ${placed} of the agreement's ${expected.length} clauses: it does not seem to be this deal's agreement; give the returned file of the agreement rendered from --deal`,
  );
}

/**
 * The returned file's clauses in both views: by their bookmarks, or, in a file without any,
 * aligned by number, heading and text (the redline can take them from here too).
 */
export function returnedViews(
  parts: { paragraphs: readonly DocParagraph[]; numbering?: string },
  file: string,
  expected: readonly ExpectedClause[],
  layout: Layout,
): { views: Record<"accepted" | "original", ReturnedClauses>; bookmarked: boolean } {
  const { paragraphs } = parts;
  if (hasClauseBookmarks(paragraphs)) {
    return { views: { accepted: returnedClauses(paragraphs, "accepted", file), original: returnedClauses(paragraphs, "original", file) }, bookmarked: true };
  }
  const align = { paragraphs, expected, layout, ...(parts.numbering !== undefined ? { numbering: parts.numbering } : {}) };
  const views = { accepted: alignedClauses(align, "accepted"), original: alignedClauses(align, "original") };
  refuseUnaligned(views.accepted, expected, languagesOf(layout), file);
  return { views, bookmarked: false };
}

/** Reads a returned DOCX and reports how it deviates from the expected agreement. */
export function reviewDocx(input: ReviewInput): Review {
  const parts = docxParts(input.bytes, input.file);
  const provenance = provenanceOf(customProperties(parts.custom, input.file));
  const paragraphs = readParagraphs(parts.document, input.file);
  const layout = layoutOf(provenance, paragraphs);
  const langs = languagesOf(layout);
  const expected = expectedClauses(input.expected);
  const read = { paragraphs, ...(parts.numbering !== undefined ? { numbering: parts.numbering } : {}) };
  const { views, bookmarked } = returnedViews(read, input.file, expected, layout);
  // the front matter (title, number, parties, preamble) where the file keeps the writer's styles for it
  const front = hasFrontMatter(paragraphs) ? expectedFront(input.expected) : [];
  const frontViews = { accepted: returnedFront(paragraphs, front, "accepted"), original: returnedFront(paragraphs, front, "original") };
  const perLanguage = [...deviations(front, frontViews, langs), ...deviations(expected, views, langs)];
  const found = [...perLanguage, ...bothLanguages(perLanguage, langs)].sort((a, b) => a.paragraph - b.paragraph);
  const aligned = bookmarked ? undefined : alignmentFinding(views.accepted, expected, langs, input.file, input.config);
  return {
    findings: [...provenanceFindings(input, provenance), ...(aligned ? [aligned] : []), ...deviationFindings(found, input.file, input.config)],
    deviations: found,
    provenance,
    layout,
    compared: [...front, ...expected],
    matched: bookmarked ? "bookmarks" : "aligned",
  };
}
