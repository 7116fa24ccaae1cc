/** What every decoder returns: the readable text (stored as the document text) and metadata. */
import type { DocumentType } from "../sniff";

export interface FileMeta {
  title?: string;
  author?: string;
  date?: string;
  kind?: string;
}

export interface Decoded {
  type: DocumentType;
  /** The decoded text; evidence offsets index into exactly this string. */
  text: string;
  /** The source encoding or format, e.g. "utf-8", "gb18030", "pdf", "docx". */
  encoding: string;
  meta: FileMeta;
  /** Pages (PDF only), for progress and messages. */
  pages?: number;
}
