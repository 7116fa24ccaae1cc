/**
 * Synthetic graphs in the ExtractedGraph contract, written as NDJSON (the loader's second format):
 * 11 entity types, power-law degrees (endpoints drawn with P(rank ≤ k) = (k/N)^(1/1.5)), one
 * supernode with `superDegree` edges, evidence on every edge, documents, passages and mentions.
 * Deterministic for a given seed. Names are unique Chinese strings (three characters from a pool,
 * a type suffix), so 2- and 4-character searches hit few nodes, as real names do.
 */
import fs from "node:fs";
import { NODE_TYPES, type NodeType, REL_TYPES } from "../../contracts/graph";
import { IdSet } from "../../server/load/idset";

export interface GenerateOptions {
  entities: number;
  edges: number;
  superDegree: number;
  seed?: number;
}

export interface Generated {
  file: string;
  entities: number;
  edges: number;
  documents: number;
  passages: number;
  mentions: number;
  bytes: number;
  /** Ids the query bench uses. */
  supernode: string;
  sample: string[];
}

const POOL =
  "安北宝滨昌长成川春达大德东鄂丰福阜港广贵桂海邯汉杭合河贺衡红湖华淮黄惠吉济佳嘉江金锦晋京荆景九喀开康克昆拉兰廊乐丽连辽林临柳龙隆娄泸鲁洛马满茂梅蒙绵牡南宁盘平莆齐黔钦秦青清庆衢泉日榕瑞三沙汕商上韶邵深沈石寿双顺朔松苏宿随台太泰唐天通铜图吐万威潍渭温文乌无吴梧武西厦仙咸湘襄孝忻新信兴邢徐许宣烟延盐扬阳伊宜义益银鹰营永榆玉元岳云运枣湛张漳昭肇浙镇郑中舟株珠淄自遵";
const SUFFIX: Record<NodeType, string> = {
  FreeTradeZone: "自贸试验区",
  Area: "片区",
  Province: "省",
  City: "市",
  Country: "国",
  Corridor: "走廊",
  Port: "口岸",
  Agreement: "协定",
  Organization: "委员会",
  DevZone: "开发区",
  Industry: "产业",
};
/** Share of each type among entities (cities, industries and organisations dominate). */
const TYPE_WEIGHTS: [NodeType, number][] = [
  ["FreeTradeZone", 0.002],
  ["Area", 0.02],
  ["Province", 0.003],
  ["City", 0.25],
  ["Country", 0.005],
  ["Corridor", 0.002],
  ["Port", 0.08],
  ["Agreement", 0.008],
  ["Organization", 0.33],
  ["DevZone", 0.1],
  ["Industry", 0.2],
];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th unique name core: i in base |POOL|, three characters, scrambled so neighbours differ. */
export function nameCore(i: number): string {
  const n = POOL.length;
  const x = (i * 7919 + 104729) % (n * n * n);
  return `${POOL[x % n]}${POOL[Math.floor(x / n) % n]}${POOL[Math.floor(x / (n * n)) % n]}`;
}

export function typeOf(i: number): NodeType {
  if (i === 0) return "Corridor";
  const u = ((i * 2654435761) >>> 0) / 4294967296;
  let acc = 0;
  for (const [t, w] of TYPE_WEIGHTS) {
    acc += w;
    if (u < acc) return t;
  }
  return "Industry";
}

export function entityId(i: number): string {
  const t = typeOf(i);
  return `${t}:${nameCore(i)}${SUFFIX[t]}`;
}

class LineWriter {
  private chunks: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(private readonly out: fs.WriteStream) {}
  async line(obj: unknown): Promise<void> {
    const s = `${JSON.stringify(obj)}\n`;
    this.chunks.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    const text = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    this.bytes += Buffer.byteLength(text);
    if (!this.out.write(text)) await new Promise<void>((r) => this.out.once("drain", () => r()));
  }
}

export async function generateGraph(file: string, opts: GenerateOptions): Promise<Generated> {
  const rand = mulberry32(opts.seed ?? 42);
  const N = opts.entities;
  const out = fs.createWriteStream(file);
  const w = new LineWriter(out);
  const docs = Math.max(5, Math.ceil(N / 10_000));
  const passagesPerDoc = 20;
  const pid = (d: number, p: number) => `doc:syn${d}#p${p}`;
  await w.line({ version: 1 });
  for (let d = 0; d < docs; d++) {
    await w.line({
      document: {
        id: `doc:syn${d}`,
        file: `syn${d}.txt`,
        title: `合成文档 ${d}`,
        author: "bench",
        date: "2026-01-01",
        year: 2026,
        kind: "synthetic",
        notes: "",
        sha256: "0".repeat(64),
        chars: 1000,
        encoding: "utf-8",
      },
    });
    for (let p = 0; p < passagesPerDoc; p++) {
      const text = `第${p}句：${nameCore(d * passagesPerDoc + p)}与${nameCore(p)}开展合作。`;
      await w.line({
        passage: {
          id: pid(d, p),
          doc: `doc:syn${d}`,
          start: p * 50,
          end: p * 50 + text.length,
          text,
          clean: text,
        },
      });
    }
  }
  for (let i = 0; i < N; i++) {
    const type = typeOf(i);
    const name = `${nameCore(i)}${SUFFIX[type]}`;
    await w.line({
      node: {
        id: `${type}:${name}`,
        type,
        name,
        nameEn: null,
        aliases: i % 7 === 0 ? [`${nameCore(i)}${type === "City" ? "" : "区"}`] : [],
        source: "pattern",
        properties: { rank: i },
      },
    });
  }
  const seen = new IdSet();
  const typed = REL_TYPES.filter((t) => t !== "CO_OCCURS");
  const pick = () => Math.min(N - 1, 1 + Math.floor((N - 1) * rand() ** 1.5));
  let edges = 0;
  const edge = async (s: number, t: number) => {
    if (s === t) return;
    const type = rand() < 0.1 ? "CO_OCCURS" : (typed[Math.floor(rand() * typed.length)] as string);
    const id = `${type}:${entityId(s)}->${entityId(t)}`;
    if (!seen.add(id)) return;
    const d = Math.floor(rand() * docs);
    const p = Math.floor(rand() * passagesPerDoc);
    const quote = `${nameCore(s)}与${nameCore(t)}`;
    await w.line({
      edge: {
        id,
        source: entityId(s),
        target: entityId(t),
        type,
        confidence: Math.round(rand() * 100) / 100,
        properties: {},
        evidence: [
          {
            doc: `doc:syn${d}`,
            passage: pid(d, p),
            start: p * 50,
            end: p * 50 + quote.length,
            quote,
            method: type === "CO_OCCURS" ? "cooccurrence" : "pattern",
          },
        ],
      },
    });
    edges += 1;
  };
  for (let k = 0; edges < opts.superDegree && k < opts.superDegree * 2; k++)
    await edge(0, 1 + Math.floor(rand() * (N - 1)));
  while (edges < opts.edges) await edge(pick(), pick());
  const mentions = Math.min(N, docs * passagesPerDoc * 5);
  for (let m = 0; m < mentions; m++) {
    const d = m % docs;
    const p = Math.floor(m / docs) % passagesPerDoc;
    await w.line({
      mention: {
        node: entityId(m),
        passage: pid(d, p),
        doc: `doc:syn${d}`,
        start: 3,
        end: 6,
        surface: nameCore(m),
      },
    });
  }
  await w.flush();
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  const sample = Array.from({ length: 50 }, () => entityId(1 + Math.floor(rand() * (N - 1))));
  return {
    file,
    entities: N,
    edges,
    documents: docs,
    passages: docs * passagesPerDoc,
    mentions,
    bytes: w.bytes,
    supernode: entityId(0),
    sample,
  };
}

/** Node types in the generated graph, for a sanity check. */
export const GENERATED_TYPES = NODE_TYPES;
