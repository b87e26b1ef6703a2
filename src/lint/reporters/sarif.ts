import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Bilingual } from "../../core/bilingual.js";
import { sortFindings, type Severity } from "../../core/finding.js";
import { docsUrl } from "../rule.js";
import type { LintResult, ReporterOptions } from "./types.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/clausewright/clausewright";
const SRCROOT = "%SRCROOT%";

/* The parts of SARIF 2.1.0 this reporter writes (the spec has many more, all optional). */

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help?: { text: string; markdown?: string };
  defaultConfiguration?: { level: "error" | "warning" };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning";
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: SarifArtifactLocation;
      region: { startLine: number; startColumn: number };
    };
  }[];
  /** Both languages of the message, and the deal field and clause the finding is about. */
  properties: { message: Bilingual<string>; path?: string; clause?: string };
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: [
    {
      tool: { driver: { name: string; version: string; informationUri: string; rules: SarifReportingDescriptor[] } };
      originalUriBaseIds: Record<string, { uri: string }>;
      artifacts: { location: SarifArtifactLocation; roles?: "analysisTarget"[] }[];
      results: SarifResult[];
      columnKind: "utf16CodeUnits";
    },
  ];
}

/** `missing-value` → `MissingValue`: SARIF's `name` is an identifier-like form of the id. */
export function pascalCase(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

const level = (s: Severity): "error" | "warning" => (s === "error" ? "error" : "warning");

/**
 * Where a file is, as SARIF wants it: relative to `%SRCROOT%` (the working directory) with
 * forward slashes and each segment percent-encoded, or, for a file outside it, a `file:` URI.
 */
export function artifactLocation(file: string, cwd: string): SarifArtifactLocation {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function descriptor(rule: ReporterOptions["rules"][number]): SarifReportingDescriptor {
  const { en, zh } = rule.description;
  const url = docsUrl(rule.id);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: en },
    fullDescription: { text: `${en} / ${zh}` },
    helpUri: url,
    help: { text: `${en}\n${zh}\n${url}`, markdown: `${en}\n\n${zh}\n\n[${rule.id}](${url})` },
    defaultConfiguration: { level: level(rule.defaultSeverity) },
  };
}

/**
 * The SARIF 2.1.0 log of one lint run: every rule in `tool.driver.rules` (plus, after them, any
 * rule id a finding has that is not a rule, such as `yaml-syntax`), every file in `artifacts`
 * (the linted ones with the role `analysisTarget`), one result per finding.
 */
export function sarifLog(results: readonly LintResult[], options: ReporterOptions): SarifLog {
  const rules = options.rules.map(descriptor);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i] as const));
  const indexOfRule = (id: string): number => {
    const known = ruleIndex.get(id);
    if (known !== undefined) return known;
    rules.push({ id, name: pascalCase(id) });
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };

  const artifacts: SarifLog["runs"][0]["artifacts"] = [];
  const artifactIndex = new Map<string, number>();
  const indexOfArtifact = (file: string, target: boolean): SarifArtifactLocation => {
    const location = artifactLocation(file, options.cwd);
    let index = artifactIndex.get(location.uri);
    if (index === undefined) {
      index = artifacts.push({ location, ...(target ? { roles: ["analysisTarget" as const] } : {}) }) - 1;
      artifactIndex.set(location.uri, index);
    } else if (target) {
      const artifact = artifacts[index];
      if (artifact && !artifact.roles) artifact.roles = ["analysisTarget"];
    }
    return { ...location, index };
  };

  for (const r of results) indexOfArtifact(r.filePath, true);
  const out: SarifResult[] = [];
  for (const r of results) {
    for (const f of sortFindings(r.findings)) {
      out.push({
        ruleId: f.ruleId,
        ruleIndex: indexOfRule(f.ruleId),
        level: level(f.severity),
        message: { text: f.message[options.lang] },
        locations: [
          {
            physicalLocation: {
              artifactLocation: indexOfArtifact(f.file, false),
              region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
            },
          },
        ],
        properties: {
          message: { en: f.message.en, zh: f.message.zh },
          ...(f.path !== undefined ? { path: f.path } : {}),
          ...(f.clause !== undefined ? { clause: f.clause } : {}),
        },
      });
    }
  }

  const root = pathToFileURL(resolve(options.cwd)).href;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "clausewright", version: options.toolVersion, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith("/") ? root : `${root}/` } },
        artifacts,
        results: out,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

/** `--format sarif`: the SARIF log, indented, for code-scanning uploads. */
export function formatSarif(results: LintResult[], options: ReporterOptions): string {
  return JSON.stringify(sarifLog(results, options), null, 2);
}
