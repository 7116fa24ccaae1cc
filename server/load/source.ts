/**
 * Where a load reads its records from: an in-memory ExtractedGraph, an extraction JSON file read as a
 * stream (stream-json, one record assembled at a time), or an NDJSON file (one record per line). Each
 * source is a factory, so the loader can read it twice (validate, then write) with bounded memory.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";
import Assembler from "stream-json/assembler.js";
import parser from "stream-json/parser.js";

export const SECTIONS = [
  "documents",
  "passages",
  "nodes",
  "edges",
  "mentions",
  "claims",
  "problems",
] as const;
export type Section = (typeof SECTIONS)[number];

/** NDJSON record keys, one per section: `{"node": {...}}`. */
export const NDJSON_KEYS: Record<string, Section> = {
  document: "documents",
  passage: "passages",
  node: "nodes",
  edge: "edges",
  mention: "mentions",
  claim: "claims",
  problem: "problems",
};

/** The NDJSON key of each section (the inverse of NDJSON_KEYS): `nodes` → `node`. */
export const SECTION_KEYS = Object.fromEntries(
  Object.entries(NDJSON_KEYS).map(([key, section]) => [section, key]),
) as Record<Section, string>;

export interface GraphRecord {
  section: Section;
  item: unknown;
  /** Where it came from, for error messages: "nodes.12" or "line 40". */
  where: string;
  /** The record's own text when the source has one (an NDJSON line, `{"node": {…}}`). */
  text?: string;
}

export interface GraphSource {
  /** For messages: a file name or "(in memory)". */
  name: string;
  /** A new pass over every record. */
  records(): AsyncIterable<GraphRecord>;
  /** The `version` field (JSON) or header line (NDJSON), known after a full pass. */
  version(): unknown;
  /** SHA-256 of the input (file bytes, or the object's JSON). */
  checksum(): Promise<string>;
}

const isSection = (k: string): k is Section => (SECTIONS as readonly string[]).includes(k);

export function sourceFromGraph(graph: unknown): GraphSource {
  const g = (graph ?? {}) as Record<string, unknown>;
  return {
    name: "(in memory)",
    async *records() {
      for (const section of SECTIONS) {
        const items = g[section];
        if (!Array.isArray(items)) continue;
        for (let i = 0; i < items.length; i++) yield { section, item: items[i], where: `${section}.${i}` };
      }
    },
    version: () => g.version,
    checksum: async () => createHash("sha256").update(JSON.stringify(graph)).digest("hex"),
  };
}

async function fileChecksum(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const bytes of chunksOf(file)) hash.update(bytes);
  return hash.digest("hex");
}

const CHUNK_BYTES = 1 << 20;

/**
 * A file's bytes, read into one reused 1 MB buffer: each chunk is valid until the next one is asked
 * for (the consumer copies what it keeps: a decoder's string, a hash's state). A read stream
 * allocates a new buffer per chunk, which waits for a garbage collection as external memory
 * (30–47 MB of array buffers at the loader's peaks, 100k bench file).
 */
async function* chunksOf(file: string): AsyncGenerator<Buffer> {
  const handle = await fs.promises.open(file, "r");
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** A JSON file in the ExtractedGraph shape, parsed as a token stream: memory follows one record. */
export function sourceFromJsonFile(file: string): GraphSource {
  let version: unknown;
  return {
    name: file,
    async *records() {
      const tokens = fs
        .createReadStream(file)
        .pipe(parser.asStream({ streamValues: false, streamKeys: false }));
      let depth = 0;
      let key: string | null = null;
      let section: Section | null = null;
      let index = 0;
      let asm: Assembler | null = null;
      for await (const chunk of tokens) {
        for (const token of (Array.isArray(chunk) ? chunk : [chunk]) as { name: string; value?: string }[]) {
          if (asm) {
            asm.consume(token as never);
            if (asm.done) {
              yield { section: section as Section, item: asm.current, where: `${section}.${index}` };
              index += 1;
              asm = null;
            }
            continue;
          }
          const opens = token.name === "startObject" || token.name === "startArray";
          const closes = token.name === "endObject" || token.name === "endArray";
          if (depth === 1 && token.name === "keyValue") key = token.value ?? null;
          else if (depth === 1 && key === "version" && token.name === "numberValue")
            version = Number(token.value);
          else if (depth === 1 && token.name === "startArray" && key !== null && isSection(key)) {
            section = key;
            index = 0;
          } else if (depth === 2 && section !== null && !closes) {
            asm = new Assembler();
            asm.consume(token as never);
            if (asm.done) {
              yield { section, item: asm.current, where: `${section}.${index}` };
              index += 1;
              asm = null;
            }
            continue;
          }
          if (opens) depth += 1;
          if (closes) {
            depth -= 1;
            if (depth === 1) section = null;
          }
        }
      }
    },
    version: () => version,
    checksum: () => fileChecksum(file),
  };
}

/** NDJSON: an optional `{"version": 1}` line, then one `{"<kind>": {...}}` record per line. */
export function sourceFromNdjsonFile(file: string): GraphSource {
  let version: unknown;
  return {
    name: file,
    async *records() {
      let n = 0;
      for await (const lines of linesOf(file))
        for (const line of lines) {
          n += 1;
          if (line.trim() === "") continue;
          const record = ndjsonRecord(file, line, n);
          if (record.section === null) version = record.item;
          else yield { section: record.section, item: record.item, where: `line ${n}`, text: line };
        }
    },
    version: () => version,
    checksum: () => fileChecksum(file),
  };
}

/** One NDJSON line: its section and record, or (section null) the version header. */
function ndjsonRecord(file: string, line: string, n: number): { section: Section | null; item: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`${file} line ${n}: not valid JSON (${(error as Error).message}) — nothing was changed.`);
  }
  let kind: string | undefined;
  let item: unknown;
  let keys = 0;
  if (value && typeof value === "object")
    for (const k in value) {
      keys += 1;
      if (keys === 1) [kind, item] = [k, (value as Record<string, unknown>)[k]];
    }
  if (keys === 1 && kind === "version") return { section: null, item };
  const section = kind ? NDJSON_KEYS[kind] : undefined;
  if (keys !== 1 || !section)
    throw new Error(
      `${file} line ${n}: expected one key of ${Object.keys(NDJSON_KEYS).join(", ")} or version — nothing was changed.`,
    );
  return { section, item };
}

/**
 * The lines of a file, a chunk's worth at a time (1 MB reads into one buffer: fewer, larger strings than readline),
 * split as readline splits them: at "\n", "\r\n" or a lone "\r".
 */
export async function* linesOf(file: string): AsyncGenerator<string[]> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of chunksOf(file)) {
    const text = rest + decoder.write(chunk);
    const lines: string[] = [];
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      pushLine(lines, text.slice(start, end));
      start = nl + 1;
    }
    // A "\r" at the end may be the first half of a "\r\n": kept for the next chunk.
    rest = text.slice(start);
    if (lines.length > 0) yield lines;
  }
  rest += decoder.end();
  if (rest !== "") {
    const lines: string[] = [];
    pushLine(lines, rest.endsWith("\r") ? rest.slice(0, -1) : rest);
    yield lines;
  }
}

function pushLine(lines: string[], line: string): void {
  if (line.includes("\r")) lines.push(...line.split("\r"));
  else lines.push(line);
}

/** By extension (.ndjson, .jsonl) or else by content: a first line holding a whole record is NDJSON. */
export function sourceFromFile(file: string): GraphSource {
  if (/\.(ndjson|jsonl)$/i.test(file)) return sourceFromNdjsonFile(file);
  return sourceFromJsonFile(file);
}
