// A returned file for the redline tests: the rendered sample with clause 7.2 deleted (its row of
// the parallel table), a clause added after 4.5 in both languages (a row copied without its
// bookmarks, its words retyped, as Enter and typing in Word give it), and a word of 1.1 changed
// in the English only.

import { editDocument, editParagraph, replaceOnce, rowAt, sampleDocx } from "./returned-docx.js";

export async function deletedAndAdded(): Promise<Uint8Array> {
  return editDocument(await sampleDocx(), (xml) => {
    const [start, end] = rowAt(xml, "cw_term_renewal_zh");
    let out = xml.slice(0, start) + xml.slice(end);
    const [, after] = rowAt(out, "cw_fees_set_off_zh");
    const copy = out
      .slice(...rowAt(out, "cw_fees_set_off_zh"))
      .replace(/<w:bookmarkStart [^>]*\/><w:bookmarkEnd [^>]*\/>/g, "")
      .replace(/(<w:tc>(?:(?!<\/w:tc>).)*?<w:t xml:space="preserve">)[^<]*/s, "$1甲方逾期付款超过六十日的，乙方有权暂停服务。")
      .replace(/(<\/w:tc><w:tc>(?:(?!<\/w:tc>).)*?<w:t xml:space="preserve">)[^<]*/s, "$1Party B may suspend the Services if Party A pays late.");
    out = out.slice(0, after) + copy + out.slice(after);
    return editParagraph(out, "cw_scope_services_en", (p) => replaceOnce(p, "Party B", "the Vendor"));
  });
}

/** The paragraph that holds a bookmark: [start, end) in the XML. */
function paragraphOf(xml: string, bookmark: string): [number, number] {
  const at = xml.indexOf(`w:name="${bookmark}"`);
  if (at < 0) throw new Error(`no bookmark ${bookmark}`);
  return [xml.lastIndexOf("<w:p>", at), xml.indexOf("</w:p>", at) + "</w:p>".length];
}

/** 1.2 put before 1.1 in both languages: in the parallel layout their rows swapped, in the stacked one its paragraphs cut and pasted. */
export async function swappedClauses(layout: "parallel" | "stacked" = "parallel"): Promise<Uint8Array> {
  return editDocument(await sampleDocx(layout), (xml) => {
    if (layout === "parallel") {
      const [a0, a1] = rowAt(xml, "cw_scope_services_zh");
      const [b0, b1] = rowAt(xml, "cw_scope_content_zh");
      return xml.slice(0, a0) + xml.slice(b0, b1) + xml.slice(a0, a1) + xml.slice(b1);
    }
    // in the stacked layout each clause is its Chinese paragraph, then its English: 1.2's two cut and pasted before 1.1's
    const [b0] = paragraphOf(xml, "cw_scope_content_zh");
    const [, b1] = paragraphOf(xml, "cw_scope_content_en");
    const moved = xml.slice(b0, b1);
    let out = xml.slice(0, b0) + xml.slice(b1);
    const [a0] = paragraphOf(out, "cw_scope_services_zh");
    out = out.slice(0, a0) + moved + out.slice(a0);
    return out;
  });
}

/**
 * 7.3 moved after 7.5 in the English only: its paragraph cut from its cell of the
 * parallel table (which keeps an empty paragraph, as a cell must) and pasted after 7.5's.
 */
export async function movedInEnglish(): Promise<Uint8Array> {
  return editDocument(await sampleDocx(), (xml) => {
    const [a0, a1] = paragraphOf(xml, "cw_term_termination_for_convenience_en");
    const moved = xml.slice(a0, a1);
    const out = xml.slice(0, a0) + "<w:p/>" + xml.slice(a1);
    const [, b1] = paragraphOf(out, "cw_term_termination_for_breach_en");
    return out.slice(0, b1) + moved + out.slice(b1);
  });
}
