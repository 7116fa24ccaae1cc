/** Documents: metadata with counts, and the text with the entity mention spans. */
import type { Executor, Query } from "../neo4j/executor";

const SUMMARY = `d {.id, .file, .title, .author, .date, .year, .kind, .chars} AS d,
       COUNT { (d)<-[:IN_DOCUMENT]-(:Passage) } AS passageCount,
       COUNT { (:Entity)-[:MENTIONED_IN]->(:Passage)-[:IN_DOCUMENT]->(d) } AS mentionCount`;

export function documentsQuery(): Query {
  return { cypher: `MATCH (d:Document)\nRETURN ${SUMMARY}\nORDER BY d.id` };
}

/** The document, its text (the `text` property when the loader stored it, else its passages) and mentions. */
export function documentQuery(id: string): Query {
  return {
    cypher: `MATCH (d:Document {id: $id})
RETURN ${SUMMARY}, d.text AS text,
  COLLECT { MATCH (p:Passage)-[:IN_DOCUMENT]->(d) RETURN {start: p.start, end: p.end, text: p.text} ORDER BY p.start } AS passages,
  COLLECT {
    MATCH (e:Entity)-[m:MENTIONED_IN]->(:Passage)-[:IN_DOCUMENT]->(d)
    RETURN {node: e.id, type: e.type, name: e.name, start: m.start, end: m.end} ORDER BY m.start, m.end
  } AS mentions`,
    params: { id },
  };
}

export class DocumentRepository {
  constructor(private readonly executor: Executor) {}

  async list(): Promise<Record<string, unknown>[]> {
    const r = await this.executor.executeRead(documentsQuery(), { timeoutMs: 10_000 });
    return r.records.map((rec) => rec.toObject());
  }

  async get(id: string): Promise<Record<string, unknown> | null> {
    const r = await this.executor.executeRead(documentQuery(id), { timeoutMs: 10_000 });
    return r.records[0]?.toObject() ?? null;
  }
}
