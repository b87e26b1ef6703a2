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
