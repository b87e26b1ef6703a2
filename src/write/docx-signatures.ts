// The signature block of the DOCX: a heading, then one column per party with the lines its kind
// seals, signs and dates on.

import type { Party } from "../agreement/types.js";
import type { Bilingual, Lang } from "../core/bilingual.js";
import { CONTENT_WIDTH, STYLE } from "./docx-page.js";
import { inlineRunsXml, paragraphXml, tableXml, textRunsXml, type BorderXml, type CellXml, type RowXml } from "./docx-xml.js";
import { LABELS, labelled, signatureRows } from "./labels.js";

const NO_BORDER: BorderXml = { style: "none", size: 0, color: "auto" };

/**
 * A signature label in the layout's languages. In the bilingual layouts the long one (the
 * representative's) is clearer on two lines than broken wherever the column ends.
 */
function signatureLabel(label: Bilingual<string>, langs: readonly Lang[], separator: string): string {
  const [only] = langs;
  return only !== undefined && langs.length === 1
    ? paragraphXml(STYLE.signatureLabel, textRunsXml(label[only], { lang: only }))
    : paragraphXml(STYLE.signatureLabel, textRunsXml(`${label.zh}${separator}${label.en}`, { lang: "zh" }));
}

/**
 * The heading above the signatures. It also keeps the parallel text's table and the signature
 * table apart: two tables in a row would merge into one in Word.
 */
export function signatureHeadingXml(langs: readonly Lang[]): string {
  return paragraphXml(
    STYLE.signatureHeading,
    textRunsXml(langs.map((lang) => LABELS.signatures[lang]).join(" / "), { lang: langs[0] ?? "zh" }),
  );
}

/**
 * The signature block: one column per party (at most three to a row of parties), and a table row
 * for each of the names, the seal, the signature and the date, so that the parties' lines to
 * seal, sign and date on stay level with each other even where one party's name takes more lines
 * than the other's.
 */
export function signatureTableXml(parties: readonly Party[], langs: readonly Lang[]): string {
  const perRow = parties.length <= 3 ? Math.max(parties.length, 1) : 2;
  const width = Math.floor(CONTENT_WIDTH / perRow);
  const line = paragraphXml(STYLE.signatureLine, "");
  const names = (party: Party): string =>
    langs
      .map((lang) =>
        paragraphXml(STYLE.signatureParty, textRunsXml(labelled(party.role, lang), { lang }) + inlineRunsXml(party.name[lang], { lang })),
      )
      .join("");
  // the long labels (the representative's, the signatory's) on two lines, the short ones on one
  const long = (label: Bilingual<string>): boolean => label === LABELS.signature || label === LABELS.signatureForeign;
  const lineXml = (label: Bilingual<string> | null, separator: string): string => (label === null ? "" : signatureLabel(label, langs, separator) + line);
  const rows: RowXml[] = [];
  const cell = (paragraphs: string): CellXml => ({ width, paragraphs });
  for (let start = 0; start < Math.max(parties.length, 1); start += perRow) {
    const group = Array.from({ length: perRow }, (_, column) => parties[start + column]);
    const present = group.filter((p): p is Party => p !== undefined);
    rows.push({ cantSplit: true, cells: group.map((party) => cell(party === undefined ? "" : names(party))) });
    // a party with no line in a row (a person has no seal) gets an empty cell: the rows stay level
    for (const row of signatureRows(present)) {
      // a row's labels take as many lines as its longest, so its lines to sign on stay level
      const separator = row.some((l) => l !== null && long(l)) ? "\n" : " / ";
      // and at the cells' foot, so a label that wraps in its column does not push its line lower
      rows.push({ cantSplit: true, cells: group.map((_, column) => ({ ...cell(lineXml(row[column] ?? null, separator)), bottom: true })) });
    }
  }
  return tableXml({
    rows,
    width: width * perRow,
    columnWidths: Array.from({ length: perRow }, () => width),
    fixed: true,
    margins: { left: 120, right: 360 },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
  });
}
