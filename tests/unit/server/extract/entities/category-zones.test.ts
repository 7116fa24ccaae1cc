import { describe, expect, it } from "vitest";
import { idsBy } from "../../../../support/rules";

// Catalog categories (国家级新区, 综合保税区) only: the filter runs after overlap resolution.
describe("a zone category as the class of an ordinal or a superlative (entities/category-zones.ts)", () => {
  it("drops the category after a copula and an ordinal, or after a superlative", () => {
    expect(idsBy([], "青川新区是国务院批准的第七个国家级新区。")).not.toContain("DevZone:国家级新区");
    expect(idsBy([], "该区成为了全国唯一以生态为主题的国家级新区。")).not.toContain("DevZone:国家级新区");
    expect(idsBy([], "这里有最南端的综合保税区。")).not.toContain("DevZone:综合保税区");
  });

  it("keeps the category when a zone of it is set up, counted or discussed", () => {
    expect(idsBy([], "该市设立全省首个综合保税区。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "全国共有19个国家级新区。")).toContain("DevZone:国家级新区");
    expect(idsBy([], "国家级新区承担国家重大发展战略任务。")).toContain("DevZone:国家级新区");
  });
});
