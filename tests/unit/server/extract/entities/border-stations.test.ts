import { describe, expect, it } from "vitest";
import { borderStations } from "../../../../../server/extract/entities/border-stations";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule border-stations", () => {
  it("reads a station after its city, port or province", () => {
    expect(mentionsBy([borderStations], "经黑河出入境边防检查站查验后，货车驶出国门。")).toContain(
      "Organization:黑河出入境边防检查站@黑河出入境边防检查站",
    );
    expect(mentionsBy([borderStations], "友谊关口岸边检站民警在岗。")).toContain(
      "Organization:友谊关口岸边检站@友谊关口岸边检站",
    );
  });

  it("keeps a province written before the station's city (新疆霍尔果斯边检站)", () => {
    expect(idsBy([borderStations], "新疆霍尔果斯边检站当天验放旅客。")).toContain(
      "Organization:新疆霍尔果斯边检站",
    );
  });

  it("reads a place the text names only there, after an opener, in traditional characters too", () => {
    expect(idsBy([borderStations], "據東寧邊檢站統計，旅客增長三成。")).toContain("Organization:东宁边检站");
  });

  it("names the station written after its head station, the head station qualifying it", () => {
    const ids = idsBy([borderStations], "广西出入境边防检查总站东兴出入境边防检查站开通专用通道。");
    expect(ids).toContain("Organization:东兴出入境边防检查站");
    expect(ids).not.toContain("Organization:广西出入境边防检查总站");
    expect(idsBy([borderStations], "广西出入境边防检查总站发布消息。")).toContain(
      "Organization:广西出入境边防检查总站",
    );
  });

  it("needs a place of the station's own, not a generic word or a clause", () => {
    const ids = idsBy(
      [borderStations],
      "口岸边检站和当地边检站都已开通，该边检站表示，全国的边防检查站很多。",
    );
    expect(ids.filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("starts a station's own place after an opener inside the run (记者从某地出入境边防检查站获悉)", () => {
    expect(idsBy([borderStations], "记者3日从石柳出入境边防检查站获悉，旅客明显增多。")).toContain(
      "Organization:石柳出入境边防检查站",
    );
    expect(idsBy([borderStations], "游客从木瓦边检站入境后乘车离开。")).toContain("Organization:木瓦边检站");
  });

  it("reads no station after an opener when determiners, counts, levels or verbs follow it", () => {
    const ids = idsBy(
      [borderStations],
      "他向全体边检站民警致谢。我们从多个边检站了解到情况。她说明年将到基层边检站工作。以前叫边防检查站。",
    );
    expect(ids.filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("reads no station after 被 or 请, nor a kind of road, cargo or time before the head", () => {
    const ids = idsBy(
      [borderStations],
      "旅客从陆路边检站入境。船员从水路边检站离港。车辆从货运边检站通关。他们从临时边检站出发。" +
        "司机从新开通边检站返回。记者从省公安边检站了解到。他被调往新建边检站工作。据执勤边检站介绍。",
    );
    expect(ids.filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("reads a proper place before a port word (据某某口岸边检站统计)", () => {
    expect(idsBy([borderStations], "据石柳口岸边检站统计，车辆增多。")).toContain(
      "Organization:石柳口岸边检站",
    );
  });

  it("reads no station led by 海关 (the customs, no place: 海关边检站联合检查)", () => {
    expect(idsBy([borderStations], "从海关边检站联合检查的情况看，通关提速。")).not.toContain(
      "Organization:海关边检站",
    );
  });
});
