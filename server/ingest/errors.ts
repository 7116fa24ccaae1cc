/**
 * Refusals of an uploaded file. Every message names the file and the reason; nothing stored is
 * touched when one is thrown (decoding and preview never write).
 */
import { AppError } from "../errors";

export type RejectReason =
  | "too-large"
  | "unknown-type"
  | "encrypted"
  | "scanned"
  | "broken-archive"
  | "duplicate"
  | "empty"
  | "undecodable";

export const STATUS: Record<RejectReason, number> = {
  "too-large": 413,
  "unknown-type": 415,
  encrypted: 422,
  scanned: 422,
  "broken-archive": 422,
  duplicate: 409,
  empty: 422,
  undecodable: 422,
};

export class DocumentRejectedError extends AppError {
  constructor(
    readonly file: string,
    readonly reason: RejectReason,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super("DOCUMENT_REJECTED", STATUS[reason], `${file}: ${message}`, { file, reason, ...extra });
  }
}
