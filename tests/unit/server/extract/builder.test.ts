import { describe, expect, it } from "vitest";
import { Builder } from "../../../../server/extract/builder";
import { loadCatalog } from "../../../../server/extract/catalog";
import { foundEntity as found } from "../../../support/extracted";

describe("Builder.absorb", () => {
  it("merges the documents' layers: the first registration, the aliases of all", () => {
    const cat = loadCatalog();
    const b = new Builder(cat);
    const one = cat.layer();
    one.add(found("Port", "青禾湾港", ["青禾港"]));
    one.addAliases("Province:内蒙古自治区", ["北疆省区"]);
    b.absorb(one);
    const two = cat.layer();
    two.add({ ...found("Port", "青禾湾港", ["青禾湾"]), parent: "内蒙古自治区" });
    b.absorb(two);
    expect(b.found.get("Port:青禾湾港")?.aliases).toEqual(["青禾港", "青禾湾"]);
    expect(b.found.get("Port:青禾湾港")?.parent).toBeUndefined();
    expect(b.found.get("Province:内蒙古自治区")?.aliases).toContain("北疆省区");
    expect(b.found.get("Province:内蒙古自治区")?.inCatalog).toBe(true);
    expect(cat.get("Province:内蒙古自治区")?.aliases).not.toContain("北疆省区");
  });
});
