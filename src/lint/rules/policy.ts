import { statSync } from "node:fs";
import { resolve } from "node:path";
import { ToolError } from "../../core/errors.js";
import { breachMessage, policyBreaches } from "../../policy/breaches.js";
import { readPolicyFile, resolvePolicy, type Policy, type PolicyFile } from "../../policy/policy.js";
import type { Template } from "../../template/template.js";
import type { Rule } from "../rule.js";

// A lint run reads the policy once for all its deals, and again only when the file changes.
const files = new Map<string, { stamp: string; policy: PolicyFile; resolved: Map<Template, Policy> }>();

function policyFor(file: string, template: Template): { policy: PolicyFile; resolved?: Policy } {
  const path = resolve(file);
  let stamp = "";
  try {
    const s = statSync(path);
    stamp = `${s.mtimeMs}:${s.size}`;
  } catch {
    // readPolicyFile says why it cannot be read
  }
  let entry = files.get(path);
  if (!entry || entry.stamp !== stamp) {
    entry = { stamp, policy: readPolicyFile(file), resolved: new Map() };
    files.set(path, entry);
  }
  if (entry.policy.template !== template.id) return { policy: entry.policy };
  let resolved = entry.resolved.get(template);
  if (!resolved) {
    resolved = resolvePolicy(entry.policy, template);
    entry.resolved.set(template, resolved);
  }
  return { policy: entry.policy, resolved };
}

export const policyRule: Rule<"otherTemplate" | "breach"> = {
  id: "policy",
  defaultSeverity: "error",
  description: {
    en: "A value that breaks the procurement policy given with `lint --policy <file>`: above a max, below a min, not one of the values allowed, or a required field left out. Each policy rule sets its own severity.",
    zh: "违反 `lint --policy <文件>` 所给采购政策的值：高于上限、低于下限、不在允许的取值之中，或未填写政策要求的字段。每条政策规则自定严重程度。",
  },
  messages: {
    otherTemplate: {
      en: "The policy {{file}} is for template `{{policyTemplate}}` and this deal is for `{{template}}`: the deal is not checked against it.",
      zh: "政策 {{file}} 适用于模板 `{{policyTemplate}}`，而本交易文件使用模板 `{{template}}`：未按该政策检查。",
    },
    // The policy stage words a breach (the policy rule's own message, the field, the value and
    // the policy's line), for lint and compare alike: the rule passes it on as it is.
    breach: { en: "{{breach}}", zh: "{{breach}}" },
  },
  lint(ctx) {
    const file = ctx.options.file;
    if (file === undefined) return;
    if (typeof file !== "string" || file.trim() === "") throw new ToolError("the policy rule's option `file` must be the path of a policy YAML file");
    const { policy, resolved } = policyFor(file, ctx.template);
    if (!resolved) {
      ctx.report({
        messageId: "otherTemplate",
        data: { file, policyTemplate: policy.template, template: ctx.template.id },
        path: "template",
        severity: "warning",
      });
      return;
    }
    for (const breach of policyBreaches(resolved, ctx.data)) {
      const clause = ctx.tree.clauseOf(breach.field);
      ctx.report({
        path: breach.path,
        // a required field that is left out: at its key, or its parent's, where it is to be written
        ...(breach.value === undefined ? { at: "key" as const } : {}),
        severity: breach.severity,
        ...(clause ? { clause } : {}),
        messageId: "breach",
        data: { breach: breachMessage(resolved, breach) },
      });
    }
  },
};
