/**
 * The extraction bench's corpus: the real documents of data/corpus and the fixture documents
 * (fictional unseen/blind sets, real-text dev sets; held-out texts are left out), each written
 * again under new names until the folder holds about `targetBytes` of UTF-8 text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../server/config";

const SOURCES = ["data/corpus", "tests/fixtures/real/set1/dev", "tests/fixtures/real/set2/dev"];
const FIXTURE_PREFIX = "corpus-";

export interface BenchDocument {
  name: string;
  text: string;
}

/** The source documents (.txt/.md), in a fixed order. */
export function sourceDocuments(): BenchDocument[] {
  const fixtures = readdirSync(join(PROJECT_ROOT, "tests/fixtures"))
    .filter((d) => d.startsWith(FIXTURE_PREFIX))
    .sort()
    .map((d) => `tests/fixtures/${d}`);
  const docs: BenchDocument[] = [];
  for (const dir of [...SOURCES, ...fixtures]) {
    const abs = join(PROJECT_ROOT, dir);
    for (const f of readdirSync(abs).sort()) {
      if (!/\.(txt|md)$/i.test(f) || /^(README|SOURCES)\.md$/i.test(f)) continue;
      docs.push({
        name: `${dir.replace(/[^A-Za-z0-9]+/g, "_")}__${f}`,
        text: readFileSync(join(abs, f), "utf8"),
      });
    }
  }
  return docs;
}

/** Writes the repeated documents into `dir`; returns what was written (texts and totals). */
export function writeBenchCorpus(
  dir: string,
  targetBytes: number,
): { docs: BenchDocument[]; chars: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const sources = sourceDocuments();
  const docs: BenchDocument[] = [];
  let bytes = 0;
  let chars = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const d of sources) {
      if (bytes >= targetBytes) break;
      const name = `r${String(round).padStart(3, "0")}_${d.name}`;
      writeFileSync(join(dir, name), d.text);
      docs.push({ name, text: d.text });
      bytes += Buffer.byteLength(d.text);
      chars += d.text.length;
    }
  }
  return { docs, chars, bytes };
}
