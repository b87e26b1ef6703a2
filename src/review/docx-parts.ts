// The parts of a returned DOCX that review reads: the body (word/document.xml) and the custom
// document properties (docProps/custom.xml), where the writer records what produced the file.

import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { ToolError } from "../core/errors.js";

const DOCUMENT = "word/document.xml";
const CUSTOM = "docProps/custom.xml";
const NUMBERING = "word/numbering.xml";
/** A document.xml bigger than this is no agreement: refused before it is inflated. */
const MAX_PART = 64 * 1024 * 1024;

export interface DocxParts {
  document: string;
  /** docProps/custom.xml, when the file has one. */
  custom?: string;
  /** word/numbering.xml (Word's list definitions), when the file has one: the numbers of a file without bookmarks. */
  numbering?: string;
}

/** The parts of a DOCX's bytes; a file that is no DOCX is a ToolError naming `file`. */
export function docxParts(bytes: Uint8Array, file: string): DocxParts {
  const notDocx = (why: string): ToolError =>
    new ToolError(`${file}: not a DOCX file (${why}): give the agreement as Word saved it (.docx), not a .doc, PDF or other file`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notDocx("it is not a ZIP package");
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name !== DOCUMENT && entry.name !== CUSTOM && entry.name !== NUMBERING) return false;
        if (entry.originalSize > MAX_PART) throw notDocx(`${entry.name} is larger than 64 MB`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof ToolError) throw err;
    throw notDocx(`the ZIP package is damaged: ${err instanceof Error ? err.message : String(err)}`);
  }
  const document = entries[DOCUMENT];
  if (!document) throw notDocx(`it has no ${DOCUMENT}`);
  const custom = entries[CUSTOM];
  const numbering = entries[NUMBERING];
  return { document: strFromU8(document), ...(custom ? { custom: strFromU8(custom) } : {}), ...(numbering ? { numbering: strFromU8(numbering) } : {}) };
}

/** The custom properties by name (File ▸ Properties ▸ Custom), text values only. */
export function customProperties(xml: string | undefined, file: string): Map<string, string> {
  const properties = new Map<string, string>();
  if (xml === undefined) return properties;
  const parser = new SaxesParser({ xmlns: true });
  let name: string | undefined;
  let value = "";
  let depth = 0;
  let failure: string | undefined;
  parser.on("error", (err) => {
    failure ??= `${file}: docProps/custom.xml is not well-formed XML (${err.message.split("\n")[0]}): save the file again from Word or LibreOffice`;
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (tag.local === "property" && depth === 2) {
      name = Object.values(tag.attributes).find((a) => a.local === "name")?.value;
      value = "";
    }
  });
  parser.on("text", (text) => {
    // the value is the text of the property's one child (vt:lpwstr, vt:i4, …)
    if (name !== undefined && depth === 3) value += text;
  });
  parser.on("closetag", () => {
    depth--;
    if (depth === 1 && name !== undefined) {
      properties.set(name, value);
      name = undefined;
    }
  });
  parser.write(xml).close();
  if (failure !== undefined) throw new ToolError(failure);
  return properties;
}
