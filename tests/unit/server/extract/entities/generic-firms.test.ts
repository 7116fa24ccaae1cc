import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { customsAndCompanies } from "../../../../../server/extract/entities/customs-and-companies";
import { dropGenericFirms } from "../../../../../server/extract/entities/generic-firms";
import { Names } from "../../../../../server/extract/entities/names";
import type { Mention } from "../../../../../server/extract/entities/types";
import { idsBy } from "../../../../support/rules";

// Invented sentences; runs after overlap resolution on the bodies the pattern rules found.
function kept(norm: string, names: string[]): string[] {
  const ms: Mention[] = names.map((name) => {
    const cs = norm.indexOf(name);
    return { id: `Organization:${name}`, cs, ce: cs + name.length, method: "pattern", parts: [] };
  });
  dropGenericFirms(norm, ms, new Names(loadCatalog()));
  return ms.filter((m) => m.id.startsWith("Organization:")).map((m) => m.id.slice("Organization:".length));
}

describe("companies that name a kind of firm (entities/generic-firms.ts)", () => {
  it("drops a name made only of trade words before a company head", () => {
    expect(kept("多家知名咨询公司和一家电子商务有限公司到会。", ["咨询公司", "电子商务有限公司"])).toEqual(
      [],
    );
  });

  it("drops a foreign country before trade words or the head alone, keeping the country", () => {
    const norm = "一家法国贸易公司与泰国公司洽谈。";
    expect(kept(norm, ["法国贸易公司", "泰国公司"])).toEqual([]);
    expect(idsBy([customsAndCompanies], "一家法国贸易公司的代表表示，将扩大进口。")).toContain(
      "Country:法国",
    );
  });

  it("keeps a name with a word of its own, a Chinese place before trade words or a branch, and an airline", () => {
    const norm = "星河远航物流有限公司、江西省物流公司、合肥市分公司和法国航空公司签约。";
    const names = ["星河远航物流有限公司", "江西省物流公司", "合肥市分公司", "法国航空公司"];
    expect(kept(norm, names)).toEqual(names);
  });

  it("keeps a foreign country's firm registered in its legal form unless a count opens it", () => {
    const norm = "挪威能源有限公司、韩国科技工程有限公司和一家日本贸易有限公司签约。";
    expect(kept(norm, ["挪威能源有限公司", "韩国科技工程有限公司", "日本贸易有限公司"])).toEqual([
      "挪威能源有限公司",
      "韩国科技工程有限公司",
    ]);
  });

  it("drops a foreign country's firm named by a common line of industry (一家某国机械公司)", () => {
    const norm = "一家瑞典机械公司、一家智利矿业公司和一家印度纺织公司参展。";
    expect(kept(norm, ["瑞典机械公司", "智利矿业公司", "印度纺织公司"])).toEqual([]);
  });

  it("leaves no kind of firm to the company rules (一家某国贸易公司)", () => {
    expect(idsBy([customsAndCompanies], "一家法国贸易公司的代表表示，将扩大进口。")).not.toContain(
      "Organization:法国贸易公司",
    );
  });
});
