import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { foreignCities } from "../../../../../server/extract/entities/foreign-cities";
import { foreignDivisions } from "../../../../../server/extract/entities/foreign-divisions";
import type { Candidate, EntityContext } from "../../../../../server/extract/entities/types";
import { extractDocument } from "../../../../../server/extract/index";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

/** What the rule proposes ("id@surface"), before overlaps are resolved and divisions dropped. */
function proposed(text: string): string[] {
  const norm = normalize(text);
  const cands: Candidate[] = [];
  const ctx: EntityContext = {
    norm,
    clean: text,
    n: new Recognizer(loadCatalog()),
    cands,
    add: (m) => cands.push({ parts: [], ...m, prio: 0 }),
  };
  catalogSurfaces.find(ctx);
  const from = cands.length;
  foreignDivisions.find(ctx);
  return cands.slice(from).map((m) => `${m.id}@${text.slice(m.cs, m.ce)}`);
}

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule foreign-divisions", () => {
  it("reads a state, province or krai written right after its country", () => {
    const found = proposed("代表团访问了俄罗斯远山边疆区和美国青松州。");
    expect(found).toContain("City:远山边疆区@远山边疆区");
    expect(found).toContain("City:青松州@青松州");
    expect(proposed("蒙古国北湖省与智利银湾大区来客。")).toEqual([
      "City:北湖省@北湖省",
      "City:银湾大区@银湾大区",
    ]);
  });

  it("drops the division itself (no foreign region that is not a city is annotated), keeping its span", () => {
    // (its country's mention widens over it: the country stands for the phrase)
    expect(mentionsBy([foreignDivisions], "蒙古国北湖省与智利银湾大区来客。")).toEqual([
      "Country:蒙古国@蒙古国北湖省",
      "Country:智利@智利银湾大区",
    ]);
    // also where the name comes back bare; a gazetteer city inside the division's name is not read from it
    const found = mentionsBy(
      [foreignCities, foreignDivisions],
      "俄罗斯远山边疆区代表团说，远山边疆区愿扩大合作。",
    );
    expect(found.filter((m) => m.startsWith("City:"))).toEqual([]);
    expect(mentionsBy([foreignCities, foreignDivisions], "专家来自老挝万象省。")).not.toContain(
      "City:万象@万象",
    );
    // a district closed by 县 and a city written after its country stay
    expect(mentionsBy([foreignDivisions], "商队从老挝勐朗县运来木薯。")).toContain("City:勐朗县@勐朗县");
    expect(mentionsBy([foreignCities, foreignDivisions], "班列抵达德国的汉堡。")).toContain("City:汉堡@汉堡");
  });

  it("keeps the country before a dropped division as a list's partner (与甲国某州、乙国某省)", () => {
    const partners = extractDocument("t.txt", "黑龙江省与俄罗斯远山州、蒙古国北湖省签署合作协议。")
      .edges.filter((r) => r.type === "COOPERATES_WITH")
      .map((r) => `${r.source}->${r.target}`);
    expect(partners).toEqual(
      expect.arrayContaining(["Province:黑龙江省->Country:俄罗斯", "Province:黑龙江省->Country:蒙古国"]),
    );
  });

  it("reads the city or county written right after the division", () => {
    const found = mentionsBy([foreignDivisions], "韩国山南北道松川市与老挝河谷省平原县结好。");
    expect(found).not.toContain("City:山南北道@山南北道");
    expect(found).toContain("City:松川@松川市");
    expect(found).not.toContain("City:河谷省@河谷省");
    expect(found).toContain("City:平原县@平原县");
  });

  it("reads a county after the division as counties reads one after any place (countyAfter)", () => {
    // a one-character county and a county before 县长: counties' shape, not the rule's own LOWER
    expect(mentionsBy([foreignDivisions], "老挝河谷省丰县县长来访。")).toContain("City:丰县@丰县");
    expect(mentionsBy([foreignDivisions], "老挝河谷省平原县长来访。")).toContain("City:平原县@平原县");
    // the rule's own guards stay on top: no county opening with a descriptive word
    expect(mentionsBy([foreignDivisions], "老挝河谷省北部县来访。")).not.toContainEqual(
      expect.stringMatching(/^City:北部/),
    );
  });

  it("reads the items of a list that goes on after a foreign place: cities kept, first-level divisions dropped", () => {
    // proposed as Cities, so that no city is read inside them
    const found = proposed("考察团走访河内市、南岭省、东林省等地。");
    expect(found).toContain("City:南岭省@南岭省");
    expect(found).toContain("City:东林省@东林省");
    // then dropped like a division written after its country (越南某某省), whichever way the text writes them
    const kept = mentionsBy([foreignDivisions], "广西与越南河内市、南岭省、东林市等地开展合作。");
    expect(kept).not.toContain("City:南岭省@南岭省");
    expect(kept).toContain("City:东林@东林市");
  });

  it("reads no division from a descriptive phrase, a clause, a world region or a limited head", () => {
    expect(mentionsBy([foreignDivisions], "美国各州和越南北部省份都在增长。")).toEqual([
      "Country:美国@美国",
      "Country:越南@越南",
    ]);
    expect(mentionsBy([foreignDivisions], "东盟十国与欧洲多个州合作。")).not.toContainEqual(
      expect.stringMatching(/^City:/),
    );
    expect(mentionsBy([foreignDivisions], "美国已在该州设厂。")).toEqual(["Country:美国@美国"]);
    expect(mentionsBy([foreignDivisions], "日本经济产业省和日本外务省发布公告。")).not.toContainEqual(
      expect.stringMatching(/^City:/),
    );
    expect(mentionsBy([foreignDivisions], "列车从广州市、湖南省开出。")).toEqual([
      "City:广州@广州市",
      "Province:湖南省@湖南省",
    ]);
  });

  it("leaves a city after its country to the foreign-cities rule", () => {
    expect(mentionsBy([foreignCities, foreignDivisions], "班列抵达德国的汉堡。")).toContain("City:汉堡@汉堡");
  });

  it("ends a list at an item that a country's name opens (河内市、日本名古屋市): no City named with its country", () => {
    const ids = mentionsBy([foreignDivisions], "奖项颁给老挝万象市、日本青松市和德国科隆。");
    expect(ids).not.toContainEqual(expect.stringMatching(/^City:日本/));
    expect(mentionsBy([foreignCities, foreignDivisions], "奖项颁给老挝万象市、日本名古屋市。")).toContain(
      "City:名古屋@名古屋",
    );
    // (the list goes on past an item no country opens: proposed, then dropped as a division)
    expect(proposed("考察团走访河内市、南岭省、东林省等地。")).toContain("City:东林省@东林省");
  });
  it("reads a district written with 县 after Laos, Vietnam, Myanmar or Cambodia, never a class of districts", () => {
    expect(mentionsBy([foreignDivisions], "商队从老挝勐朗县运来木薯。")).toContain("City:勐朗县@勐朗县");
    expect(mentionsBy([foreignDivisions], "柬埔寨巴岚县的稻田丰收。")).toContain("City:巴岚县@巴岚县");
    const none = (t: string) => mentionsBy([foreignDivisions], t).filter((m) => m.startsWith("City:"));
    expect(none("老挝各县都开办了小学。")).toEqual([]);
    expect(none("缅甸县级官员和柬埔寨县长会见了客人。")).toEqual([]);
    expect(none("越南县城的集市很热闹。")).toEqual([]);
  });
  it("reads a district named after a gazetteer city of its country as that city (越南同登县 → 同登)", () => {
    expect(mentionsBy([foreignDivisions], "越南同登县与凭祥市相邻。")).toContain("City:同登@同登县");
    // a district of another name stays a district of its own
    expect(mentionsBy([foreignDivisions], "商队从老挝勐朗县运来木薯。")).toContain("City:勐朗县@勐朗县");
  });

  it("reads no division closed by a common word ending with a head (报道, 政府, 频道)", () => {
    const cities = (t: string) => mentionsBy([foreignDivisions], t).filter((m) => m.startsWith("City:"));
    expect(cities("据日本晨光新闻报道，工厂停产。")).toEqual([]);
    expect(cities("日本地方政府出台补贴措施。")).toEqual([]);
    expect(cities("韩国体育频道转播了比赛。")).toEqual([]);
    expect(proposed("代表团访问了韩国青松北道。")).toEqual(["City:青松北道@青松北道"]);
  });

  it("drops a Japanese prefecture closed by 县 (first-level there, as 府 is), keeping Laos' districts", () => {
    expect(mentionsBy([foreignDivisions], "四川省与日本青松县签署友好协议。")).not.toContain(
      "City:青松县@青松县",
    );
    expect(mentionsBy([foreignDivisions], "四川省与日本青松府签署友好协议。")).not.toContain(
      "City:青松府@青松府",
    );
    expect(mentionsBy([foreignDivisions], "商队从老挝勐朗县运来木薯。")).toContain("City:勐朗县@勐朗县");
  });
});
