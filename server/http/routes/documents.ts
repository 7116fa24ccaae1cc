/**
 * Document uploads: POST /api/documents (multipart/form-data — the one POST that is not JSON),
 * POST /api/documents/commit, GET /api/documents/commit/:previewId (progress),
 * DELETE /api/documents/:id. Every route here is a write: writeAccess guards them.
 */
import { type RequestHandler, Router } from "express";
import multer from "multer";
import { z } from "zod";
import { CommitRequest, UploadMeta } from "../../../contracts/ingest";
import { BadRequestError } from "../../errors";
import { DocumentRejectedError, type RejectReason } from "../../ingest/errors";
import type { IngestService } from "../../ingest/service";
import { parseInput } from "../validate";
import { IdParam } from "./graph";

export const MAX_FILES_PER_UPLOAD = 10;

/** A part's file name as the browser sent it (UTF-8 bytes that multer reads as latin1). */
const fileName = (originalname: string) => Buffer.from(originalname, "latin1").toString("utf8");

/** The file being read when a limit tripped: parts are read one after the other, so the last one started. */
const READING = Symbol("upload file being read");
type Reading = { [READING]?: string };

function uploadMiddleware(maxBytes: number): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: 2000 },
    fileFilter: (req, file, accept) => {
      (req as Reading)[READING] = fileName(file.originalname);
      accept(null, true);
    },
  }).array("files", MAX_FILES_PER_UPLOAD);
  return (req, res, next) => {
    upload(req, res, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError) {
        if (error.code === "LIMIT_FILE_SIZE")
          return next(
            new DocumentRejectedError(
              (req as Reading)[READING] || "upload",
              "too-large",
              `above the ${maxBytes}-byte upload limit (UPLOAD_MAX_BYTES)`,
            ),
          );
        return next(
          new BadRequestError(
            `Bad upload: ${error.message} (field ${error.field ?? "?"}); send files as "files".`,
          ),
        );
      }
      next(error);
    });
  };
}

export function ingestRouter(ingest: IngestService, guard: RequestHandler, maxBytes: number): Router {
  const router = Router();
  router.post("/documents", guard, uploadMiddleware(maxBytes), async (req, res) => {
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    if (files.length === 0)
      throw new BadRequestError('No file: send multipart/form-data with one or more "files" parts.');
    const meta = parseInput(UploadMeta, req.body ?? {}, "body");
    const result = await ingest.preview(
      files.map((f) => ({
        name: fileName(f.originalname),
        bytes: new Uint8Array(f.buffer),
      })),
      meta,
    );
    const first = result.rejected[0];
    if (!result.previewId && first)
      throw new DocumentRejectedError(
        first.file,
        first.reason as RejectReason,
        first.message.slice(first.file.length + 2),
        {
          rejected: result.rejected,
        },
      );
    res.json(result);
  });
  router.post("/documents/commit", guard, async (req, res) => {
    const body = parseInput(CommitRequest, req.body, "body");
    res.json(await ingest.commit(body.previewId, body.reject, String(res.locals.who), body.why));
  });
  router.get("/documents/commit/:previewId", async (req, res) => {
    const { previewId } = parseInput(z.object({ previewId: z.string().min(1).max(100) }), req.params, "path");
    res.json(ingest.progress(previewId));
  });
  router.delete("/documents/:id", guard, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, "path");
    res.json(await ingest.remove(id));
  });
  return router;
}
