import { describe, expect, it } from "vitest";
import {
  mergeReasonText,
  metadataNames,
  refusalText,
  relationText,
  uploadErrorText,
} from "../../../../client/src/model/uploadText";

const rejected = (file: string, reason: string, message: string) => ({
  error: { code: "DOCUMENT_REJECTED", message, details: { file, reason } },
});

describe("uploadErrorText", () => {
  it("says why a document was refused in Chinese, from its reason, keeping the server's words as detail", () => {
    const body = rejected("scan.pdf", "scanned", "scan.pdf: no text layer: scanned pages only");
    expect(uploadErrorText(body, 422, "zh")).toEqual({
      text: "PDF 只有扫描图像，没有文字层（请先做文字识别）：scan.pdf",
      detail: "scan.pdf: no text layer: scanned pages only",
    });
    expect(uploadErrorText(body, 422, "en").text).toBe(
      "The PDF holds scanned images only, no text layer (run OCR first): scan.pdf",
    );
  });
  it("does not name the form field as the file when a file is too large", () => {
    const body = rejected("files", "too-large", "files: a file is above the 33554432-byte upload limit");
    expect(uploadErrorText(body, 413, "zh").text).toBe("文件超过上传大小上限（上限 32 MB）");
    expect(uploadErrorText(body, 413, "en").text).toBe(
      "The file is above the upload size limit (limit 32 MB)",
    );
  });
  it("translates other API errors by their code and a non-API answer by its status", () => {
    const body = { error: { code: "UNAUTHORIZED", message: "API key required" } };
    expect(uploadErrorText(body, 401, "zh").text).toBe("需要 API 密钥 (UNAUTHORIZED): API key required");
    const stored = { error: { code: "DOCUMENT_REJECTED", message: "x: odd", details: { reason: "new" } } };
    expect(uploadErrorText(stored, 422, "zh").text).toBe("文档被拒绝 (DOCUMENT_REJECTED): x: odd");
    expect(uploadErrorText("<html>", 502, "zh").text).toBe("HTTP 502");
  });
});

describe("refusalText", () => {
  it("translates every reason the server sends and keeps an unknown one as the server wrote it", () => {
    for (const reason of [
      "too-large",
      "unknown-type",
      "encrypted",
      "scanned",
      "broken-archive",
      "duplicate",
      "empty",
      "undecodable",
    ])
      expect(refusalText({ file: "a.pdf", reason, message: "m" }, "zh").text).toMatch(/[\u4e00-\u9fff]/);
    expect(refusalText({ file: "a.pdf", reason: "other", message: "a.pdf: other" }, "zh")).toEqual({
      text: "a.pdf: other",
      detail: "",
    });
  });
});

describe("relationText", () => {
  const names = new Map([["Area:新片区", "新片区"]]);
  it("writes a relation as 'A —TYPE→ B' with names, not ids, in the UI language", () => {
    const r = {
      type: "PART_OF",
      source: "Area:新片区",
      target: "FreeTradeZone:中国（内蒙古）自由贸易试验区",
    };
    expect(relationText(r, names, "zh")).toBe("新片区 —属于→ 中国（内蒙古）自由贸易试验区");
    const en = relationText(r, names, "en");
    expect(en).toContain(" —part of→ ");
    expect(en).not.toContain("FreeTradeZone:");
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("metadataNames and mergeReasonText", () => {
  it("name missing fields and merge reasons in Chinese", () => {
    expect(metadataNames(["title", "date"], "zh")).toBe("标题、日期");
    expect(metadataNames(["title", "date"], "en")).toBe("title, date");
    expect(mergeReasonText("same name", "zh")).toBe("同名");
    expect(mergeReasonText("name contains 喀什片区", "zh")).toBe("名称包含“喀什片区”");
  });
});
