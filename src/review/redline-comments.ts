// The Word comments of a redline: word/comments.xml, its relationship from the document and
// its content type, and the marks in the body that anchor each comment to a clause
// (w:commentRangeStart / w:commentRangeEnd around its paragraphs, then a w:commentReference run).

import { escapeXml } from "../write/docx-xml.js";
import type { Revision } from "./redline-runs.js";

const MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

export interface Comment {
  id: number;
  text: string;
}

/** A comment with the next annotation id. */
export function newComment(text: string, revision: Revision): Comment {
  return { id: revision.ids.next++, text };
}

/** Where a comment's range starts, at the start of its first paragraph's runs. */
export const rangeStart = (comments: readonly Comment[]): string => comments.map((c) => `<w:commentRangeStart w:id="${c.id}"/>`).join("");

/** Where the range ends, at the end of its last paragraph, and the comment's mark in the text. */
export const rangeEnd = (comments: readonly Comment[]): string =>
  comments.map((c) => `<w:commentRangeEnd w:id="${c.id}"/><w:r><w:commentReference w:id="${c.id}"/></w:r>`).join("");

function initials(author: string): string {
  const letters = author.split(/\s+/).filter((w) => w !== "").map((w) => [...w][0] ?? "");
  return letters.join("").slice(0, 9);
}

export function commentsXml(comments: readonly Comment[], revision: Revision): string {
  const attributes = `w:author="${escapeXml(revision.author)}"${revision.date !== undefined ? ` w:date="${revision.date}"` : ""} w:initials="${escapeXml(initials(revision.author))}"`;
  const body = comments
    .map((c) => {
      const paragraphs = c.text.split("\n").map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`);
      return `<w:comment w:id="${c.id}" ${attributes}>${paragraphs.join("")}</w:comment>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${MAIN}">${body}</w:comments>`;
}

/** The content types with the comments part's. */
export function withCommentsType(contentTypes: string): string {
  return contentTypes.replace("</Types>", `<Override ContentType="${COMMENTS_TYPE}" PartName="/word/comments.xml"/></Types>`);
}

/** The document's relationships with one to the comments, under an id none of the others has. */
export function withCommentsRelationship(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rIdComments${n}"`)) n++;
  return rels.replace("</Relationships>", `<Relationship Id="rIdComments${n}" Type="${COMMENTS_RELATIONSHIP}" Target="comments.xml"/></Relationships>`);
}
