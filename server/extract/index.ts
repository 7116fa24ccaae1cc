/**
 * Knowledge extraction: corpus folder → ExtractedGraph (contracts/graph.ts). The pipeline: text layer
 * (text.ts, clauses.ts) → entity rules (entities/) → relation rules (relations/) → claims and table
 * rows, passage by passage (document.ts) → one graph (builder.ts).
 * Deterministic: the same input gives byte-identical JSON (sorted arrays, ids derived from names).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { DocumentMeta, ExtractedGraph } from "../../contracts/graph";
import { Builder, cmp, finish } from "./builder";
import { type Catalog, loadCatalog } from "./catalog";
import { extractText } from "./document";
import { DEFAULT_MAX_FILE_BYTES, loadText, type ManifestRow, parseManifest } from "./load";
import { Recognizer } from "./recognize";

export { DEFAULT_MAX_FILE_BYTES } from "./load";

export interface ExtractOptions {
  onProgress?: (done: number, total: number, file: string) => void;
  maxFileBytes?: number;
  /** Directory of catalog JSON files (defaults to data/catalog). */
  catalogDir?: string;
}

function docYear(date: string): number | null {
  const m = /(\d{4})/.exec(date);
  return m ? Number(m[1]) : null;
}

function titleFromText(text: string): string {
  for (const line of text.split("\n")) {
    const t = line.replace(/^[#\s]+/, "").trim();
    if (t) return t.slice(0, 120);
  }
  return "";
}

/** Extracts a single decoded text (pure; used by tests and by extractCorpus). */
export function extractDocument(
  file: string,
  text: string,
  meta: Partial<ManifestRow> = {},
  catalog: Catalog = loadCatalog(),
): ExtractedGraph {
  const b = new Builder(catalog);
  const rec = new Recognizer(catalog);
  const stem = basename(file, extname(file));
  const date = meta.date ?? "";
  const m: DocumentMeta = {
    id: `doc:${stem}`,
    file,
    title: meta.title || titleFromText(text),
    author: meta.author ?? "",
    date,
    year: docYear(date),
    kind: meta.kind ?? "",
    notes: meta.notes ?? "",
    sha256: "",
    chars: text.length,
    encoding: "utf-8",
    text,
  };
  b.documents.push(m);
  rec.startDocument(text);
  try {
    extractText(b, rec, text, m);
  } finally {
    b.absorb(rec.cat, rec.doc.joinedForms());
  }
  return finish(b);
}

export async function extractCorpus(dir: string, options: ExtractOptions = {}): Promise<ExtractedGraph> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const catalog = loadCatalog(options.catalogDir);
  const b = new Builder(catalog);
  const rec = new Recognizer(catalog);
  const manifestPath = join(dir, "MANIFEST.tsv");
  const manifest = existsSync(manifestPath)
    ? parseManifest(readFileSync(manifestPath, "utf8"))
    : new Map<string, ManifestRow>();
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.(txt|md)$/i.test(d.name))
    .map((d) => d.name)
    .sort(cmp);
  let done = 0;
  for (const file of files) {
    const { loaded, problems } = loadText(join(dir, file), file, maxBytes);
    b.problems.push(...problems);
    if (loaded) {
      const row = manifest.get(file);
      const stem = basename(file, extname(file));
      const date = row?.date ?? "";
      const meta: DocumentMeta = {
        id: `doc:${stem}`,
        file,
        title: row?.title || titleFromText(loaded.text),
        author: row?.author ?? "",
        date,
        year: docYear(date),
        kind: row?.kind ?? "",
        notes: row?.notes ?? "",
        sha256: loaded.sha256,
        chars: loaded.text.length,
        encoding: loaded.encoding,
        text: loaded.text,
      };
      b.documents.push(meta);
      try {
        rec.startDocument(loaded.text);
        extractText(b, rec, loaded.text, meta);
      } catch (err) {
        b.problems.push({ file, severity: "error", message: `extraction failed: ${(err as Error).message}` });
      } finally {
        // the document's own names join the graph; the next document starts from the loaded catalog
        b.absorb(rec.cat, rec.doc.joinedForms());
      }
    }
    done++;
    options.onProgress?.(done, files.length, file);
  }
  for (const f of manifest.keys()) {
    if (!files.includes(f))
      b.problems.push({ file: f, severity: "warning", message: "listed in MANIFEST.tsv but not found" });
  }
  return finish(b);
}
