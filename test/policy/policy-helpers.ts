import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers.js";

/** A policy file in a fresh folder. */
export function policyFile(yaml: string): string {
  const file = join(tempDir(), "policy.yaml");
  writeFileSync(file, withKind(yaml));
  return file;
}

export const HEAD = "template: customer-service\nrules:\n";

/** Every policy says `kind: policy`; written last, so the lines the cases point at stay where they are written. */
export function withKind(yaml: string): string {
  return /^kind:/m.test(yaml) ? yaml : `${yaml.replace(/\n?$/, "\n")}kind: policy\n`;
}
