import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Bilingual } from "../../core/bilingual.js";
import { sortFindings, type Finding, type Severity } from "../../core/finding.js";
import { docsUrl } from "../rule.js";
import type { LintResult, ReporterOptions } from "./types.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/clausewright/clausewright";
const SRCROOT = "%SRCROOT%";
/** The run's category for code-scanning dashboards (GitHub: the part before the last `/`). */
export const AUTOMATION_ID = "clausewright/lint/";
export const REVIEW_AUTOMATION_ID = "clausewright/review/";
/** The key of our fingerprint in `partialFingerprints`; the version changes if the recipe does. */
export const FINGERPRINT_KEY = "clausewright/v1";

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

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning";
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: SarifArtifactLocation;
      region: SarifRegion;
    };
  }[];
  /** Follows a finding across commits: see fingerprint(). */
  partialFingerprints: Record<string, string>;
  /** Both languages of the message, and the deal field and clause the finding is about. */
  properties: { message: Bilingual<string>; path?: string; clause?: string };
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: [
    {
      tool: { driver: { name: string; fullName: string; version: string; informationUri: string; rules: SarifReportingDescriptor[] } };
      automationDetails: { id: string; description: { text: string } };
      originalUriBaseIds: Record<string, { uri: string }>;
      artifacts: { location: SarifArtifactLocation; roles?: "analysisTarget"[] }[];
      results: SarifResult[];
      columnKind: "utf16CodeUnits";
    },
  ];
}

/** `missing-value` → `MissingValue`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/**
 * A rule's SARIF `name`: an identifier a reader understands, which must differ from the id even
 * ignoring case (SARIF §3.49.7; the multitool's SARIF1001). `missing-value` → `MissingValue`; a
 * one-word id gets a suffix: `schema` → `SchemaRule`.
 */
export function ruleName(id: string): string {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}

/** Where the finding is: its start, and its end when it has one that lies after the start. */
export function region(f: Pick<Finding, "line" | "column" | "endLine" | "endColumn">): SarifRegion {
  const start = { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) };
  if (f.endLine === undefined || f.endColumn === undefined) return start;
  const after = f.endLine > start.startLine || (f.endLine === start.startLine && f.endColumn > start.startColumn);
  return after ? { ...start, endLine: f.endLine, endColumn: f.endColumn } : start;
}

/**
 * What identifies a finding apart from where it is: the rule, the file (as SARIF names it,
 * relative to the repository) and the deal field, or the message's key, or, for a finding about
 * no field (a template's text), its English message. Never the line: an alert must stay the same
 * alert when lines are added above it.
 */
function identity(f: Finding, uri: string): string {
  return [f.ruleId, uri, f.path ?? "", f.messageId ?? (f.path === undefined ? f.message.en : "")].join("\u0000");
}

/**
 * The fingerprint of each finding, for `partialFingerprints`: a hash of its identity, and, when
 * several findings of a run share one (one rule, one field, twice), `:2`, `:3` … in the order of
 * the report, as GitHub numbers the occurrences of one line hash.
 */
function fingerprints(identities: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return identities.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const hash = createHash("sha256").update(id).digest("hex").slice(0, 32);
    return n === 1 ? hash : `${hash}:${n}`;
  });
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
  const url = rule.docs ?? docsUrl(rule.id);
  return {
    id: rule.id,
    name: ruleName(rule.id),
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
    rules.push({ id, name: ruleName(id) });
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
  const identities: string[] = [];
  for (const r of results) {
    for (const f of sortFindings(r.findings)) {
      const artifactLocation = indexOfArtifact(f.file, false);
      identities.push(identity(f, artifactLocation.uri));
      out.push({
        ruleId: f.ruleId,
        ruleIndex: indexOfRule(f.ruleId),
        level: level(f.severity),
        message: { text: f.message[options.lang] },
        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
        partialFingerprints: {},
        properties: {
          message: { en: f.message.en, zh: f.message.zh },
          ...(f.path !== undefined ? { path: f.path } : {}),
          ...(f.clause !== undefined ? { clause: f.clause } : {}),
        },
      });
    }
  }
  fingerprints(identities).forEach((hash, i) => {
    const result = out[i];
    if (result) result.partialFingerprints = { [FINGERPRINT_KEY]: hash };
  });

  const root = pathToFileURL(resolve(options.cwd)).href;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "clausewright", fullName: `clausewright ${options.toolVersion}`, version: options.toolVersion, informationUri: INFORMATION_URI, rules },
        },
        automationDetails: options.job === "review"
          ? { id: REVIEW_AUTOMATION_ID, description: { text: "clausewright review: returned agreements checked against the deals that produced them" } }
          : { id: AUTOMATION_ID, description: { text: "clausewright lint: deal files checked against their templates' rules" } },
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
