/**
 * One uploaded file → readable text + metadata, or a DocumentRejectedError naming the file.
 * The type is decided by content (sniff), the size limit is checked before anything is parsed.
 */
import { createHash } from "node:crypto";
import { DocumentRejectedError } from "../errors";
import { looksLikeHtml, looksLikeMarkdown, sniff } from "../sniff";
import { decodeDocx } from "./docx";
import { decodeHtml } from "./html";
import { decodePdf } from "./pdf";
import { decodeChars, decodeMarkdown, decodeText } from "./text";
import type { Decoded } from "./types";

export type { Decoded, FileMeta } from "./types";

export interface DecodedFile extends Decoded {
  file: string;
  sha256: string;
  bytes: number;
}

export interface DecodeOptions {
  maxBytes: number;
  onProgress?: (done: number, total: number) => void;
}

export function sha256Of(buf: Uint8Array): string {
  return createHash("sha256").update(buf).digest("hex");
}

async function byContent(file: string, buf: Uint8Array, options: DecodeOptions): Promise<Decoded> {
  const kind = sniff(buf);
  switch (kind.kind) {
    case "pdf":
      return decodePdf(file, buf, options.onProgress);
    case "zip":
      return decodeDocx(file, buf);
    case "binary":
      throw new DocumentRejectedError(
        file,
        "unknown-type",
        `unsupported file type: ${kind.what}; upload PDF, DOCX, HTML, Markdown or text`,
      );
    case "text": {
      const { text } = decodeChars(file, buf);
      if (looksLikeHtml(text)) return decodeHtml(file, buf);
      if (looksLikeMarkdown(text)) return decodeMarkdown(file, buf);
      return decodeText(file, buf);
    }
  }
}

export async function decodeFile(
  file: string,
  buf: Uint8Array,
  options: DecodeOptions,
): Promise<DecodedFile> {
  if (buf.length > options.maxBytes)
    throw new DocumentRejectedError(
      file,
      "too-large",
      `the file is ${buf.length} bytes, above the ${options.maxBytes}-byte upload limit (UPLOAD_MAX_BYTES)`,
      { bytes: buf.length, limit: options.maxBytes },
    );
  if (buf.length === 0) throw new DocumentRejectedError(file, "empty", "the file is empty");
  const decoded = await byContent(file, buf, options);
  if (!/\p{L}/u.test(decoded.text))
    throw new DocumentRejectedError(file, "empty", `no readable text in this ${decoded.type} file`);
  return { ...decoded, file, sha256: sha256Of(buf), bytes: buf.length };
}
