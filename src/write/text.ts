// How the writers put a value's characters into a file: what is a line break, and which
// characters XML cannot hold (written as U+FFFD, visible rather than silently dropped). The
// review reads a returned DOCX back with the same rules.

export const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
// Control characters, the two non-characters XML forbids, and unpaired surrogates.
export const NOT_XML = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
