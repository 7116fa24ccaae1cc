/** OpenAPI operations of uploads (documents) and review decisions, from contracts/ingest.ts. */
import { z } from "zod";
import {
  CommitProgress,
  CommitRequest,
  CommitResponse,
  DecisionInput,
  DecisionResult,
  DecisionsFile,
  DeleteDocumentResponse,
  ImportResult,
  PreviewResponse,
  ReviewQueue,
  ReviewQueueQuery,
  UploadMeta,
} from "../../contracts/ingest";
import type { Operation } from "./openapi";
import { IdParam } from "./routes/graph";

const WRITE =
  "A write: needs the API key when API_KEY is set, and is refused (403) when the app listens beyond localhost without one.";

export const INGEST_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/documents",
    tag: "documents",
    summary: "Upload PDF, DOCX, HTML, Markdown or text files and preview the change set (nothing is written)",
    description: `multipart/form-data (the one POST that is not JSON): "files" parts, optional title/author/date/kind. Types are checked by content; files above UPLOAD_MAX_BYTES are refused. Decoding and extraction run in a worker thread. Refused files are listed in rejected; when every file is refused the answer is that file's error. ${WRITE}`,
    multipart: UploadMeta,
    response: PreviewResponse,
    errors: [400, 403, 409, 413, 415, 422, 503],
  },
  {
    method: "post",
    path: "/documents/commit",
    tag: "documents",
    summary:
      "Commit a preview: load only its documents, incrementally; left-out relations become reject decisions",
    description: WRITE,
    body: CommitRequest,
    response: CommitResponse,
    errors: [400, 403, 404, 503],
  },
  {
    method: "get",
    path: "/documents/commit/:previewId",
    tag: "documents",
    summary: "Progress of a preview's commit",
    params: z.object({ previewId: z.string() }),
    response: CommitProgress,
    errors: [404],
  },
  {
    method: "delete",
    path: "/documents/:id",
    tag: "documents",
    summary: "Delete a document and every relationship and claim whose only evidence it was",
    description: WRITE,
    params: IdParam,
    response: DeleteDocumentResponse,
    errors: [400, 403, 404, 503],
  },
  {
    method: "post",
    path: "/review/decisions",
    tag: "review",
    summary: "Record and apply a review decision: accept, reject, retype, merge, split, rename, setNameEn",
    description: `Stored as data (who, when, why) and re-applied after every load. ${WRITE}`,
    body: DecisionInput,
    response: DecisionResult,
    errors: [400, 403, 503],
  },
  {
    method: "get",
    path: "/review/decisions",
    tag: "review",
    summary: "Every stored decision, in the order made",
    response: z.object({ decisions: DecisionsFile.shape.decisions }),
    errors: [503],
  },
  {
    method: "get",
    path: "/review/decisions/export",
    tag: "review",
    summary: "The decisions as a file to share",
    response: DecisionsFile,
    errors: [503],
  },
  {
    method: "post",
    path: "/review/decisions/import",
    tag: "review",
    summary: "Import a decisions file: unknown decisions are stored, then all are re-applied",
    description: WRITE,
    body: DecisionsFile,
    response: ImportResult,
    errors: [400, 403, 413, 503],
  },
  {
    method: "get",
    path: "/review/queue",
    tag: "review",
    summary: "Unreviewed relationships, lowest confidence (co-occurrence) first, with their sentences",
    query: ReviewQueueQuery,
    response: ReviewQueue,
    errors: [400, 503],
  },
];
