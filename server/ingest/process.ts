/**
 * Decoding + extraction of a batch of uploaded files, file by file; a refused file becomes an
 * outcome with its reason, the others go on. Runs inside the ingest worker (worker.ts) or inline.
 */
import type { UploadMeta } from "../../contracts/ingest";
import { type DecodedFile, decodeFile } from "./decode/index";
import { DocumentRejectedError } from "./errors";
import { extractUpload, type UploadExtraction } from "./extract";

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

export type Outcome =
  | { ok: true; decoded: Omit<DecodedFile, "text">; extraction: UploadExtraction }
  | { ok: false; file: string; reason: string; message: string; status: number };

export interface ProcessOptions {
  maxBytes: number;
  onProgress?: (file: string, done: number, total: number) => void;
}

export async function processFile(
  f: UploadFile,
  meta: UploadMeta,
  options: ProcessOptions,
): Promise<Outcome> {
  try {
    const decoded = await decodeFile(f.name, f.bytes, {
      maxBytes: options.maxBytes,
      onProgress: (done, total) => options.onProgress?.(f.name, done, total),
    });
    const extraction = extractUpload(decoded, meta);
    const { text: _text, ...rest } = decoded;
    return { ok: true, decoded: rest, extraction };
  } catch (error) {
    if (error instanceof DocumentRejectedError)
      return { ok: false, file: f.name, reason: error.reason, message: error.message, status: error.status };
    return {
      ok: false,
      file: f.name,
      reason: "undecodable",
      message: `${f.name}: could not be read (${(error as Error).message})`,
      status: 422,
    };
  }
}

export async function processFiles(
  files: UploadFile[],
  meta: UploadMeta,
  options: ProcessOptions,
): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const f of files) out.push(await processFile(f, meta, options));
  return out;
}
