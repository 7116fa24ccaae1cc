import { describe, expect, it } from "vitest";
import { corridorLinksQuery } from "../../../../server/repositories/corridors";
import {
  documentInfoQuery,
  passageMentionsQuery,
  rawEvidenceViews,
  relPattern,
  relTypes,
} from "../../../../server/repositories/fragments";
import {
  edgesAmongQuery,
  escapeLucene,
  expandQuery,
  ID_LABELS,
  keptEdges,
  luceneQuery,
  nodesByIdsQuery,
  perTypeLimit,
  provenanceEdgesAmongQuery,
  relTypeOfId,
  searchQuery,
} from "../../../../server/repositories/graph";

describe("keptEdges", () => {
  it("turns the expand query's lists into edges, ends by direction", () => {
    const tuple = (out: boolean) => [
      "PART_OF:a->m",
      "PART_OF",
      out,
      0.9,
      2,
      null,
      null,
      "m",
      "City",
      "某市",
      null,
      4,
      ["某"],
      null,
    ];
    const [outgoing, incoming] = keptEdges("a", [tuple(true), tuple(false)]);
    expect(outgoing).toEqual({
      id: "PART_OF:a->m",
      type: "PART_OF",
      source: "a",
      target: "m",
      confidence: 0.9,
      evidenceCount: 2,
      count: null,
      stage: null,
      m: { id: "m", type: "City", name: "某市", nameEn: null, degree: 4, aliases: ["某"], status: null },
    });
    expect(incoming).toMatchObject({ source: "m", target: "a" });
  });
  it("rebuilds the conventional ids the query leaves out (TYPE:source->target, Type:name)", () => {
    const tuple = (out: boolean) => [
      null,
      "PART_OF",
      out,
      0.9,
      2,
      null,
      null,
      null,
      "City",
      "某市",
      null,
      4,
      [],
      null,
    ];
    const [outgoing, incoming] = keptEdges("Area:甲", [tuple(true), tuple(false)]);
    expect(outgoing).toMatchObject({
      id: "PART_OF:Area:甲->City:某市",
      source: "Area:甲",
      target: "City:某市",
      m: { id: "City:某市" },
    });
    expect(incoming).toMatchObject({
      id: "PART_OF:City:某市->Area:甲",
      source: "City:某市",
      target: "Area:甲",
    });
  });
});

describe("query builders", () => {
  it("escapes Lucene syntax in user input", () => {
    expect(escapeLucene('a+b:"c"*')).toBe('a\\+b\\:\\"c\\"\\*');
    expect(luceneQuery("二连")).toBe('"二连"');
    expect(luceneQuery("erl")).toBe("(erl^2 OR erl*)");
    expect(luceneQuery("(*)")).toBeNull();
    expect(luceneQuery("AND OR")).toContain("and");
  });
  it("passes user input only as parameters", () => {
    const q = searchQuery("x' OR 1=1 //", null, 10);
    expect(q.cypher).not.toContain("1=1");
    expect(q.params).toMatchObject({ q: "x' OR 1=1 //", types: null });
  });
  it("writes only checked relationship types into patterns", () => {
    expect(relTypes(undefined)).not.toContain("CO_OCCURS");
    expect(relTypes(undefined, true)).toContain("CO_OCCURS");
    expect(relTypes(["PART_OF", "DROP` X"])).toEqual(["PART_OF"]);
    expect(() => relPattern([])).toThrow();
    expect(expandQuery(["a"], ["PART_OF"], null, 5).cypher).toContain("[r:PART_OF]");
  });
  it("bounds what one expanded node reads: a share per type and a fill, at most 2 × fanout", () => {
    expect(perTypeLimit(50, 11)).toBe(5);
    expect(perTypeLimit(1, 11)).toBe(1);
    const q = expandQuery(["a"], ["PART_OF", "LOCATED_IN"], null, 50, true);
    expect(q.params).toEqual({
      frontier: ["a"],
      types: null,
      fanout: 50,
      perType: 25,
      rels: ["PART_OF", "LOCATED_IN"],
    });
    expect(q.cypher).toMatchInlineSnapshot(`
      "UNWIND $frontier AS fid
      MATCH (f:Entity {id: fid})
      WITH fid, f, coalesce(f.degree, $fanout + 1) > $fanout AS dense
      WITH fid, f, dense, CASE WHEN dense AND f.typeCounts IS NOT NULL THEN
        reduce(s = 0, n IN [rt IN $rels | reduce(c = 0, e IN [x IN f.typeCounts | split(x, '|')] |
            c + CASE WHEN e[0] = rt AND ($types IS NULL OR e[1] IN $types) THEN toInteger(e[2]) ELSE 0 END)] |
          s + CASE WHEN n < $perType THEN n ELSE $perType END) < $fanout
        ELSE true END AS fill
      CALL (fid, f, dense, fill) {
        CALL (f, dense, fill) {
          WITH f WHERE dense
          MATCH (f)-[r:PART_OF]-(m)
          WITH r, m LIMIT toInteger($perType)
          RETURN r, m
          UNION
          WITH f WHERE dense
          MATCH (f)-[r:LOCATED_IN]-(m)
          WITH r, m LIMIT toInteger($perType)
          RETURN r, m
          UNION
          WITH f WHERE fill
          MATCH (f)-[r:PART_OF|LOCATED_IN]-(m)
          WITH r, m LIMIT toInteger($fanout)
          RETURN r, m
        }
        WITH m, r, r.confidence AS c
        WITH m, collect([r, c]) AS rs, max(coalesce(c, 0)) AS best
        ORDER BY best DESC, coalesce(m.degree, 0) DESC, m.id
        LIMIT toInteger($fanout)
        UNWIND rs AS rc
        WITH m, rc[0] AS r, rc[1] AS c
        RETURN collect([CASE r.id WHEN type(r) + ':' + CASE WHEN startNode(r) = f THEN fid + '->' + m.id
            ELSE m.id + '->' + fid END THEN null ELSE r.id END,
          type(r), startNode(r) = f, c, size(coalesce(r.evidenceStarts, [])),
          CASE type(r) WHEN 'CO_OCCURS' THEN r.count END, CASE type(r) WHEN 'ALIGNS_WITH' THEN r.stage END,
          CASE m.id WHEN m.type + ':' + m.name THEN null ELSE m.id END, m.type, m.name, m.nameEn, m.degree,
          m.aliases, CASE WHEN m.type = 'FreeTradeZone' THEN
        CASE WHEN m.established IS NOT NULL THEN 'established'
             WHEN EXISTS { (m)<-[:APPLIES_FOR]-() } THEN 'applied' ELSE 'proposed' END
        WHEN m.type = 'Province' AND EXISTS { (m)-[:APPLIES_FOR]->() } THEN 'applied' END]) AS kept
      }
      RETURN fid, kept, f {.id, .type, .name, .nameEn, .degree, .aliases, status: CASE WHEN f.type = 'FreeTradeZone' THEN
        CASE WHEN f.established IS NOT NULL THEN 'established'
             WHEN EXISTS { (f)<-[:APPLIES_FOR]-() } THEN 'applied' ELSE 'proposed' END
        WHEN f.type = 'Province' AND EXISTS { (f)-[:APPLIES_FOR]->() } THEN 'applied' END} AS f,
             CASE WHEN f.typeCounts IS NULL
               THEN COLLECT { MATCH (f)-[x]-(y:Entity) RETURN type(x) + '|' + y.type + '|1' }
               ELSE f.typeCounts END AS typeCounts"
    `);
    // One type: no fill branch, and the frontier node itself only when asked for.
    const one = expandQuery(["a"], ["PART_OF"], null, 5);
    expect(one.cypher).not.toContain("UNION");
    expect(one.cypher).not.toContain(" AS f,");
  });
  it("looks nodes up by ids as a parameter, one indexed branch per id-keyed label", () => {
    const ids = ["FreeTradeZone:x", "x') DETACH DELETE n //"];
    const q = nodesByIdsQuery(ids);
    expect(q.params).toEqual({ ids });
    expect(q.cypher).not.toContain("DETACH");
    for (const label of ID_LABELS) expect(q.cypher).toContain(`MATCH (n:${label}) WHERE n.id IN $ids`);
    // Never an unlabelled scan over every node.
    expect(q.cypher).not.toMatch(/MATCH \(n\)/);
    expect(q.cypher).toContain("n:Entity AS entity");
  });
  it("finds typed and provenance relationships among given ids", () => {
    const typed = edgesAmongQuery(["a", "b"], ["ON_CORRIDOR", "PART_OF"]);
    expect(typed.cypher).toContain("[r:ON_CORRIDOR|PART_OF]");
    expect(typed.cypher).toContain("a.id IN $ids AND b.id IN $ids");
    const prov = provenanceEdgesAmongQuery(["Claim:1", "doc:1#p1"]);
    expect(prov.params).toEqual({ ids: ["Claim:1", "doc:1#p1"] });
    for (const pattern of [
      "(a:Claim)-[r:ABOUT]->(b:Entity)",
      "(a:Claim)-[r:STATED_IN]->(b:Passage)",
      "(a:Passage)-[r:IN_DOCUMENT]->(b:Document)",
      "(a:Entity)-[r:MENTIONED_IN]->(b:Passage)",
    ])
      expect(prov.cypher).toContain(pattern);
    expect(prov.cypher).toContain("elementId(r) AS id");
  });
  it("parses relationship types from edge ids", () => {
    expect(relTypeOfId("PART_OF:Area:x->FreeTradeZone:y")).toBe("PART_OF");
    expect(relTypeOfId("NOPE:x")).toBeNull();
  });
  it("builds corridor chains for one or all corridors", () => {
    expect(corridorLinksQuery(null).params).toEqual({ corridor: null });
    expect(corridorLinksQuery("Corridor:x").cypher).toContain("'direct' AS directness");
  });
  it("turns parallel evidence arrays into views with their sentence, dropping exact duplicates", () => {
    const views = rawEvidenceViews(
      {
        docs: ["d", "d", "d"],
        passages: ["p", "p", "q"],
        starts: [11, 11, 40],
        ends: [13, 13, 42],
        quotes: ["ab", "ab", "cd"],
        methods: ["table", "table", "bogus"],
      },
      {
        docs: new Map([["d", { title: "T", date: "2024" }]]),
        passages: new Map([["p", { start: 10, text: "xab。" }]]),
      },
    );
    expect(views).toEqual([
      {
        doc: "d",
        docTitle: "T",
        docDate: "2024",
        passage: "p",
        start: 11,
        end: 13,
        quote: "ab",
        method: "table",
        sentence: "xab。",
        sentenceStart: 10,
      },
      {
        doc: "d",
        docTitle: "T",
        docDate: "2024",
        passage: "q",
        start: 40,
        end: 42,
        quote: "cd",
        method: "pattern",
      },
    ]);
  });
});

describe("documentInfoQuery and passageMentionsQuery", () => {
  it("asks part starts only of compound titles, and mentions from the passages", () => {
    const d = documentInfoQuery(["doc:1"]);
    expect(d.params).toEqual({ ids: ["doc:1"] });
    expect(d.cypher).toContain("CASE WHEN d.title CONTAINS ' / '");
    const m = passageMentionsQuery(["p1"], ["A", "B"]);
    expect(m.params).toEqual({ passages: ["p1"], ends: ["A", "B"] });
    expect(m.cypher).toMatch(
      /UNWIND \$passages AS pid\s+MATCH \(p:Passage \{id: pid\}\)<-\[:MENTIONED_IN\]-/,
    );
  });
});
