/**
 * A decoded upload → its ExtractedGraph (the extractor's public extractDocument), with the
 * document id derived from the content hash (so the same content always gets the same id) and the
 * metadata the file had or the user gave. Missing metadata is reported, never invented.
 */
import type { ExtractedGraph } from "../../contracts/graph";
import { extractDocument } from "../extract/index";
import type { DecodedFile, FileMeta } from "./decode/index";

export const META_FIELDS = ["title", "author", "date", "kind"] as const;

export interface UploadExtraction {
  graph: ExtractedGraph;
  meta: Required<FileMeta>;
  /** Metadata neither the file nor the user gave (the UI asks for them). */
  missing: (typeof META_FIELDS)[number][];
}

const KIND_BY_TYPE: Record<string, string> = { pdf: "pdf", docx: "docx", html: "web page" };

export function uploadDocId(sha256: string): string {
  return `doc:upload_${sha256.slice(0, 16)}`;
}

export function mergeMeta(
  decoded: DecodedFile,
  given: FileMeta,
): UploadExtraction["meta"] & { _missing: string[] } {
  const out = { title: "", author: "", date: "", kind: "", _missing: [] as string[] };
  for (const field of META_FIELDS) {
    const value = given[field]?.trim() || decoded.meta[field]?.trim() || "";
    if (!value) out._missing.push(field);
    out[field] = value;
  }
  if (!out.kind) out.kind = KIND_BY_TYPE[decoded.type] ?? "";
  return out;
}

export function extractUpload(decoded: DecodedFile, given: FileMeta = {}): UploadExtraction {
  const { _missing, ...meta } = mergeMeta(decoded, given);
  const stem = uploadDocId(decoded.sha256).slice(4);
  const graph = extractDocument(`${stem}.txt`, decoded.text, { ...meta, notes: `uploaded ${decoded.type}` });
  for (const d of graph.documents) {
    d.file = decoded.file;
    d.sha256 = decoded.sha256;
    d.encoding = decoded.encoding;
    if (!meta.title) meta.title = d.title;
  }
  return { graph, meta, missing: _missing as UploadExtraction["missing"] };
}
