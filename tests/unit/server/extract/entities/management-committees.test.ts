import { describe, expect, it } from "vitest";
import { areas } from "../../../../../server/extract/entities/areas";
import { managementCommittees } from "../../../../../server/extract/entities/management-committees";
import { zoneFullNames } from "../../../../../server/extract/entities/zone-full-names";
import { zoneShortForms } from "../../../../../server/extract/entities/zone-short-forms";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule management-committees", () => {
  it("reads the committee of an area found by an earlier rule", () => {
    expect(mentionsBy([areas, managementCommittees], "赣州片区管理委员会发布公告。")).toEqual([
      "Organization:赣州片区管理委员会@赣州片区管理委员会",
    ]);
  });

  it("reads a city's committee of a zone and a zone's department, not a layout", () => {
    expect(
      mentionsBy(
        [zoneFullNames, zoneShortForms, managementCommittees],
        "中国（江西）自由贸易试验区赣州管委会和江西自贸区综合协调局成立。",
      ),
    ).toEqual([
      "Organization:中国（江西）自由贸易试验区赣州管委会@中国（江西）自由贸易试验区赣州管委会",
      "Organization:江西自贸区综合协调局@江西自贸区综合协调局",
    ]);
    expect(
      mentionsBy([zoneFullNames, zoneShortForms, managementCommittees], "江西自贸区全方位布局。"),
    ).toEqual(["FreeTradeZone:中国（江西）自由贸易试验区@江西自贸区"]);
  });

  it("names a bare area's committee with the zone its passage wrote before, as written", () => {
    expect(
      mentionsBy(
        [zoneFullNames, areas, managementCommittees],
        "中国（湖南）自由贸易试验区岳阳片区管委会同郴州片区管委会开展交流。",
      ),
    ).toEqual([
      "Organization:中国（湖南）自由贸易试验区岳阳片区管委会@中国（湖南）自由贸易试验区岳阳片区管委会",
      "Organization:中国（湖南）自由贸易试验区郴州片区管委会@郴州片区管委会",
    ]);
  });

  it("leaves a bare committee alone when the passage's zone is not the area's", () => {
    expect(
      mentionsBy(
        [zoneFullNames, areas, managementCommittees],
        "中国（湖北）自由贸易试验区考察了郴州片区管委会。",
      ),
    ).toContain("Organization:郴州片区管委会@郴州片区管委会");
  });

  it("reads a zone's leading group", () => {
    expect(
      mentionsBy([zoneFullNames, managementCommittees], "中国（湖北）自由贸易试验区工作领导小组召开会议。"),
    ).toEqual(["Organization:中国（湖北）自由贸易试验区工作领导小组@中国（湖北）自由贸易试验区工作领导小组"]);
  });

  it("reads a port's committee (with a zone of the port between), not a committee with no port before it", () => {
    const orgs = (t: string) =>
      [...new Set(extractDocument("t.txt", t).mentions.map((m) => m.node))].filter((id) =>
        id.startsWith("Organization:"),
      );
    expect(orgs("二连浩特口岸管委会负责人介绍了通关情况。")).toEqual(["Organization:二连浩特口岸管委会"]);
    expect(orgs("阿拉山口口岸管委会发布了数据。")).toEqual(["Organization:阿拉山口口岸管委会"]);
    expect(orgs("青岛港与管委会签署了合作协议。")).toEqual([]);
    expect(orgs("该港区管委会负责日常管理。")).toEqual([]);
    // a development zone named after a port: no port's committee
    expect(orgs("天津港保税区管委会发布新规。")).not.toContain("Organization:天津港保税区管委会");
  });

  it("takes a zone between the port and the committee only when it is a port area, 临空区 or 作业区 (review 22h)", () => {
    const ports = (t: string) =>
      extractDocument("t.txt", t)
        .nodes.map((x) => x.id)
        .filter((id) => id.startsWith("Port:"));
    expect(ports("大连港物流园区管委会招商引资。")).toEqual([]);
    expect(ports("厦门港保税港区管委会发布通知。")).toEqual([]);
    const parts = (t: string) =>
      extractDocument("t.txt", t)
        .nodes.map((x) => x.id)
        .filter((id) => /^(Port|Organization):/.test(id));
    expect(parts("宁波港北仑港区管委会发布数据。")).toEqual(
      expect.arrayContaining(["Organization:宁波港北仑港区管委会", "Port:宁波港"]),
    );
  });
});
