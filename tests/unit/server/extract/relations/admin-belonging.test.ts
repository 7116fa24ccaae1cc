import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { Recognizer } from "../../../../../server/extract/recognize";
import { findRelations } from "../../../../../server/extract/relations";
import { adminBelonging } from "../../../../../server/extract/relations/admin-belonging";
import { normalize } from "../../../../../server/extract/text";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const by = (s: string) => relationsBy([adminBelonging], s).sort();
/** The quoted spans of this rule's relations. */
function relationsWithSpan(text: string): string[] {
  const norm = normalize(text);
  const rec = new Recognizer(loadCatalog());
  const ms = rec.recognize(norm, text);
  const abbr = rec.abbreviations(norm, ms);
  return findRelations(norm, ms, rec.cat, { abbr, rules: [adminBelonging] }).map((r) =>
    norm.slice(r.cs, r.ce),
  );
}

describe("relation rule admin-belonging", () => {
  it("places a city in each place of the chain after 隶属于", () => {
    expect(by("绥芬河市，隶属于黑龙江省牡丹江市，人口不多。")).toEqual([
      "LOCATED_IN:City:绥芬河->City:牡丹江",
      "LOCATED_IN:City:绥芬河->Province:黑龙江省",
    ]);
  });

  it("places a city in the province its rank is stated in", () => {
    expect(by("黑河市，是黑龙江省地级市，冬季漫长。")).toEqual(["LOCATED_IN:City:黑河->Province:黑龙江省"]);
    expect(by("鸡西市是黑龙江省的下辖地级市，煤炭丰富。")).toEqual([
      "LOCATED_IN:City:鸡西->Province:黑龙江省",
    ]);
    expect(by("凭祥市，为广西壮族自治区县级市，商贸繁荣。")).toEqual([
      "LOCATED_IN:City:凭祥->Province:广西壮族自治区",
    ]);
  });

  it("reads a later clause's rank for the sentence's city", () => {
    expect(by("霍尔果斯市面积不大，是伊犁哈萨克自治州代管的一个县级市。")).toEqual([
      "LOCATED_IN:City:霍尔果斯->City:伊犁哈萨克自治州",
    ]);
  });

  it("reads 位于 after a city and a comma", () => {
    expect(by("瑞丽市，位于云南省德宏州，气候温暖。")).toEqual([
      "LOCATED_IN:City:瑞丽->City:德宏",
      "LOCATED_IN:City:瑞丽->Province:云南省",
    ]);
  });

  it("gives nothing for a company, a person or a place with no rank", () => {
    expect(by("这家物流公司隶属于浙江省某集团，规模较大。")).toEqual([]);
    expect(by("王先生，是浙江省人大代表，长期关注教育。")).toEqual([]);
    expect(by("深圳市，为广东省带来大量税收。")).toEqual([]);
    expect(by("航班从昆明市起飞后，位于泰国曼谷的机场接收了货物。")).toEqual([]);
    expect(by("昆明市的企业代表，是云南省县级市发展的合作伙伴。")).toEqual([]);
  });

  it("reads no 位于 whose places modify a later name (review18g 3)", () => {
    expect(by("代表团离开昆明市，位于广西壮族自治区的凭祥口岸随后开放。")).toEqual([]);
    expect(by("货物发往成都市，位于广东省的深圳港也参与了联运。")).toEqual([]);
    expect(by("会议邀请了杭州市，位于江苏省的苏州市也派出代表。")).toEqual([]);
    expect(by("货物运至喀什市，地处新疆维吾尔自治区西部的口岸随即放行。")).toEqual([]);
  });

  it("reads 隶属于 only when its places close the clause, for the clause's subject (review18g 4)", () => {
    expect(by("昆明市某中学，隶属于云南省教育厅。")).toEqual([]);
    expect(by("深圳市企业利润，归属于广东省财政。")).toEqual([]);
    expect(by("昆明市某中学，隶属于云南省。")).toEqual([]);
  });

  it("ranks the clause-opening city, not an object before the comma (review18g 5)", () => {
    expect(by("东兴市毗邻防城港市，是广西壮族自治区县级市。")).toEqual([
      "LOCATED_IN:City:东兴->Province:广西壮族自治区",
    ]);
  });

  it("quotes the rank that states the relation (review18g 13)", () => {
    const [r] = relationsWithSpan("黑河市，是黑龙江省地级市，冬季漫长。");
    expect(r).toBe("黑河市,是黑龙江省地级市");
  });

  it("places a zone that is the clause's subject after 隶属于 (review18g 14)", () => {
    expect(by("前海蛇口片区面积不大，隶属于深圳市。")).toEqual([
      "LOCATED_IN:Area:深圳前海蛇口片区->City:深圳",
    ]);
  });
  it("closes a 隶属于 chain on a prefecture written with its full suffix (review18i 1)", () => {
    expect(by("瑞丽市隶属于云南省德宏州。")).toEqual([
      "LOCATED_IN:City:瑞丽->City:德宏",
      "LOCATED_IN:City:瑞丽->Province:云南省",
    ]);
  });
});

// Invented sentences: a city administered by another (由…代管/管辖), and a province's 辖 before the rank.
describe("relation rule admin-belonging: 由…代管 and 辖", () => {
  it("places a city in the places between 由 and 代管 or 管辖", () => {
    expect(relationsBy([adminBelonging], "珲春市地处图们江下游，由延边朝鲜族自治州代管。")).toEqual([
      "LOCATED_IN:City:珲春->City:延边朝鲜族自治州",
    ]);
    expect(relationsBy([adminBelonging], "瑞丽市是由云南省德宏州代管的边境城市。").sort()).toEqual([
      "LOCATED_IN:City:瑞丽->City:德宏",
      "LOCATED_IN:City:瑞丽->Province:云南省",
    ]);
  });

  it("keeps the reading when a time or aspect word follows the verb (代管后, 代管多年, 代管并)", () => {
    expect(relationsBy([adminBelonging], "凭祥市由崇左市代管后发展很快。")).toEqual([
      "LOCATED_IN:City:凭祥->City:崇左",
    ]);
    expect(relationsBy([adminBelonging], "珲春市由延边朝鲜族自治州代管多年。")).toEqual([
      "LOCATED_IN:City:珲春->City:延边朝鲜族自治州",
    ]);
    expect(relationsBy([adminBelonging], "义乌市由金华市代管并享有部分市级权限。")).toEqual([
      "LOCATED_IN:City:义乌->City:金华",
    ]);
    // (a noun after such a word is still an object: 代管后续资金)
    expect(relationsBy([adminBelonging], "义乌市由金华市代管后续资金。")).toEqual([]);
  });

  it("gives no subject to a city that only opens a 的-phrase closing on a noun", () => {
    expect(relationsBy([adminBelonging], "杭州市对口支援的项目，由丽水市代管。")).toEqual([]);
  });

  it("gives nothing for money, goods, projects or bodies handled by a place's office", () => {
    // (a body of the place administers, not the place: the suffix before the verb is no admin suffix)
    expect(relationsBy([adminBelonging], "瑞丽市，由德宏州林业部门代管的苗圃今年扩建。")).toEqual([]);
    expect(relationsBy([adminBelonging], "昆明市的老人们说，由大连市代管的疗养院很舒适。")).toEqual([]);
  });

  it("gives nothing when the verb takes an object or modifies another noun than a city's rank", () => {
    expect(relationsBy([adminBelonging], "昆明市，由曲靖市代管的扶贫资金今年到位。")).toEqual([]);
    expect(relationsBy([adminBelonging], "义乌市由金华市代管资金，用于建设。")).toEqual([]);
    expect(relationsBy([adminBelonging], "瑞丽市，由德宏州代管的边境口岸今年扩建。")).toEqual([]);
    // (the verb closing its clause, or 的 and a city's rank after it, keeps the reading)
    expect(relationsBy([adminBelonging], "义乌市由金华市代管，经济发达。")).toEqual([
      "LOCATED_IN:City:义乌->City:金华",
    ]);
    expect(relationsBy([adminBelonging], "义乌市是由金华市代管的县级市之一。")).toEqual([
      "LOCATED_IN:City:义乌->City:金华",
    ]);
  });

  it("reads a province's 辖 before a city's rank, not a phrase that goes on (辖区内)", () => {
    expect(relationsBy([adminBelonging], "东兴市为广西壮族自治区辖县级市，人口约二十万。")).toEqual([
      "LOCATED_IN:City:东兴->Province:广西壮族自治区",
    ]);
    expect(relationsBy([adminBelonging], "东兴市是广西壮族自治区辖区内最大的县级市之一。")).toEqual([]);
  });
});
