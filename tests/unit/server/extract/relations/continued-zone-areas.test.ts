import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract";

// Invented passages; PART_OF edges of the whole document as "source->target".
function partOf(text: string): string[] {
  return extractDocument("continued-zone-areas.txt", text)
    .edges.filter((e) => e.type === "PART_OF")
    .map((e) => `${e.source}->${e.target}`)
    .sort();
}

describe("relation rule continued-zone-areas", () => {
  it("gives the areas of a sentence that continues one about a zone (其中…) to that zone, quoting both", () => {
    const text =
      "中国（江西）自由贸易试验区规划面积一百余平方公里。其中，南昌片区约四十平方公里，赣州片区约三十平方公里。";
    expect(partOf(text)).toEqual([
      "Area:南昌片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
    const g = extractDocument("continued-zone-areas.txt", text);
    const e = g.edges.find((x) => x.id === "PART_OF:Area:南昌片区->FreeTradeZone:中国（江西）自由贸易试验区");
    expect(e?.evidence.map((x) => x.quote)).toEqual([
      "中国（江西）自由贸易试验区规划面积一百余平方公里",
      "南昌片区",
    ]);
  });

  it("gives the areas of the sentence right after one naming the zone, in the same paragraph, quoting both", () => {
    const text = "中国（江西）自由贸易试验区持续扩大开放。今年以来，南昌片区、赣州片区一批项目落地。";
    expect(partOf(text)).toEqual([
      "Area:南昌片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
    const g = extractDocument("continued-zone-areas.txt", text);
    const e = g.edges.find((x) => x.id === "PART_OF:Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区");
    expect(e?.evidence.map((x) => x.quote)).toEqual(["中国（江西）自由贸易试验区", "赣州片区"]);
  });

  it("gives nothing across a paragraph, after a sentence naming another zone too, or for an area the catalog puts in another zone", () => {
    expect(partOf("中国（江西）自由贸易试验区规划面积一百余平方公里。\n南昌片区约四十平方公里。")).toEqual(
      [],
    );
    expect(
      partOf("中国（江西）自由贸易试验区的做法与中国（湖南）自由贸易试验区相近。南昌片区约四十平方公里。"),
    ).toEqual([]);
    expect(
      partOf("中国（江西）自由贸易试验区规划面积一百余平方公里。其中，前海蛇口片区的做法可供参考。"),
    ).toEqual([]);
  });

  it("gives the areas a sentence enumerates as one zone's (A、B、C三个片区) to the zone of the heading, quoting it", () => {
    const text = "江西自贸试验区\n设南昌、赣州、九江三个片区，重点发展现代服务业。";
    expect(partOf(text)).toEqual([
      "Area:九江片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "Area:南昌片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
    const g = extractDocument("continued-zone-areas.txt", text);
    const e = g.edges.find((x) => x.id === "PART_OF:Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区");
    expect(e?.evidence.map((x) => x.quote)).toEqual(["江西自贸试验区", "赣州"]);
    // an area named alone under the heading is not said to be the zone's
    expect(partOf("江西自贸试验区\n南昌片区41平方公里，重点发展现代服务业。")).toEqual([]);
  });
});
