import { existsSync } from "node:fs";
import { dirname, relative } from "node:path";
import { ToolError } from "../core/errors.js";
import { writeDealSkeleton } from "../template/skeleton.js";
import { loadTemplate } from "../template/template.js";
import { writeFileAtomic } from "./atomic-write.js";

export interface InitOptions {
  /** Where to write the deal (default `<template>.yaml`). */
  out?: string;
  /** Overwrite an existing file. */
  force?: boolean;
  templates?: readonly string[];
}

/** The text of a new deal for a template: every field, commented with both labels and an example. */
export function dealSkeleton(templateId: string, options: { schemaRef?: string; templates?: readonly string[] } = {}): string {
  const template = loadTemplate(templateId, options.templates);
  return writeDealSkeleton(template, options.schemaRef ?? template.schemaFile);
}

/** Write a new deal for a template; never over an existing file unless `force`. Returns the file. */
export function init(templateId: string, options: InitOptions = {}): { file: string } {
  const out = options.out ?? `${templateId}.yaml`;
  if (existsSync(out) && !options.force) throw new ToolError(`${out} already exists: choose another name with -o, or overwrite it with --force`);
  const template = loadTemplate(templateId, options.templates);
  // the editor finds the schema from the deal's folder
  const schemaRef = relative(dirname(out) || ".", template.schemaFile).split("\\").join("/");
  writeFileAtomic(out, writeDealSkeleton(template, schemaRef));
  return { file: out };
}
