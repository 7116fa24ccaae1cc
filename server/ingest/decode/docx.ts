/** DOCX → raw text (mammoth: one paragraph per line), metadata from docProps/core.xml. */
import JSZip from "jszip";
import mammoth from "mammoth";
import { DocumentRejectedError } from "../errors";
import type { Decoded, FileMeta } from "./types";

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml);
  const value = m?.[1]
    ?.replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
  return value || undefined;
}

async function openZip(file: string, buf: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(buf);
  } catch (error) {
    throw new DocumentRejectedError(
      file,
      "broken-archive",
      `the ZIP/DOCX archive is broken (${(error as Error).message})`,
    );
  }
}

export async function decodeDocx(file: string, buf: Uint8Array): Promise<Decoded> {
  const zip = await openZip(file, buf);
  if (!zip.file("word/document.xml"))
    throw new DocumentRejectedError(
      file,
      "unknown-type",
      "a ZIP archive that is not a Word document (no word/document.xml); upload PDF, DOCX, HTML, Markdown or text",
    );
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(buf) })).value;
  } catch (error) {
    throw new DocumentRejectedError(
      file,
      "broken-archive",
      `the DOCX cannot be read (${(error as Error).message})`,
    );
  }
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  const meta: FileMeta = {};
  const title = xmlText(core, "dc:title");
  const author = xmlText(core, "dc:creator");
  const date = xmlText(core, "dcterms:created")?.slice(0, 10);
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (date) meta.date = date;
  return { type: "docx", text: text.replace(/\n{3,}/g, "\n\n").trim(), encoding: "docx", meta };
}
