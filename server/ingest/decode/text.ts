/** Plain text and Markdown: UTF-8 (BOM dropped) or GB18030; Markdown made readable. */
import { DocumentRejectedError } from "../errors";
import type { Decoded, FileMeta } from "./types";

export function decodeChars(file: string, buf: Uint8Array): { text: string; encoding: string } {
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      let text = new TextDecoder(encoding, { fatal: true }).decode(buf);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return { text, encoding };
    } catch {
      // try the next encoding
    }
  }
  throw new DocumentRejectedError(file, "undecodable", "neither valid UTF-8 nor GB18030; cannot decode");
}

/** Normalises line ends so offsets do not depend on the platform that wrote the file. */
export function normaliseLines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function decodeText(file: string, buf: Uint8Array): Decoded {
  const { text, encoding } = decodeChars(file, buf);
  return { type: "text", text: normaliseLines(text), encoding, meta: {} };
}

function frontMatter(text: string): { meta: FileMeta; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: FileMeta = {};
  for (const line of (m[1] ?? "").split("\n")) {
    const kv = /^(title|author|date|kind)\s*:\s*(.+)$/i.exec(line.trim());
    if (kv) meta[(kv[1] ?? "").toLowerCase() as keyof FileMeta] = (kv[2] ?? "").replace(/^["']|["']$/g, "");
  }
  return { meta, body: text.slice(m[0].length) };
}

/** Markdown → readable text: headings, emphasis, links, images, code fences and comments removed. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/^```.*$/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]\n]+)\]\([^)\s]+(?:\s+"[^"]*")?\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function decodeMarkdown(file: string, buf: Uint8Array): Decoded {
  const { text, encoding } = decodeChars(file, buf);
  const { meta, body } = frontMatter(normaliseLines(text));
  const heading = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  if (!meta.title && heading) meta.title = markdownToText(heading);
  return { type: "markdown", text: markdownToText(body), encoding, meta };
}
