/** Reading corpus files safely: size limit, binary/empty detection, UTF-8 then GB18030 decoding. */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import type { Problem } from "../../contracts/graph";

/** Files above this size are refused without being read (documented in data/README.md). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface LoadedText {
  text: string;
  encoding: string;
  sha256: string;
}

export function decodeBytes(buf: Uint8Array): { text: string; encoding: string } | null {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), encoding: "utf-8" };
  } catch {
    try {
      return { text: new TextDecoder("gb18030", { fatal: true }).decode(buf), encoding: "gb18030" };
    } catch {
      return null;
    }
  }
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}

/** Loads one file or returns the problems that make it unusable (warnings may accompany a text). */
export function loadText(
  path: string,
  file: string,
  maxBytes: number,
): { loaded: LoadedText | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const size = statSync(path).size;
  if (size > maxBytes) {
    problems.push({
      file,
      severity: "error",
      message: `file is ${size} bytes, above the ${maxBytes}-byte limit; not read`,
    });
    return { loaded: null, problems };
  }
  const buf = readFileSync(path);
  if (buf.length === 0) {
    problems.push({ file, severity: "error", message: "empty file" });
    return { loaded: null, problems };
  }
  if (looksBinary(buf)) {
    problems.push({
      file,
      severity: "error",
      message: "binary content (NUL or control bytes), not a text document",
    });
    return { loaded: null, problems };
  }
  const dec = decodeBytes(buf);
  if (!dec) {
    problems.push({ file, severity: "error", message: "neither valid UTF-8 nor GB18030; cannot decode" });
    return { loaded: null, problems };
  }
  let text = dec.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (dec.encoding !== "utf-8") {
    problems.push({ file, severity: "warning", message: `not valid UTF-8; decoded as ${dec.encoding}` });
  }
  if (text.trim().length === 0) {
    problems.push({ file, severity: "error", message: "empty file (whitespace only)" });
    return { loaded: null, problems };
  }
  if (!/\p{L}/u.test(text)) {
    problems.push({
      file,
      severity: "error",
      message: "no text: the file holds only numbers and punctuation",
    });
    return { loaded: null, problems };
  }
  const sha256 = createHash("sha256").update(buf).digest("hex");
  return { loaded: { text, encoding: dec.encoding, sha256 }, problems };
}

export interface ManifestRow {
  file: string;
  title: string;
  author: string;
  date: string;
  kind: string;
  notes: string;
}

export function parseManifest(text: string): Map<string, ManifestRow> {
  const rows = new Map<string, ManifestRow>();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = (lines.shift() ?? "").split("\t").map((h) => h.trim());
  const col = (cells: string[], name: string) => {
    const i = header.indexOf(name);
    return i >= 0 ? (cells[i] ?? "").trim() : "";
  };
  for (const line of lines) {
    const cells = line.split("\t");
    const file = col(cells, "file");
    if (!file) continue;
    rows.set(file, {
      file,
      title: col(cells, "title"),
      author: col(cells, "author_or_publisher") || col(cells, "author"),
      date: col(cells, "date"),
      kind: col(cells, "kind"),
      notes: col(cells, "notes"),
    });
  }
  return rows;
}
