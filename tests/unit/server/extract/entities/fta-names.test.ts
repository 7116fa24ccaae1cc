import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { formalFtaParties, ftaId, ftaPairBefore } from "../../../../../server/extract/entities/fta-names";
import { Names } from "../../../../../server/extract/entities/names";
import { normalize } from "../../../../../server/extract/text";

// Invented phrases; the pair is read right before the agreement word.
describe("fta-names (bilateral free trade agreement names)", () => {
  const n = new Names(loadCatalog());
  const pair = (s: string) => {
    const norm = normalize(s);
    const p = ftaPairBefore(n, norm, norm.indexOf("自"));
    return p ? `${p.partner}@${s.slice(p.cs)}` : null;
  };

  it("reads the pair in each way it is written", () => {
    expect(pair("中国—智利自由贸易协定")).toBe("Country:智利@中国—智利自由贸易协定");
    expect(pair("智利-中国自由贸易协定")).toBe("Country:智利@智利-中国自由贸易协定");
    expect(pair("签署智利中国自由贸易协定")).toBe("Country:智利@智利中国自由贸易协定");
    expect(pair("推进中国智利自由贸易协定")).toBe("Country:智利@中国智利自由贸易协定");
    expect(pair("中智自贸协定")).toBe("Country:智利@中智自贸协定");
    expect(pair("智中自贸协定")).toBe("Country:智利@智中自贸协定");
    expect(pair("各国自贸协定")).toBeNull();
  });

  it("reads a one-character partner as the country with that initial named shortly before", () => {
    expect(pair("中国与新西兰签署了中新自贸协定")).toBe("Country:新西兰@中新自贸协定");
    expect(pair("新西兰代表与中方签署了新中自贸协定")).toBe("Country:新西兰@新中自贸协定");
    // (without one, the lexicon's reading of the initial)
    expect(pair("两国签署了中新自贸协定")).toBe("Country:新加坡@中新自贸协定");
  });

  it("reads the partner of a formal title, whichever government is written first", () => {
    expect(formalFtaParties(n, "中华人民共和国政府和智利共和国政府")?.partner).toBe("Country:智利");
    expect(formalFtaParties(n, "智利共和国政府与中华人民共和国政府")?.partner).toBe("Country:智利");
    expect(formalFtaParties(n, "中华人民共和国政府和某某共和国政府")?.partner).toBeUndefined();
  });

  it("names the agreement on the catalog's pattern, or by its catalog entry", () => {
    expect(ftaId(n, "Country:智利")).toBe("Agreement:中国-智利自由贸易协定");
    expect(ftaId(n, "Country:瑞士")).toBe("Agreement:中国-瑞士自由贸易协定");
  });
});
