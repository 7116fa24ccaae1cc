import { describe, expect, it } from "vitest";
import { portLists } from "../../../../../server/extract/entities/port-lists";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule port-lists", () => {
  it("reads catalogued places before 等边境口岸", () => {
    expect(mentionsBy([portLists], "打通至霍尔果斯、阿拉山口等边境口岸的通道。")).toEqual([
      "Port:霍尔果斯口岸@霍尔果斯",
      "Port:阿拉山口口岸@阿拉山口",
    ]);
  });

  it("reads unseen names after the verb", () => {
    expect(mentionsBy([portLists], "联动红其拉甫、伊尔克什坦、吐尔尕特等边境口岸。")).toEqual([
      "Port:红其拉甫口岸@红其拉甫",
      "Port:伊尔克什坦口岸@伊尔克什坦",
      "Port:吐尔尕特口岸@吐尔尕特",
    ]);
  });

  it("reads a list closed by a count as by 等", () => {
    expect(mentionsBy([portLists], "班列经满洲里、二连浩特2个边境口岸出境。")).toEqual([
      "Port:满洲里口岸@满洲里",
      "Port:二连浩特口岸@二连浩特",
    ]);
    expect(mentionsBy([portLists], "经由霍尔果斯和阿拉山口两个边境口岸出境。")).toEqual([
      "Port:霍尔果斯口岸@霍尔果斯",
      "Port:阿拉山口口岸@阿拉山口",
    ]);
    expect(mentionsBy([portLists], "全区拥有东兴、凭祥等多个边境口岸。")).toEqual([
      "Port:东兴口岸@东兴",
      "Port:凭祥口岸@凭祥",
    ]);
  });

  it("reads no port from a bare count or a descriptive phrase before it", () => {
    expect(mentionsBy([portLists], "全省开放了12个口岸和8个边境口岸。")).toEqual([]);
    expect(mentionsBy([portLists], "与该市相邻的3个边境口岸正在扩建。")).toEqual([]);
    expect(mentionsBy([portLists], "新开放的两个口岸运行平稳。")).toEqual([]);
  });

  it("reads no crossing in 出境游/入境游, tourism through the places (黑河、绥芬河口岸出境游)", () => {
    expect(
      mentionsBy([portLists], "今年夏天，黑河、绥芬河口岸出境游十分火爆。").filter((m) =>
        m.startsWith("Port:"),
      ),
    ).toEqual([]);
    expect(
      mentionsBy([portLists], "据统计，满洲里、黑河口岸入境游人数大增。").filter((m) =>
        m.startsWith("Port:"),
      ),
    ).toEqual([]);
  });

  it("keeps a kind of port written in the head in each port's name (两个铁路口岸, 3个公路口岸)", () => {
    expect(mentionsBy([portLists], "班列分别通过东兴和凭祥两个铁路口岸出境。")).toEqual([
      "Port:东兴铁路口岸@东兴",
      "Port:凭祥铁路口岸@凭祥",
    ]);
  });
  it("reads a list right before a border crossing as sharing its 口岸 (由A、B口岸出境)", () => {
    const found = mentionsBy([portLists], "这批货物由云南河口、瑞丽口岸出境。");
    expect(found).toContain("Port:河口口岸@河口");
    expect(found).toContain("Port:瑞丽口岸@瑞丽");
    const none = [
      "医生、护士经瑞丽口岸出境支援。",
      "河口的游客、商户们在口岸出境大厅排队。",
      "河口、瑞丽两地口岸的免税店生意兴隆。",
    ];
    for (const text of none)
      expect(
        mentionsBy([portLists], text).filter((m) => m.startsWith("Port:") && !m.startsWith("Port:瑞丽口岸")),
        text,
      ).toEqual([]);
  });

  it("reads catalogued places sharing a written kind of port with no 等 or count (甲、乙铁路口岸)", () => {
    expect(mentionsBy([portLists], "新开通的黑河、凭祥公路口岸车流量持续增长。")).toEqual([
      "Port:黑河公路口岸@黑河",
      "Port:凭祥公路口岸@凭祥",
    ]);
    expect(mentionsBy([portLists], "据悉，满洲里、绥芬河航空口岸已获批。")).toEqual([
      "Port:满洲里航空口岸@满洲里",
      "Port:绥芬河航空口岸@绥芬河",
    ]);
    // places that are no cities, a bare kind, a descriptive list: no port
    expect(
      mentionsBy([portLists], "北京、天津铁路口岸客流创新高。").filter((m) => m.startsWith("Port:")),
    ).toEqual([]);
    expect(mentionsBy([portLists], "今年以来，铁路和公路口岸运量大增。")).toEqual([]);
    expect(mentionsBy([portLists], "该市拥有全国最大、最繁忙的公路口岸。")).toEqual([]);
  });

  it("reads a list closed by 两大, 三大 when it holds a catalogued place", () => {
    expect(mentionsBy([portLists], "珲春、东宁、黑河三大公路口岸运量提升。")).toEqual([
      "Port:珲春公路口岸@珲春",
      "Port:东宁公路口岸@东宁",
      "Port:黑河公路口岸@黑河",
    ]);
    expect(mentionsBy([portLists], "东线由满洲里、某某河两大铁路口岸组成。")).toEqual([
      "Port:满洲里铁路口岸@满洲里",
      "Port:某某河铁路口岸@某某河",
    ]);
    expect(mentionsBy([portLists], "东北、华北两大铁路口岸集群初步形成。")).toEqual([]);
    expect(mentionsBy([portLists], "公司三大业务、两大铁路口岸项目进展顺利。")).toEqual([]);
  });
});
