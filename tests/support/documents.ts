/**
 * Real documents written by the tests: PDF (pdf-lib, with a CJK font from the
 * @fontsource/noto-sans-sc npm package), DOCX (docx), an encrypted PDF and a scanned-only PDF
 * (an image and no text layer). Nothing depends on a font installed on the machine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { crc32, deflateSync, inflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { PDFDocument, type PDFFont, PDFHexString, PDFName, PDFNumber, type PDFPage } from "pdf-lib";

const require = createRequire(import.meta.url);

interface FontFile {
  file: string;
  bytes: Uint8Array;
  font: { hasGlyphForCodePoint(cp: number): boolean };
}

let fontFiles: FontFile[] | null = null;

/** WOFF 1.0 → SFNT (TrueType/OpenType): inflate each table and write a plain table directory. */
export function woffToSfnt(woff: Buffer): Uint8Array {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    tables.push({ tag: woff.readUInt32BE(e), checksum: woff.readUInt32BE(e + 16), data });
  }
  const headerSize = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  const pow = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt16BE(pow * 16, 6);
  out.writeUInt16BE(Math.log2(pow), 8);
  out.writeUInt16BE(numTables * 16 - pow * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const e = 12 + i * 16;
    out.writeUInt32BE(t.tag, e);
    out.writeUInt32BE(t.checksum, e + 4);
    out.writeUInt32BE(offset, e + 8);
    out.writeUInt32BE(t.data.length, e + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return new Uint8Array(out);
}

/** The regular-weight subsets of Noto Sans SC (fontsource splits the font by unicode range). */
function cjkFontFiles(): FontFile[] {
  if (fontFiles) return fontFiles;
  const dir = path.join(path.dirname(require.resolve("@fontsource/noto-sans-sc/package.json")), "files");
  fontFiles = readdirSync(dir)
    .filter((f) => /-400-normal\.woff$/.test(f))
    .sort()
    .map((f) => {
      const bytes = woffToSfnt(readFileSync(path.join(dir, f)));
      return { file: f, bytes, font: fontkit.create(bytes as Buffer) as FontFile["font"] };
    });
  return fontFiles;
}

/** Splits a line into runs that one font subset can draw. */
function runsOf(line: string): { text: string; font: FontFile }[] {
  const fonts = cjkFontFiles();
  const runs: { text: string; font: FontFile }[] = [];
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const font = fonts.find((f) => f.font.hasGlyphForCodePoint(cp));
    if (!font) throw new Error(`no font subset has a glyph for ${ch}`);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}

async function drawLine(
  pdf: PDFDocument,
  page: PDFPage,
  embedded: Map<string, PDFFont>,
  line: string,
  y: number,
): Promise<void> {
  let x = 40;
  for (const run of runsOf(line)) {
    let font = embedded.get(run.font.file);
    if (!font) {
      font = await pdf.embedFont(run.font.bytes, { subset: true });
      embedded.set(run.font.file, font);
    }
    page.drawText(run.text, { x, y, size: 12, font });
    x += font.widthOfTextAtSize(run.text, 12);
  }
}

/** A PDF whose text layer holds the given lines (one line per text line of the page). */
export async function makePdf(lines: string[], meta: { title?: string; author?: string } = {}) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  if (meta.title) pdf.setTitle(meta.title);
  if (meta.author) pdf.setAuthor(meta.author);
  pdf.setCreationDate(new Date("2026-03-01T00:00:00Z"));
  const embedded = new Map<string, PDFFont>();
  const page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    await drawLine(pdf, page, embedded, line, y);
    y -= 20;
  }
  return Buffer.from(await pdf.save());
}

/** A PDF protected by a user password (Standard security handler, RC4 40-bit). */
export async function makeEncryptedPdf() {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  const ctx = pdf.context;
  const filler = "28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A";
  const encrypt = ctx.obj({
    Filter: PDFName.of("Standard"),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    Length: PDFNumber.of(40),
    P: PDFNumber.of(-3904),
    O: PDFHexString.of(filler),
    U: PDFHexString.of("00".repeat(32)),
  });
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of("01".repeat(16)), PDFHexString.of("01".repeat(16))]);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** A tiny grey PNG (a "scan"), written by hand. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let r = 0; r < height; r++) rows[r * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A PDF with a page image and no text layer, like a scan without OCR. */
export async function makeScannedPdf() {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png(64, 64));
  const page = pdf.addPage([595, 842]);
  page.drawImage(image, { x: 40, y: 400, width: 500, height: 400 });
  return Buffer.from(await pdf.save());
}

/** A DOCX with a title and one paragraph per line. */
export async function makeDocx(lines: string[], meta: { title?: string; creator?: string } = {}) {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator ?? "zonegraph tests",
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
