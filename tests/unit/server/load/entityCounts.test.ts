import { describe, expect, it } from "vitest";
import { NODE_TYPES, REL_TYPES } from "../../../../contracts/graph";
import { EntityCounter } from "../../../../server/load/entityCounts";

/** degreeQuery's figures, computed the plain way from a list of distinct relationships. */
function reference(types: Map<string, string>, edges: [string, string, string][]) {
  const tallies = new Map<string, Map<string, number>>();
  for (const id of types.keys()) tallies.set(id, new Map());
  const add = (id: string, key: string) => {
    const t = tallies.get(id) as Map<string, number>;
    t.set(key, (t.get(key) ?? 0) + 1);
  };
  for (const [t, s, e] of edges) {
    if (!types.has(s) || !types.has(e)) continue;
    add(s, `${t}|${types.get(e)}`);
    if (s !== e) add(e, `${t}|${types.get(s)}`);
  }
  const out = new Map<string, { degree: number; typeCounts: string[] }>();
  for (const [id, tally] of tallies) {
    let degree = 0;
    for (const [k, c] of tally) if (!k.startsWith("CO_OCCURS|")) degree += c;
    out.set(id, { degree, typeCounts: [...tally].map(([k, c]) => `${k}|${c}`).sort() });
  }
  return out;
}

describe("degrees and type counts counted while the CSVs are written", () => {
  it("match degreeQuery's figures: self-loops once, CO_OCCURS left out of the degree, no neighbour → []", () => {
    const c = new EntityCounter();
    expect(c.node("a", "City")).toBe(true);
    expect(c.node("b", "Port")).toBe(true);
    expect(c.node("lonely", "Area")).toBe(true);
    c.edge("LOCATED_IN", "a", "b");
    c.edge("CO_OCCURS", "a", "b");
    c.edge("BORDERS", "a", "a");
    const t = c.seal();
    const sorted = (o: { degree: number; typeCounts: string[] }) => ({
      ...o,
      typeCounts: o.typeCounts.sort(),
    });
    expect(sorted(t.of(c.ordinal("a")))).toEqual({
      degree: 2,
      typeCounts: ["BORDERS|City|1", "CO_OCCURS|Port|1", "LOCATED_IN|Port|1"],
    });
    expect(sorted(t.of(c.ordinal("b")))).toEqual({
      degree: 1,
      typeCounts: ["CO_OCCURS|City|1", "LOCATED_IN|City|1"],
    });
    expect(t.of(c.ordinal("lonely"))).toEqual({ degree: 0, typeCounts: [] });
  });

  it("a repeated entity is no first record, and its last type is what its neighbours count", () => {
    const c = new EntityCounter();
    c.node("a", "City");
    c.edge("PART_OF", "b", "a"); // before b's own record: counted once b is known
    c.node("b", "Area");
    expect(c.node("a", "Port")).toBe(false);
    c.edge("PART_OF", "b", "ghost"); // an id no node record names: left out
    const t = c.seal();
    expect(t.of(c.ordinal("b"))).toEqual({ degree: 1, typeCounts: ["PART_OF|Port|1"] });
    expect(t.of(c.ordinal("a"))).toEqual({ degree: 1, typeCounts: ["PART_OF|Area|1"] });
  });

  it("equal the plain computation on a random graph of 3,000 entities and 12,000 relationships (arrays grown on the way)", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const c = new EntityCounter();
    const types = new Map<string, string>();
    for (let i = 0; i < 3000; i++) {
      const type = NODE_TYPES[rand(NODE_TYPES.length)] as string;
      c.node(`e${i}`, type);
      types.set(`e${i}`, type);
    }
    const edges: [string, string, string][] = [];
    for (let i = 0; i < 12_000; i++) {
      const edge: [string, string, string] = [
        REL_TYPES[rand(REL_TYPES.length)] as string,
        `e${rand(i % 7 === 0 ? 3 : 3000)}`,
        `e${rand(3000)}`,
      ];
      edges.push(edge);
      c.edge(...edge);
    }
    for (let i = 0; i < 300; i++) {
      const type = NODE_TYPES[rand(NODE_TYPES.length)] as string;
      c.node(`e${i * 10}`, type);
      types.set(`e${i * 10}`, type);
    }
    const t = c.seal();
    for (const [id, want] of reference(types, edges)) {
      const got = t.of(c.ordinal(id));
      expect({ ...got, typeCounts: got.typeCounts.sort() }, id).toEqual(want);
    }
  });
});
