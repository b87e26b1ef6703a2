import type { Bilingual } from "../core/bilingual.js";
import { listTemplateIds, loadTemplate } from "../template/template.js";

export interface TemplateInfo {
  id: string;
  version: string;
  title: Bilingual<string>;
}

/** The bundled templates, in id order. */
export function listTemplates(): TemplateInfo[] {
  return listTemplateIds().map((id) => {
    const t = loadTemplate(id);
    return { id: t.id, version: t.manifest.version, title: t.manifest.title };
  });
}
