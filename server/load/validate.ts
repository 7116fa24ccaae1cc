/**
 * The loader's first pass: every record checked against the contract and every reference resolved,
 * before anything is written. Memory: the id hashes (IdSet), never the records.
 */
import type { z } from "zod";
import { Claim, DocumentMeta, GraphEdge, GraphNode, Mention, Passage, Problem } from "../../contracts/graph";
import { IdSet } from "./idset";
import { type GraphSource, SECTIONS, type Section } from "./source";

const SCHEMAS: Record<Section, z.ZodType> = {
  documents: DocumentMeta,
  passages: Passage,
  nodes: GraphNode,
  edges: GraphEdge,
  mentions: Mention,
  claims: Claim,
  problems: Problem,
};

export type SectionCounts = Record<Section, number>;

export interface Validation {
  counts: SectionCounts;
  /** True when every reference points back to a record already read (one write pass suffices). */
  inOrder: boolean;
  problems: { file: string; severity: string; message: string }[];
}

export function invalid(what: string): Error {
  return new Error(`The graph to load is invalid at ${what} — nothing was changed.`);
}
function inconsistent(what: string): Error {
  return new Error(`The graph to load is inconsistent: ${what} — nothing was changed.`);
}
function at(where: string, path: PropertyKey[]): string {
  const p = path.map(String).join(".");
  if (!p) return where;
  return where.startsWith("line") ? `${where}, field ${p}` : `${where}.${p}`;
}

interface Ref {
  kind: "node" | "passage" | "document";
  id: string;
  what: string;
}

/** References a record makes, with the message naming it when it dangles. */
/** The id fields a record may hold (each section has some of them). */
interface Rec {
  id: string;
  doc: string;
  source: string;
  target: string;
  node: string;
  passage: string;
  subject: string;
}

function refsOf(section: Section, item: Rec): Ref[] {
  switch (section) {
    case "passages":
      return [
        { kind: "document", id: item.doc, what: `passage ${item.id} names unknown document ${item.doc}` },
      ];
    case "edges":
      return [
        { kind: "node", id: item.source, what: `edge ${item.id} starts at unknown node ${item.source}` },
        { kind: "node", id: item.target, what: `edge ${item.id} ends at unknown node ${item.target}` },
      ];
    case "mentions":
      return [
        { kind: "node", id: item.node, what: `a mention names unknown node ${item.node}` },
        { kind: "passage", id: item.passage, what: `a mention names unknown passage ${item.passage}` },
      ];
    case "claims":
      return [
        { kind: "node", id: item.subject, what: `claim ${item.id} is about unknown node ${item.subject}` },
      ];
    default:
      return [];
  }
}

export async function validateSource(
  source: GraphSource,
  onProgress?: (records: number) => void,
): Promise<Validation> {
  const ids = { node: new IdSet(), passage: new IdSet(), document: new IdSet() };
  const counts = Object.fromEntries(SECTIONS.map((s) => [s, 0])) as SectionCounts;
  const pending: Ref[] = [];
  const problems: Validation["problems"] = [];
  let n = 0;
  for await (const { section, item, where } of source.records()) {
    const parsed = SCHEMAS[section].safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw invalid(`${at(where, issue?.path ?? [])}: ${issue?.message ?? "invalid"}`);
    }
    const rec = parsed.data as Rec;
    if (section === "nodes") ids.node.add(rec.id);
    else if (section === "passages") ids.passage.add(rec.id);
    else if (section === "documents") ids.document.add(rec.id);
    else if (section === "problems") problems.push(rec as unknown as Validation["problems"][number]);
    for (const ref of refsOf(section, rec)) if (!ids[ref.kind].has(ref.id)) pending.push(ref);
    counts[section] += 1;
    n += 1;
    if (n % 10_000 === 0) onProgress?.(n);
  }
  const version = source.version();
  if (version !== 1) throw invalid(`version: expected 1, got ${JSON.stringify(version) ?? "nothing"}`);
  for (const ref of pending) if (!ids[ref.kind].has(ref.id)) throw inconsistent(ref.what);
  return { counts, inOrder: pending.length === 0, problems };
}

/** Records that are written (problems are reported, not stored). */
export function writableRecords(counts: SectionCounts): number {
  return counts.documents + counts.passages + counts.nodes + counts.edges + counts.mentions + counts.claims;
}
