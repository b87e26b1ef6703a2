import type { Bilingual } from "../core/bilingual.js";

/**
 * What a YAML file of clausewright's is. A deal needs no marker (deal files are what users write
 * most); every other kind says `kind: <name>` at its top, and its schema requires it, so a
 * policy is never linted, rendered or compared as a deal.
 */
export const FILE_KINDS = ["deal", "policy", "config"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const KIND_NAMES: Record<FileKind, Bilingual<string>> = {
  deal: { en: "deal", zh: "交易文件" },
  policy: { en: "procurement policy", zh: "采购政策" },
  config: { en: "lint config", zh: "检查配置" },
};

/** The kind a file's top-level mapping declares; `undefined` for a `kind` that is no kind of ours. */
export function fileKindOf(data: Record<string, unknown>): FileKind | undefined {
  if (!("kind" in data) || data.kind === null || data.kind === undefined) return "deal";
  return (FILE_KINDS as readonly unknown[]).includes(data.kind) ? (data.kind as FileKind) : undefined;
}
