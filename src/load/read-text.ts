import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { ToolError } from "../core/errors.js";
import { LIMITS, shownLimit } from "./limits.js";

/** The file could not be read at all (missing, a folder, too large, not UTF-8 text): exit code 2. */
export class UnreadableInputError extends ToolError {
  constructor(
    readonly file: string,
    reason: string,
    /** Where in the file the reading stopped (an invalid byte), when it was in the file. */
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ""}: cannot read the file: ${reason}`);
  }
}

const tooLarge = (bytes: string): string =>
  `it is ${bytes}, more than the ${shownLimit(LIMITS.fileBytes)} a deal file may have (see docs/limits.md): a deal is a few kilobytes`;

/**
 * A deal file's bytes, read only from a regular file and never past the size limit: a device
 * (/dev/zero), a pipe or a file under /proc that never ends is refused rather than read forever.
 */
function readBytes(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UnreadableInputError(file, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : String(code ?? err));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UnreadableInputError(file, "it is a folder");
    if (!stat.isFile()) throw new UnreadableInputError(file, "it is not a regular file (a device, a pipe or a socket): give a deal's YAML file");
    if (stat.size > LIMITS.fileBytes) throw new UnreadableInputError(file, tooLarge(`${shownLimit(stat.size)} bytes`));
    // a regular file may say 0 bytes and still have more (/proc): read at most one byte past the limit
    const buffer = Buffer.alloc(LIMITS.fileBytes + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > LIMITS.fileBytes) throw new UnreadableInputError(file, tooLarge(`more than ${shownLimit(LIMITS.fileBytes)}`));
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

// Byte-order marks, longest first: FF FE 00 00 is UTF-32LE, not UTF-16LE followed by NUL.
const BOMS: Array<[bytes: number[], name: string]> = [
  [[0xff, 0xfe, 0x00, 0x00], "UTF-32LE"],
  [[0x00, 0x00, 0xfe, 0xff], "UTF-32BE"],
  [[0xff, 0xfe], "UTF-16LE"],
  [[0xfe, 0xff], "UTF-16BE"],
];

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // the length of the sequence, and the range its second byte must lie in (no overlong forms, no surrogates, nothing past U+10FFFF)
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] :
      b === 0xe0 ? [3, 0xa0, 0xbf] :
      b === 0xed ? [3, 0x80, 0x9f] :
      b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] :
      b === 0xf0 ? [4, 0x90, 0xbf] :
      b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] :
      b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (n === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k < n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += n;
  }
  return -1;
}

/**
 * A deal's bytes as text: UTF-8 only (with or without its byte-order mark). Any other encoding is
 * refused, named where its byte-order mark says which it is, rather than read with U+FFFD in it.
 */
export function decodeDealBytes(bytes: Uint8Array, file: string): string {
  for (const [bom, name] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) throw new UnreadableInputError(file, `not UTF-8 text: it is ${name} (its byte-order mark says so); save it as UTF-8`);
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) throw new UnreadableInputError(file, "not UTF-8 text: it holds NUL bytes (UTF-16 without a byte-order mark, or a binary file); save it as UTF-8", lineAt(body, nul));
  const at = firstInvalidByte(body);
  if (at >= 0) {
    const byte = (body[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    throw new UnreadableInputError(file, `not UTF-8 text: the byte 0x${byte} is no UTF-8 (a file saved as GBK or Latin-1?); save it as UTF-8`, lineAt(body, at));
  }
  return new TextDecoder("utf-8").decode(body);
}

/** A deal file's text: a regular file, within the size limit, in UTF-8. */
export function readDealText(file: string): string {
  return decodeDealBytes(readBytes(file), file);
}
