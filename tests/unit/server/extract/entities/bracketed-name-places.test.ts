import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved and the drops have run.
const places = (t: string) =>
  mentionsBy([...ENTITY_RULES], t, false).filter((m) => /^(City|Country|Province):/.test(m));

describe("entity filter bracketed-name-places", () => {
  it("drops a place written alone in brackets inside a name, and the places opening that name", () => {
    expect(places("四川省驻非洲（内罗毕）经贸代表处举办推介会。")).toEqual([]);
    expect(places("中国—东盟（南宁）农业合作区开园。")).toEqual([]);
    expect(places("中蒙（二连浩特）物流合作基地投入运营。")).toEqual([]);
  });

  it("keeps the places of a bracketed route, of a bracket followed by no head and of a place list", () => {
    expect(places("中欧班列（西安-德国汉堡）首发仪式举行。")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^City:西安/), expect.stringMatching(/^City:汉堡/)]),
    );
    expect(places("会议在广州（广东省）举行，讨论园区建设。")).toContain("Province:广东省@广东省");
    expect(places("展会吸引了多国客商（德国）参加。")).toContain("Country:德国@德国");
  });

  it("keeps a place written in brackets after punctuation or a space (a gloss, not a name's part)", () => {
    expect(places("主办方为合作委员会，（成都）产业园随后签约。")).toContain("City:成都@成都");
  });

  it("keeps a lone place glossed by a bracket when no joint opens the name (在越南（河内）设立办事处)", () => {
    expect(places("公司在越南（河内）设立办事处。")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Country:越南/), expect.stringMatching(/^City:河内/)]),
    );
    expect(places("云南省与老挝（万象）合作建设示范区。")).toContain("Country:老挝@老挝");
    expect(places("展会吸引了来自印尼（雅加达）的客商参观园区。")).toContain("Country:印度尼西亚@印尼");
  });
});
