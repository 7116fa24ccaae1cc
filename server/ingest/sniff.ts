/** The type of an uploaded file, decided by its content (magic bytes, markup), never by its name. */

export type DocumentType = "text" | "markdown" | "html" | "pdf" | "docx";

export type Sniffed = { kind: "pdf" } | { kind: "zip" } | { kind: "text" } | { kind: "binary"; what: string };

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: "a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: "a 7-Zip archive" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "a legacy Office file (.doc/.xls): save it as .docx" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "an executable (ELF)" },
  { bytes: [0x4d, 0x5a], what: "an executable (Windows)" },
];

const startsWith = (buf: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);

/** Binary when it holds NUL bytes or many control characters in its first 8 KB. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}

export function sniff(buf: Uint8Array): Sniffed {
  const head = Buffer.from(buf.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return { kind: "pdf" };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: "zip" };
  for (const m of MAGIC) if (startsWith(buf, m.bytes)) return { kind: "binary", what: m.what };
  if (looksBinary(buf)) return { kind: "binary", what: "binary data (NUL or control bytes)" };
  return { kind: "text" };
}

/** HTML when the decoded text starts like a page or is mostly block markup. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(start)) return true;
  const tags = text.match(/<\/?(p|div|br|h[1-6]|table|li|span|article|section)\b[^>]*>/gi)?.length ?? 0;
  return tags >= 3 && tags * 20 > text.length / 10;
}

/** Markdown when it has front matter, ATX headings, links or emphasis written the Markdown way. */
export function looksLikeMarkdown(text: string): boolean {
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(text)) return true;
  const signs = [/^#{1,6} \S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /\*\*[^*\n]+\*\*/, /^```/m, /^\s*[-*] \S/m];
  return signs.filter((r) => r.test(text)).length >= 2 || /^#{1,6} \S/m.test(text.slice(0, 500));
}
