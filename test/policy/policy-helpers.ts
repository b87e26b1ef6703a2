import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers.js";

/** A policy file in a fresh folder. */
export function policyFile(yaml: string): string {
  const file = join(tempDir(), "policy.yaml");
  writeFileSync(file, yaml);
  return file;
}

export const HEAD = "template: customer-service\nrules:\n";
