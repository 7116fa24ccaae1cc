/**
 * Upload → preview → commit → delete on a private Neo4j (commits and deletes write, so the shared
 * corpus graph of the run is never touched).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PreviewResponse } from "../../../../../contracts/ingest";
import { createApp } from "../../../../../server/app";
import { runCli } from "../../../../../server/cli/main";
import { extractDocument } from "../../../../../server/extract/index";
import { loadGraph, readCounts } from "../../../../../server/load/loader";
import type { Executor } from "../../../../../server/neo4j/executor";
import { makeEncryptedPdf, makePdf, makeScannedPdf } from "../../../../support/documents";
import { type PrivateNeo4j, startPrivateNeo4j } from "../../../../support/embedded";
import { TEST_APP_SETTINGS, testNeo4jEnv } from "../../../../support/neo4j";

const LINES = [
  "中国（新疆）自由贸易试验区总体方案",
  "乌鲁木齐片区位于新疆维吾尔自治区首府乌鲁木齐市。",
  "喀什片区对接中巴经济走廊。",
];
const settings = TEST_APP_SETTINGS;
let neo4j: PrivateNeo4j;
let executor: Executor;
let app: ReturnType<typeof createApp>;
let pdf: Buffer;

async function edge(id: string) {
  const type = id.slice(0, id.indexOf(":"));
  const r = await executor.executeRead({
    cypher: `MATCH ()-[r:${type} {id: $id}]->() RETURN r.evidenceDocs AS docs`,
    params: { id },
  });
  return r.records[0]?.get("docs") as string[] | undefined;
}

beforeAll(async () => {
  neo4j = await startPrivateNeo4j();
  executor = neo4j.executor;
  // One stored document that already states one of the upload's relations.
  await loadGraph(executor, extractDocument("base.txt", "乌鲁木齐片区位于乌鲁木齐市。", { title: "base" }));
  app = createApp({ executor, settings });
  pdf = await makePdf(LINES, { title: "新疆自贸试验区方案", author: "国务院" });
}, 600_000);
afterAll(async () => {
  await executor?.close();
  await neo4j?.dispose();
});

describe("POST /api/documents: preview", () => {
  let preview: PreviewResponse;

  it("returns the change set of a PDF and writes nothing", async () => {
    const before = await readCounts(executor);
    const res = await request(app)
      .post("/api/documents")
      .attach("files", pdf, "新疆方案.pdf")
      .field("kind", "plan");
    expect(res.status).toBe(200);
    preview = PreviewResponse.parse(res.body);
    const cs = preview.changeSets[0]!;
    expect(cs.document).toMatchObject({
      file: "新疆方案.pdf",
      type: "pdf",
      title: "新疆自贸试验区方案",
      kind: "plan",
    });
    expect(cs.missingMetadata).toEqual([]);
    expect(cs.newEntities.map((e) => e.id)).toContain("FreeTradeZone:中国（新疆）自由贸易试验区");
    expect(cs.newEntities.map((e) => e.id)).not.toContain("Area:乌鲁木齐片区");
    expect(cs.newEvidence.map((e) => e.id)).toEqual(["LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐"]);
    expect(cs.newRelations.map((e) => e.id)).toContain("ON_CORRIDOR:Area:喀什片区->Corridor:中巴经济走廊");
    expect(await readCounts(executor)).toEqual(before);
  });

  it("refuses encrypted, scanned-only and non-document files with the file named", async () => {
    const enc = await request(app)
      .post("/api/documents")
      .attach("files", await makeEncryptedPdf(), "secret.pdf");
    expect(enc.status).toBe(422);
    expect(enc.body.error).toMatchObject({
      code: "DOCUMENT_REJECTED",
      details: { file: "secret.pdf", reason: "encrypted" },
    });
    expect(enc.body.error.message).toMatch(/^secret\.pdf: the PDF is encrypted/);
    const scan = await request(app)
      .post("/api/documents")
      .attach("files", await makeScannedPdf(), "scan.pdf");
    expect(scan.status).toBe(422);
    expect(scan.body.error.message).toMatch(/^scan\.pdf: .*no text layer/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const img = await request(app).post("/api/documents").attach("files", png, "report.docx");
    expect(img.status).toBe(415);
  });

  it("refuses a file above the upload limit with 413", async () => {
    const small = createApp({ executor, settings: { ...settings, uploadMaxBytes: 1000 } });
    const res = await request(small)
      .post("/api/documents")
      .attach("files", Buffer.from("small enough"), "note.txt")
      .attach("files", pdf, "大文件.pdf");
    expect(res.status).toBe(413);
    // The file that is too large and the limit, never the form field ("files").
    expect(res.body.error.message).toBe("大文件.pdf: above the 1000-byte upload limit (UPLOAD_MAX_BYTES)");
    expect(res.body.error.details).toMatchObject({ file: "大文件.pdf", reason: "too-large" });
  });

  it("keeps good files of a batch and lists the refused ones", async () => {
    const res = await request(app)
      .post("/api/documents")
      .attach("files", pdf, "a.pdf")
      .attach("files", pdf, "again.pdf")
      .attach("files", await makeScannedPdf(), "scan.pdf");
    expect(res.status).toBe(200);
    const body = PreviewResponse.parse(res.body);
    expect(body.changeSets.map((c) => c.document.file)).toEqual(["a.pdf"]);
    expect(body.rejected.map((r) => [r.file, r.reason])).toEqual([
      ["scan.pdf", "scanned"],
      ["again.pdf", "duplicate"],
    ]);
  });

  describe("commit, then delete", () => {
    let docId: string;
    let before: Awaited<ReturnType<typeof readCounts>>;

    it("loads only the new document, without the relations the reviewer left out", async () => {
      before = await readCounts(executor);
      const dropped = "ON_CORRIDOR:Area:喀什片区->Corridor:中巴经济走廊";
      const res = await request(app)
        .post("/api/documents/commit")
        .send({ previewId: preview.previewId, reject: [dropped] });
      expect(res.status).toBe(200);
      docId = preview.changeSets[0]!.document.id;
      expect(res.body).toMatchObject({ documents: [docId], rejected: 1 });
      expect(await edge(dropped)).toBeUndefined();
      expect(await edge("LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐")).toEqual(["doc:base", docId]);
      const progress = await request(app).get(`/api/documents/commit/${preview.previewId}`);
      expect(progress.body).toMatchObject({ state: "committed" });
    });

    it("is idempotent: the preview cannot be committed twice, the same content is a duplicate", async () => {
      const again = await request(app).post("/api/documents/commit").send({ previewId: preview.previewId });
      expect(again.status).toBe(404);
      const dup = await request(app).post("/api/documents").attach("files", pdf, "copy.pdf");
      expect(dup.status).toBe(409);
      expect(dup.body.error.message).toBe(
        `copy.pdf: duplicate: same content (SHA-256) as stored document ${docId} (新疆方案.pdf)`,
      );
    });

    it("DELETE removes the document and every relation whose only evidence it was", async () => {
      const res = await request(app).delete(`/api/documents/${encodeURIComponent(docId)}`);
      expect(res.status).toBe(200);
      expect(res.body.relationsKept).toBe(1);
      expect(await edge("LOCATED_IN:Area:乌鲁木齐片区->City:乌鲁木齐")).toEqual(["doc:base"]);
      expect(
        await edge("LOCATED_IN:FreeTradeZone:中国（新疆）自由贸易试验区->Province:新疆维吾尔自治区"),
      ).toBeUndefined();
      expect(await readCounts(executor)).toEqual(before);
      const gone = await request(app).delete(`/api/documents/${encodeURIComponent(docId)}`);
      expect(gone.status).toBe(404);
    });
  });
});

describe("write protection", () => {
  it("refuses writes without API_KEY when the app listens beyond localhost", async () => {
    const open = createApp({ executor, settings: { ...settings, listenHost: "0.0.0.0" } });
    const res = await request(open).post("/api/documents").attach("files", pdf, "a.pdf");
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Set API_KEY/);
    expect((await request(open).delete("/api/documents/doc:base")).status).toBe(403);
  });

  it("needs the key for every write when API_KEY is set, also on localhost", async () => {
    const keyed = createApp({ executor, settings: { ...settings, apiKey: "k".repeat(20) } });
    expect((await request(keyed).post("/api/documents").attach("files", pdf, "a.pdf")).status).toBe(401);
    const ok = await request(keyed)
      .post("/api/documents")
      .set("x-api-key", "k".repeat(20))
      .attach("files", pdf, "a.pdf");
    expect(ok.status).toBe(200);
  });
});

describe("zonegraph add", () => {
  async function cli(...argv: string[]) {
    const out = new PassThrough();
    let text = "";
    out.on("data", (c) => {
      text += String(c);
    });
    const code = await runCli(argv, { out, err: out, env: testNeo4jEnv(neo4j.connection) });
    return { code, text };
  }

  it("previews without writing, then --commit loads the file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-add-"));
    const file = path.join(dir, "plan.pdf");
    fs.writeFileSync(file, pdf);
    const before = await readCounts(executor);
    const preview = await cli("add", file, "--date", "2026-03-01");
    expect(preview.code).toBe(0);
    expect(preview.text).toContain("plan.pdf (pdf, 1 page(s)");
    expect(preview.text).toContain("  + FreeTradeZone:中国（新疆）自由贸易试验区");
    expect(preview.text).toContain("Preview only: nothing was written.");
    expect(await readCounts(executor)).toEqual(before);
    const commit = await cli("add", file, "--commit");
    expect(commit.code).toBe(0);
    expect(commit.text).toMatch(/committed doc:upload_[0-9a-f]{16}/);
    const refused = await cli("add", file);
    expect(refused.code).toBe(1);
    expect(refused.text).toMatch(/refused: plan\.pdf: duplicate/);
    const id = /committed (doc:upload_[0-9a-f]{16})/.exec(commit.text)?.[1] ?? "";
    expect((await request(app).delete(`/api/documents/${encodeURIComponent(id)}`)).status).toBe(200);
    expect(await readCounts(executor)).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
