import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeFile } from "../../../../../server/ingest/decode/index";
import { DocumentRejectedError } from "../../../../../server/ingest/errors";
import { makeDocx, makeEncryptedPdf, makePdf, makeScannedPdf } from "../../../../support/documents";

const LIMIT = { maxBytes: 5 * 1024 * 1024 };
const LINES = ["中国（新疆）自由贸易试验区总体方案", "乌鲁木齐片区位于新疆维吾尔自治区首府乌鲁木齐市。"];
const utf8 = (s: string) => new TextEncoder().encode(s);

async function rejection(file: string, buf: Uint8Array, maxBytes = LIMIT.maxBytes) {
  try {
    await decodeFile(file, buf, { maxBytes });
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentRejectedError);
    return error as DocumentRejectedError;
  }
  throw new Error(`${file} was accepted`);
}

describe("decodeFile: formats, decided by content", () => {
  it("reads the text layer and the info dictionary of a PDF written with a CJK font", async () => {
    const pdf = await makePdf(LINES, { title: "新疆方案", author: "国务院" });
    const d = await decodeFile("plan.bin", pdf, LIMIT);
    expect(d.type).toBe("pdf");
    expect(d.text).toBe(LINES.join("\n"));
    expect(d.meta).toMatchObject({ title: "新疆方案", author: "国务院", date: "2026-03-01" });
    expect(d.pages).toBe(1);
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  it("reads the paragraphs and core properties of a DOCX", async () => {
    const docx = await makeDocx(LINES, { title: "新疆方案", creator: "自治区商务厅" });
    const d = await decodeFile("plan", docx, LIMIT);
    expect(d.type).toBe("docx");
    expect(d.text).toBe(LINES.join("\n\n"));
    expect(d.meta).toMatchObject({ title: "新疆方案", author: "自治区商务厅" });
  });

  it("keeps the article of an HTML page and drops navigation, scripts and footers", async () => {
    const html = `<!DOCTYPE html><html><head><title>新疆自贸区</title><meta name="author" content="新华社">
<meta property="article:published_time" content="2026-02-03T08:00:00Z"><script>var x = "乌鲁木齐";</script></head>
<body><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav><div class="breadcrumb">首页 &gt; 新闻</div>
<article><h1>新疆自贸区</h1><p>乌鲁木齐片区位于&nbsp;乌鲁木齐市。</p><p>喀什片区对接中巴经济走廊。</p></article>
<footer>版权所有</footer></body></html>`;
    const d = await decodeFile("page.txt", utf8(html), LIMIT);
    expect(d.type).toBe("html");
    expect(d.text).toBe("新疆自贸区\n\n乌鲁木齐片区位于 乌鲁木齐市。\n\n喀什片区对接中巴经济走廊。");
    expect(d.meta).toEqual({ title: "新疆自贸区", author: "新华社", date: "2026-02-03" });
  });

  it("reads Markdown front matter and makes the body readable", async () => {
    const md =
      "---\ntitle: 新疆方案\ndate: 2026-01-05\n---\n# 总体方案\n\n**乌鲁木齐片区**位于[乌鲁木齐市](https://x.cn)。\n";
    const d = await decodeFile("notes", utf8(md), LIMIT);
    expect(d.type).toBe("markdown");
    expect(d.text).toBe("总体方案\n\n乌鲁木齐片区位于乌鲁木齐市。");
    expect(d.meta).toEqual({ title: "新疆方案", date: "2026-01-05" });
  });

  it("decodes GB18030 text and normalises line ends", async () => {
    const gb = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0x0d, 0x0a, 0xd6, 0xd0, 0xb9, 0xfa]); // 中国\r\n中国
    const d = await decodeFile("gb.txt", gb, LIMIT);
    expect(d).toMatchObject({ type: "text", text: "中国\n中国", encoding: "gb18030" });
  });
});

describe("decodeFile: refusals name the file and the reason", () => {
  it("refuses an encrypted PDF", async () => {
    const e = await rejection("secret.pdf", await makeEncryptedPdf());
    expect(e.message).toMatch(/^secret\.pdf: the PDF is encrypted/);
    expect(e.details).toMatchObject({ file: "secret.pdf", reason: "encrypted" });
    expect(e.status).toBe(422);
  });

  it("refuses a scanned-only PDF (an image, no text layer)", async () => {
    const e = await rejection("scan.pdf", await makeScannedPdf());
    expect(e.message).toBe(
      "scan.pdf: the PDF has 1 page(s) but no text layer (scanned images only); run OCR on it first",
    );
    expect(e.details).toMatchObject({ reason: "scanned", pages: 1 });
  });

  it("refuses a file above the configured limit before parsing it", async () => {
    const e = await rejection("big.txt", utf8("中".repeat(100)), 100);
    expect(e.message).toMatch(/^big\.txt: the file is 300 bytes, above the 100-byte upload limit/);
    expect(e.status).toBe(413);
  });

  it("refuses an image named like a document (type checked by content, not name)", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const e = await rejection("report.pdf", png);
    expect(e.message).toBe(
      "report.pdf: unsupported file type: a PNG image; upload PDF, DOCX, HTML, Markdown or text",
    );
    expect(e.status).toBe(415);
  });

  it("refuses a truncated DOCX as a broken archive", async () => {
    const docx = await makeDocx(LINES);
    const e = await rejection("cut.docx", docx.subarray(0, Math.floor(docx.length / 2)));
    expect(e.details).toMatchObject({ file: "cut.docx", reason: "broken-archive" });
    expect(e.message).toMatch(/^cut\.docx: the ZIP\/DOCX archive is broken/);
  });

  it("refuses a ZIP that is not a Word document", async () => {
    const zip = minimalZip("readme.txt", "hello");
    const e = await rejection("data.docx", zip);
    expect(e.details).toMatchObject({ reason: "unknown-type" });
    expect(e.message).toMatch(/not a Word document/);
  });

  it("refuses empty files and files without letters", async () => {
    expect((await rejection("empty.txt", new Uint8Array())).details).toMatchObject({ reason: "empty" });
    expect((await rejection("digits.txt", utf8("123 456\n"))).message).toBe(
      "digits.txt: no readable text in this text file",
    );
  });
});

/** A one-file ZIP written by hand (stored with deflate), to have a valid archive that is no DOCX. */
function minimalZip(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const packed = deflateRawSync(data);
  const crc = crc32(data);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const localPart = Buffer.concat([local, nameBuf, packed]);
  const centralPart = Buffer.concat([central, nameBuf]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}
