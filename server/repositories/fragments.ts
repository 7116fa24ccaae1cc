/**
 * Shared Cypher fragments and row → view helpers of the repositories. Labels and relationship types
 * are never parameters in Cypher, so they are checked against the contract's enums before use.
 */
import type { EvidenceView } from "../../contracts/api";
import { EvidenceMethod, NODE_TYPES, type NodeType, REL_TYPES, type RelType } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import { type DocumentPart, type EndNames, partTitle, rankEvidence } from "../services/evidenceRanking";

/**
 * The explorer's reads, as sent: their expressions compiled when the query is first planned.
 * By default Neo4j interprets a query's expressions and, on its 11th execution, plans it again with
 * compiled ones (expression engine "only when hot"): that 11th request of each query text paid 10–36 ms
 * more than the others on the 100k bench graph (a neighbourhood, a corridor's zones: ~1 ms in Neo4j
 * otherwise), against 1–3 ms compiled from the start, which planned no slower the first time.
 */
export function compiledExpressions(q: Query): Query {
  return { ...q, cypher: `CYPHER expressionEngine=compiled\n${q.cypher}` };
}

/** Typed relationships (everything but the weak CO_OCCURS). */
export const TYPED_RELS: RelType[] = REL_TYPES.filter((t) => t !== "CO_OCCURS");

export function relTypes(rels: readonly string[] | undefined, includeCoOccurrence = false): RelType[] {
  const base = rels && rels.length > 0 ? rels : includeCoOccurrence ? [...REL_TYPES] : TYPED_RELS;
  return base.filter((r): r is RelType => (REL_TYPES as readonly string[]).includes(r));
}

export function nodeTypes(types: readonly string[] | undefined): NodeType[] | null {
  if (!types || types.length === 0) return null;
  return types.filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t));
}

/** `:A|B|C` for a relationship pattern, from checked types only. */
export function relPattern(types: readonly RelType[]): string {
  const checked = types.filter((t) => (REL_TYPES as readonly string[]).includes(t));
  if (checked.length === 0) throw new Error("relPattern: no relationship type");
  return `:${checked.join("|")}`;
}

/** The raw evidence arrays of a relationship or claim variable, as a Cypher map projection. */
export function evidenceArrays(v: string): string {
  return `{docs: ${v}.evidenceDocs, passages: ${v}.evidencePassages, starts: ${v}.evidenceStarts, ends: ${v}.evidenceEnds, quotes: ${v}.evidenceQuotes, methods: ${v}.evidenceMethods}`;
}

export interface EvidenceArrays {
  docs?: unknown[] | null;
  passages?: unknown[] | null;
  starts?: unknown[] | null;
  ends?: unknown[] | null;
  quotes?: unknown[] | null;
  methods?: unknown[] | null;
}

export interface DocInfo {
  title: string;
  date: string;
  /** Compound documents (titles joined with " / "): where each part's heading starts. */
  parts?: DocumentPart[];
}

/** What evidence views need besides the arrays: document titles/dates and the sentences. */
export interface Provenance {
  docs: Map<string, DocInfo>;
  passages: Map<string, { start: number; text: string }>;
  /** Passage id → the ids of the given relation ends mentioned in it (when ends were asked for). */
  mentions?: Map<string, Set<string>>;
}

/** Document and passage ids named by some evidence arrays. */
export function provenanceIds(evs: (EvidenceArrays | null | undefined)[]): {
  docs: string[];
  passages: string[];
} {
  const docs = new Set<string>();
  const passages = new Set<string>();
  for (const ev of evs) {
    for (const d of ev?.docs ?? []) docs.add(String(d));
    for (const p of ev?.passages ?? []) passages.add(String(p));
  }
  return { docs: [...docs], passages: [...passages] };
}

/** Evidence arrays → every stored quote as a view, with its document (part) title, date and sentence. */
export function rawEvidenceViews(a: EvidenceArrays | null | undefined, prov: Provenance): EvidenceView[] {
  if (!a) return [];
  const n = a.quotes?.length ?? 0;
  const out: EvidenceView[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const doc = String(a.docs?.[i] ?? "");
    const passage = String(a.passages?.[i] ?? "");
    const start = Math.trunc(Number(a.starts?.[i] ?? 0));
    const end = Math.trunc(Number(a.ends?.[i] ?? 0));
    const key = `${doc}\u0000${start}\u0000${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const method = EvidenceMethod.safeParse(a.methods?.[i]);
    const sentence = prov.passages.get(passage);
    const info = prov.docs.get(doc);
    out.push({
      doc,
      docTitle: partTitle(info?.title ?? "", info?.parts, start),
      docDate: info?.date ?? "",
      passage,
      start,
      end,
      quote: String(a.quotes?.[i] ?? ""),
      method: method.success ? method.data : "pattern",
      ...(sentence ? { sentence: sentence.text, sentenceStart: sentence.start } : {}),
    });
  }
  return out;
}

/**
 * Evidence as shown everywhere: headings and fragments left out, duplicates collapsed, sentences
 * naming both `ends` first (see server/services/evidenceRanking.ts); `hidden` counts what was left out.
 */
export function rankedEvidence(
  a: EvidenceArrays | null | undefined,
  prov: Provenance,
  ends: readonly EndNames[] = [],
): { evidence: EvidenceView[]; hidden: number } {
  return rankEvidence(rawEvidenceViews(a, prov), ends, prov.mentions);
}

/** {@link rankedEvidence} without the count. */
export function evidenceViews(
  a: EvidenceArrays | null | undefined,
  prov: Provenance,
  ends: readonly EndNames[] = [],
): EvidenceView[] {
  return rankedEvidence(a, prov, ends).evidence;
}

/** The entity fields every graph view needs, as a Cypher map projection. */
export function entityMap(v: string, withStatus = true): string {
  const status = withStatus ? `, status: ${statusExpr(v)}` : "";
  return `${v} {.id, .type, .name, .nameEn, .degree, .aliases${status}}`;
}

/**
 * A zone's status, the rule of client/src/model/status.ts: established (an `established` date),
 * applied for (a province APPLIES_FOR it), else proposed; a province that applies for a zone: applied.
 * Other entities: null. EXISTS on one typed, directed relationship costs the same on a supernode.
 */
export function statusExpr(v: string): string {
  return `CASE WHEN ${v}.type = 'FreeTradeZone' THEN
  CASE WHEN ${v}.established IS NOT NULL THEN 'established'
       WHEN EXISTS { (${v})<-[:APPLIES_FOR]-() } THEN 'applied' ELSE 'proposed' END
  WHEN ${v}.type = 'Province' AND EXISTS { (${v})-[:APPLIES_FOR]->() } THEN 'applied' END`;
}

export type EntityStatus = "established" | "applied" | "proposed";

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  degree: number | null;
  aliases: string[] | null;
  /** Zones (and provinces applying for one): see {@link statusExpr}. */
  status?: string | null;
}

const STATUSES: ReadonlySet<string> = new Set(["established", "applied", "proposed"]);

export function nodeAttributes(e: EntityRow) {
  return {
    type: e.type,
    label: e.name,
    name: e.name,
    nameEn: e.nameEn ?? null,
    degree: Math.max(0, Math.trunc(e.degree ?? 0)),
    aliases: e.aliases ?? [],
    ...(e.status && STATUSES.has(e.status) ? { status: e.status as EntityStatus } : {}),
  };
}

export { RESERVED_ENTITY_KEYS, RESERVED_REL_KEYS } from "../load/queries";

/** Keep only Neo4j-storable values (scalars, arrays of strings, arrays of numbers). */
export function cleanProperties(
  props: Record<string, unknown>,
  reserved: ReadonlySet<string>,
): Record<string, string | number | boolean | string[] | number[]> {
  const out: Record<string, string | number | boolean | string[] | number[]> = {};
  for (const [k, v] of Object.entries(props)) {
    if (reserved.has(k) || v === null || v === undefined) continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[k] = v as string[];
    else if (Array.isArray(v) && v.every((x) => typeof x === "number")) out[k] = v as number[];
    else out[k] = String(v);
  }
  return out;
}

export const passageInfoQuery = (ids: string[]) => ({
  cypher: "MATCH (p:Passage) WHERE p.id IN $ids RETURN p.id AS id, p.start AS start, p.text AS text",
  params: { ids },
});

/** `parts` of the document `d`: where each part of a compound document starts (see documentInfoQuery). */
export const DOCUMENT_PARTS = `CALL (d) {
  UNWIND CASE WHEN d.title CONTAINS ' / ' THEN split(d.title, ' / ') ELSE [] END AS part
  OPTIONAL MATCH (p:Passage {doc: d.id})
  WHERE trim(p.text) = trim(part) OR trim(p.clean) = trim(part)
  WITH part, min(p.start) AS start
  WHERE start IS NOT NULL
  RETURN collect({title: trim(part), start: start}) AS parts
}`;

/**
 * Titles and dates; for a compound document (titles joined with " / ") also where each part starts:
 * the first passage of the document whose text is that part's title (its heading line).
 */
export const documentInfoQuery = (ids: string[]) => ({
  cypher: `MATCH (d:Document) WHERE d.id IN $ids
${DOCUMENT_PARTS}
RETURN d.id AS id, d.title AS title, d.date AS date, parts`,
  params: { ids },
});

/** Which of the given entities each passage mentions (from the passages: cost follows the evidence). */
export const passageMentionsQuery = (passages: string[], ends: string[]) => ({
  cypher: `UNWIND $passages AS pid
MATCH (p:Passage {id: pid})<-[:MENTIONED_IN]-(n:Entity)
WHERE n.id IN $ends
RETURN pid AS passage, collect(DISTINCT n.id) AS ids`,
  params: { passages, ends },
});
