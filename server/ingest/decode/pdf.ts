/** PDF → the text layer (pdf.js via unpdf), pages joined by a line break; metadata from the info dict. */
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { DocumentRejectedError } from "../errors";
import type { Decoded, FileMeta } from "./types";

/** "D:20260301120000Z" → "2026-03-01". */
export function pdfDate(value: unknown): string | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(typeof value === "string" ? value : "");
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join("-");
}

function infoMeta(info: Record<string, unknown>): FileMeta {
  const meta: FileMeta = {};
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  const title = str(info.Title);
  const author = str(info.Author);
  const date = pdfDate(info.CreationDate) ?? pdfDate(info.ModDate);
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (date) meta.date = date;
  return meta;
}

async function open(file: string, buf: Uint8Array) {
  try {
    return await getDocumentProxy(new Uint8Array(buf));
  } catch (error) {
    const e = error as Error;
    if (e.name === "PasswordException")
      throw new DocumentRejectedError(
        file,
        "encrypted",
        "the PDF is encrypted (password-protected); remove the password and upload it again",
      );
    throw new DocumentRejectedError(file, "broken-archive", `not a readable PDF (${e.message})`);
  }
}

export async function decodePdf(
  file: string,
  buf: Uint8Array,
  onPage?: (done: number, total: number) => void,
): Promise<Decoded> {
  const pdf = await open(file, buf);
  try {
    const { info } = await getMeta(pdf);
    const pages: string[] = [];
    const result = await extractText(pdf, { mergePages: false });
    for (const [i, page] of result.text.entries()) {
      pages.push(page);
      onPage?.(i + 1, pdf.numPages);
    }
    const text = pages.join("\n").trim();
    if (!/\p{L}/u.test(text))
      throw new DocumentRejectedError(
        file,
        "scanned",
        `the PDF has ${pdf.numPages} page(s) but no text layer (scanned images only); run OCR on it first`,
        { pages: pdf.numPages },
      );
    return {
      type: "pdf",
      text,
      encoding: "pdf",
      meta: infoMeta(info as Record<string, unknown>),
      pages: pdf.numPages,
    };
  } finally {
    await (pdf as unknown as { destroy?: () => Promise<void> }).destroy?.();
  }
}
