import { describe, expect, it } from "vitest";
import { taiwanBodies } from "../../../../../server/extract/entities/taiwan-bodies";
import { mentionsBy } from "../../../../support/rules";

const orgs = (text: string) => mentionsBy([taiwanBodies], text).filter((m) => m.startsWith("Organization:"));

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule taiwan-bodies", () => {
  it("reads Taiwan's bodies named with no place before them, as written", () => {
    expect(orgs("國發會昨天公布報告，立法院下週審查預算，陸委會則未回應。")).toEqual(
      expect.arrayContaining([
        "Organization:国发会@國發會",
        "Organization:立法院@立法院",
        "Organization:陆委会@陸委會",
      ]),
    );
  });

  it("reads a unit written right after the body as one organisation", () => {
    expect(orgs("经济部标准检验局今天表示，新规定下月实施。")).toEqual([
      "Organization:经济部标准检验局@经济部标准检验局",
    ]);
    expect(orgs("他曾任立法院交通委员会召委。")).toEqual(["Organization:立法院交通委员会@立法院交通委员会"]);
  });

  it("reads the body of a minister's title written in one word with it", () => {
    expect(orgs("国科会主委与经济部长昨天出访。")).toEqual([
      "Organization:国科会@国科会",
      "Organization:经济部@经济部",
    ]);
  });

  it("reads no body after a place or another body, nor a unit across a clause", () => {
    expect(orgs("法国经济部发布数据。某联络办经济部副部长出席。")).toEqual([]);
    expect(orgs("行政院会议通过后，经济部将与各局协调。").filter((m) => m.includes("局"))).toEqual([]);
  });

  // release 26, round mend26c: near-misses of the unit reader and the title reading, and four more bodies
  it("reads no unit whose words end in a common word or run on past the head", () => {
    expect(orgs("行政院近日统筹部署春耕工作。")).toEqual(["Organization:行政院@行政院"]);
    expect(orgs("金管会今年优化市场布局。")).toEqual(["Organization:金管会@金管会"]);
    expect(orgs("经济部全力辅导厂商处理外销订单。")).toEqual(["Organization:经济部@经济部"]);
    expect(orgs("有关经济部门联合办公处置风险。")).toEqual([]);
  });

  it("reads no body at a ministers' meeting, after countries or in a paper's or a firm's department", () => {
    expect(orgs("东亚多国经济部长会议下月在河内召开。")).toEqual([]);
    expect(orgs("三国经济部长共同宣布新框架。")).toEqual([]);
    expect(orgs("日报社经济部主任与电器公司经济部同事座谈。")).toEqual([]);
  });

  // release 26, round mendmain26h: a noun right before the name (another body's unit), Taiwan itself before it
  it("reads no body after a noun ending right before it, but after Taiwan, a verb or a preposition", () => {
    expect(orgs("湖北省教育考试院公布了分数线，河北省人事考试院随后跟进。")).toEqual([]);
    expect(orgs("这家银行经济部主任和某学校考试院老师发言。")).toEqual([]);
    expect(orgs("台湾经济部与韩国产业部签署备忘录。")).toEqual(["Organization:经济部@经济部"]);
    expect(orgs("他曾担任立法院顾问，并配合行政院推动改革。")).toEqual([
      "Organization:立法院@立法院",
      "Organization:行政院@行政院",
    ]);
  });

  it("reads Taiwan's health, fair-trade, ocean and overseas-community bodies", () => {
    expect(orgs("衛福部與公平會昨日說明，海委會及僑委會也將配合。")).toEqual([
      "Organization:卫福部@衛福部",
      "Organization:公平会@公平會",
      "Organization:海委会@海委會",
      "Organization:侨委会@僑委會",
    ]);
  });
});
